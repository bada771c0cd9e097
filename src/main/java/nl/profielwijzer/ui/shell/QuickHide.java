package nl.profielwijzer.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * Quick hide for an employee checking privately at work: Ctrl+H (Cmd+H on macOS) blanks the whole window at
 * once with a neutral layer and a neutral title; the same key brings everything back, answers and focus
 * included. While hidden, every other key is swallowed, so nothing behind the blank layer can be operated.
 */
public final class QuickHide {
    public static final KeyCombination KEY = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN);

    private final Scene scene;
    private final Node app;
    private final Node cover;
    private final BooleanProperty hidden;
    private Node focusBeforeHiding;

    public QuickHide(Scene scene, Node app, Node cover, BooleanProperty hidden) {
        this.scene = scene;
        this.app = app;
        this.cover = cover;
        this.hidden = hidden;
    }

    public void install() {
        cover.setVisible(false);
        scene.addEventFilter(KeyEvent.ANY, this::filter);
        hidden.addListener((o, was, now) -> apply(now));
    }

    private void filter(KeyEvent event) {
        if (event.getEventType() == KeyEvent.KEY_PRESSED && KEY.match(event)) {
            hidden.set(!hidden.get());
            event.consume();
        } else if (hidden.get()) {
            event.consume();
        }
    }

    private void apply(boolean hide) {
        if (hide) {
            focusBeforeHiding = scene.getFocusOwner();
            closePopups();
            cover.setVisible(true);
            app.setVisible(false);
            cover.requestFocus();
        } else {
            app.setVisible(true);
            cover.setVisible(false);
            if (focusBeforeHiding != null && focusBeforeHiding.getScene() == scene) {
                focusBeforeHiding.requestFocus();
            }
            focusBeforeHiding = null;
        }
    }

    /** Tooltips (a glossary explanation) and open menus live in windows of their own: close them too. */
    private void closePopups() {
        for (Window window : Window.getWindows().toArray(new Window[0])) {
            if (window instanceof PopupWindow popup && popup.getOwnerWindow() == scene.getWindow()) {
                popup.hide();
            }
        }
    }
}
