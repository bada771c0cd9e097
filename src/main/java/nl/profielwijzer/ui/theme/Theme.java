package nl.profielwijzer.ui.theme;

import java.util.Objects;

import javafx.scene.Parent;

/** The one stylesheet with its colour tokens, the high-contrast variant and the text size of the window. */
public final class Theme {
    public static final String STYLESHEET = "/nl/profielwijzer/ui/theme/profielwijzer.css";

    private Theme() {
    }

    public static String stylesheet() {
        return Objects.requireNonNull(Theme.class.getResource(STYLESHEET), STYLESHEET).toExternalForm();
    }

    /** Puts the stylesheet on a root (a window or a dialog) with the chosen text size and contrast. */
    public static void apply(Parent root, TextSize size, boolean highContrast) {
        String sheet = stylesheet();
        if (!root.getStylesheets().contains(sheet)) {
            root.getStylesheets().add(sheet);
        }
        root.setStyle("-fx-font-size: " + size.pixels() + "px;");
        root.pseudoClassStateChanged(Styles.HIGH_CONTRAST, highContrast);
    }
}
