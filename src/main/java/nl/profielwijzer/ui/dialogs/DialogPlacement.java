package nl.profielwijzer.ui.dialogs;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Window;

/** Keeps a dialog window whole on the screen it mostly stands on: never wider or taller, never over an edge. */
public final class DialogPlacement {
    private DialogPlacement() {
    }

    public static void keepOnScreen(Window window) {
        Rectangle2D screen = screenOf(window);
        if (window.getWidth() > screen.getWidth()) {
            window.setWidth(screen.getWidth());
        }
        if (window.getHeight() > screen.getHeight()) {
            window.setHeight(screen.getHeight());
        }
        double x = Math.max(screen.getMinX(), Math.min(window.getX(), screen.getMaxX() - window.getWidth()));
        double y = Math.max(screen.getMinY(), Math.min(window.getY(), screen.getMaxY() - window.getHeight()));
        if (Double.isNaN(window.getX()) || x != window.getX()) {
            window.setX(x);
        }
        if (Double.isNaN(window.getY()) || y != window.getY()) {
            window.setY(y);
        }
    }

    /** The visual bounds (without task bars) of the screen the window is on, or of the primary screen. */
    public static Rectangle2D screenOf(Window window) {
        double x = Double.isNaN(window.getX()) ? 0 : window.getX();
        double y = Double.isNaN(window.getY()) ? 0 : window.getY();
        var screens = Screen.getScreensForRectangle(x, y, Math.max(1, window.getWidth()),
                Math.max(1, window.getHeight()));
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }
}
