package nl.profielwijzer.ui.theme;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Parent;

/**
 * How every window of the app looks: the text size step and high contrast. Made first, so that dialogs can be
 * styled like the main window without waiting for it; read-only from outside, changed through the methods.
 */
public final class Appearance {
    private final ReadOnlyObjectWrapper<TextSize> textSize = new ReadOnlyObjectWrapper<>(this, "textSize",
            TextSize.NORMAL);
    private final ReadOnlyBooleanWrapper highContrast = new ReadOnlyBooleanWrapper(this, "highContrast");

    public ReadOnlyObjectProperty<TextSize> textSizeProperty() {
        return textSize.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty highContrastProperty() {
        return highContrast.getReadOnlyProperty();
    }

    public void setTextSize(TextSize size) {
        textSize.set(size);
    }

    public void setHighContrast(boolean on) {
        highContrast.set(on);
    }

    /** Puts the stylesheet, the text size and the contrast on a window's or dialog's root. */
    public void applyTo(Parent root) {
        Theme.apply(root, textSize.get(), highContrast.get());
    }
}
