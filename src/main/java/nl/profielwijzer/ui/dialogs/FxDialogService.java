package nl.profielwijzer.ui.dialogs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Window;

import nl.profielwijzer.engine.AnswersFile;
import nl.profielwijzer.ui.i18n.I18n;

/**
 * The real dialogs: alerts, questions and the in-app file chooser, owned by the main window and styled like it.
 * Every message wraps at {@link #TEXT_WIDTH} pixels of text, a long one scrolls inside the dialog, and the dialog
 * is kept whole on the screen.
 */
public final class FxDialogService implements DialogService {
    /** The width the text of a dialog wraps at (about 75 characters at the default size). */
    public static final double TEXT_WIDTH = 600;
    /** A dialog is at most this share of the screen's height; a longer message scrolls. */
    private static final double MAX_SCREEN_SHARE = 0.85;

    private final Window owner;
    private final I18n i18n;
    private final Consumer<Parent> styler;

    /**
     * @param styler puts the stylesheet, text size and contrast of the main window on a dialog
     */
    public FxDialogService(Window owner, I18n i18n, Consumer<Parent> styler) {
        this.owner = owner;
        this.i18n = i18n;
        this.styler = styler;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message, ButtonType.OK).showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message, ButtonType.OK).showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setId("dialog-message");
        text.setWrapText(true);
        text.setMnemonicParsing(false);
        text.setPrefWidth(TEXT_WIDTH);
        text.setMaxWidth(TEXT_WIDTH);
        text.setAccessibleText(message);
        text.setFocusTraversable(true);
        ScrollPane scroller = new ScrollPane(text);
        scroller.setId("dialog-scroller");
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.getStyleClass().add("dialog-scroller");
        DialogPane pane = alert.getDialogPane();
        pane.setContent(scroller);
        pane.setPrefWidth(TEXT_WIDTH + 60);
        pane.setMaxWidth(TEXT_WIDTH + 60);
        alert.setResizable(true);
        styler.accept(pane);
        for (ButtonType buttonType : buttons) {
            if (pane.lookupButton(buttonType) instanceof javafx.scene.control.Button button) {
                button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // never "Bewa…"
            }
        }
        // The window gets its size only after "shown": cap it then (a long message scrolls inside) and keep it
        // whole on the screen, also when it grows later (a larger text size).
        alert.setOnShown(e -> {
            Window window = pane.getScene().getWindow();
            javafx.beans.InvalidationListener fit = o -> fitOnScreen(window, pane);
            window.heightProperty().addListener(fit);
            window.widthProperty().addListener(fit);
            fitOnScreen(window, pane);
        });
        return alert;
    }

    private static void fitOnScreen(Window window, DialogPane pane) {
        if (Double.isNaN(window.getHeight()) || Double.isNaN(window.getWidth())) {
            return;
        }
        double tallest = DialogPlacement.screenOf(window).getHeight() * MAX_SCREEN_SHARE;
        if (window.getHeight() > tallest + 1) {
            pane.setPrefHeight(Math.max(100, tallest - (window.getHeight() - pane.getHeight())));
            window.setHeight(tallest);
        }
        DialogPlacement.keepOnScreen(window);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel, String cancelLabel) {
        return choose(title, message, List.of(confirmLabel, cancelLabel)) == 0;
    }

    @Override
    public int choose(String title, String message, List<String> choices) {
        List<ButtonType> buttons = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            ButtonBar.ButtonData data = i == choices.size() - 1 ? ButtonBar.ButtonData.CANCEL_CLOSE
                    : i == 0 ? ButtonBar.ButtonData.OK_DONE : ButtonBar.ButtonData.OTHER;
            buttons.add(new ButtonType(choices.get(i), data));
        }
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, buttons.toArray(new ButtonType[0]));
        ButtonType chosen = alert.showAndWait().orElse(buttons.get(buttons.size() - 1));
        return buttons.indexOf(chosen) < 0 ? choices.size() - 1 : buttons.indexOf(chosen);
    }

    @Override
    public Optional<Path> chooseAnswersToOpen() {
        return new AppFileChooser(owner, i18n, AppFileChooser.Mode.OPEN, i18n.get("file.open.title"),
                i18n.get("file.filter"), AnswersFile.EXTENSION, null, styler).showAndWait();
    }

    @Override
    public Optional<Path> chooseAnswersToSave(String title, String suggestedName) {
        return new AppFileChooser(owner, i18n, AppFileChooser.Mode.SAVE, title, i18n.get("file.filter"),
                AnswersFile.EXTENSION,
                suggestedName, styler).showAndWait();
    }

    @Override
    public Optional<Path> choosePdfToSave(String suggestedName) {
        return new AppFileChooser(owner, i18n, AppFileChooser.Mode.SAVE, i18n.get("pdf.save.title"),
                i18n.get("pdf.filter"), ".pdf",
                suggestedName, styler).showAndWait();
    }
}
