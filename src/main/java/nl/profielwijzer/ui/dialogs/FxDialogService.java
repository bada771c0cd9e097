package nl.profielwijzer.ui.dialogs;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import nl.profielwijzer.engine.AnswersFile;
import nl.profielwijzer.ui.i18n.I18n;

/** The real dialogs: alerts, questions and file choosers owned by the main window, styled like it. */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private final I18n i18n;
    private final Consumer<DialogPane> styler;

    /**
     * @param styler puts the stylesheet, text size and contrast of the main window on a dialog
     */
    public FxDialogService(Window owner, I18n i18n, Consumer<DialogPane> styler) {
        this.owner = owner;
        this.i18n = i18n;
        this.styler = styler;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message);
    }

    private void alert(Alert.AlertType type, String title, String message) {
        alert(type, title, message, ButtonType.OK).showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(560);
        text.setAccessibleText(message);
        text.setFocusTraversable(true);
        alert.getDialogPane().setContent(text);
        alert.setResizable(true);
        styler.accept(alert.getDialogPane());
        return alert;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel, String cancelLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(cancelLabel, ButtonBar.ButtonData.CANCEL_CLOSE);
        return alert(Alert.AlertType.CONFIRMATION, title, message, yes, no).showAndWait().orElse(no) == yes;
    }

    @Override
    public Optional<Path> chooseAnswersToOpen() {
        FileChooser chooser = chooser("file.open.title", "file.filter", AnswersFile.EXTENSION, null);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseAnswersToSave(String suggestedName) {
        FileChooser chooser = chooser("file.save.title", "file.filter", AnswersFile.EXTENSION, suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> choosePdfToSave(String suggestedName) {
        FileChooser chooser = chooser("pdf.save.title", "pdf.filter", ".pdf", suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    private FileChooser chooser(String titleKey, String filterKey, String extension, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get(filterKey), "*" + extension));
        if (suggestedName != null) {
            chooser.setInitialFileName(suggestedName);
        }
        return chooser;
    }
}
