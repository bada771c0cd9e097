package nl.profielwijzer.ui.shell;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The keys of the menu commands that also have a button on a screen, in one place so that the menu and the
 * buttons' tooltips name the same key. Shortcut is Ctrl, or Cmd on macOS.
 */
public final class Shortcuts {
    public static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination SAVE_PDF = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination COPY_ADVICE = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination SHOW_MAP = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);

    private Shortcuts() {
    }
}
