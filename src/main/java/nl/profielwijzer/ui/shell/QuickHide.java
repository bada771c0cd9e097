package nl.profielwijzer.ui.shell;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Quick hide for an employee checking privately at work: Ctrl+H (Cmd+H on macOS) blanks the whole window at
 * once with a neutral layer and a neutral title; the same key brings everything back, answers and focus
 * included. While hidden, every other key is swallowed, so nothing behind the blank layer can be operated.
 *
 * <p>The app's other windows (dialogs, the tree map) are blanked too and take the same neutral title, the key
 * works in them as well, and a dialog that opens while the app is hidden (e.g. "PDF saved") opens blank.
 */
public final class QuickHide {
    public static final KeyCombination KEY = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN);
    /**
     * Put this key, with the main window as value, in the properties of a window of the app that has no owner
     * (the map, which must not stay on top of the main window): quick hide then treats it as one of the app's
     * windows.
     */
    public static final String APP_WINDOW = "profielwijzer.appWindow";

    private final Scene scene;
    private final Node app;
    private final Node cover;
    private final ReadOnlyBooleanProperty hidden;
    private final Runnable toggle;
    private final Supplier<String> neutralTitle;
    private Node focusBeforeHiding;
    /** The other windows blanked now, with the title each had. */
    private final Map<Stage, String> blanked = new HashMap<>();
    private final Set<Scene> listening = Collections.newSetFromMap(new WeakHashMap<>());

    /** @param toggle hides or shows the app (changes {@code hidden}) */
    public QuickHide(Scene scene, Node app, Node cover, ReadOnlyBooleanProperty hidden, Runnable toggle,
            Supplier<String> neutralTitle) {
        this.scene = scene;
        this.app = app;
        this.cover = cover;
        this.hidden = hidden;
        this.toggle = toggle;
        this.neutralTitle = neutralTitle;
    }

    public void install() {
        cover.setVisible(false);
        listening.add(scene);
        scene.addEventFilter(KeyEvent.ANY, this::filter);
        hidden.addListener((o, was, now) -> apply(now));
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::adopt);
            }
        });
        Window.getWindows().forEach(this::adopt);
    }

    /** Another window of the app: the key works there too, and it is blanked if the app is hidden. */
    private void adopt(Window window) {
        if (!(window instanceof Stage stage) || !ownedByTheApp(stage) || stage.getScene() == null) {
            return;
        }
        if (listening.add(stage.getScene())) {
            stage.getScene().addEventFilter(KeyEvent.ANY, this::filter);
        }
        if (hidden.get()) {
            blank(stage);
        }
    }

    /**
     * A dialog, a file chooser or the map: a window whose owner (or its owner's owner) is the main window, or one
     * marked {@link #APP_WINDOW}.
     */
    private boolean ownedByTheApp(Stage stage) {
        Object marked = stage.getProperties().get(APP_WINDOW);
        if (marked != null && marked == scene.getWindow()) {
            return true;
        }
        Window owner = stage.getOwner();
        while (owner != null) {
            if (owner == scene.getWindow()) {
                return true;
            }
            owner = owner instanceof Stage s ? s.getOwner() : null;
        }
        return false;
    }

    private void blank(Stage stage) {
        if (stage.getScene() == null || blanked.containsKey(stage)) {
            return;
        }
        blanked.put(stage, stage.getTitle());
        stage.getScene().getRoot().setVisible(false);
        stage.setTitle(neutralTitle.get());
    }

    private void filter(KeyEvent event) {
        if (event.getEventType() == KeyEvent.KEY_PRESSED && KEY.match(event)) {
            toggle.run();
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
            for (Window window : Window.getWindows().toArray(new Window[0])) {
                if (window instanceof Stage stage && ownedByTheApp(stage)) {
                    blank(stage);
                }
            }
        } else {
            blanked.forEach((stage, title) -> {
                if (stage.getScene() != null) {
                    stage.getScene().getRoot().setVisible(true);
                }
                stage.setTitle(title);
            });
            blanked.clear();
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
