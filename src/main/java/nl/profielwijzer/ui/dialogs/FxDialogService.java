package nl.profielwijzer.ui.dialogs;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import nl.profielwijzer.engine.AnswersFile;
import nl.profielwijzer.ui.i18n.I18n;

/** The real dialogs: alerts and file choosers owned by the main window, styled like it. */
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
        Alert alert = new Alert(type, "", ButtonType.OK);
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
        alert.showAndWait();
    }

    @Override
    public Optional<Path> chooseAnswersToOpen() {
        File file = chooser(null).showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseAnswersToSave(String suggestedName) {
        File file = chooser(suggestedName).showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    private FileChooser chooser(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get(suggestedName == null ? "file.open.title" : "file.save.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("file.filter"),
                "*" + AnswersFile.EXTENSION));
        if (suggestedName != null) {
            chooser.setInitialFileName(suggestedName);
        }
        return chooser;
    }
}
