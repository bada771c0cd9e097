package nl.profielwijzer.ui.theme;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.scene.image.Image;

/** The app icon and the verdict icons, loaded from the classpath ({@code /icons/}, from the project's icons/). */
public final class AppIcons {
    private static final int[] WINDOW_SIZES = {16, 32, 48, 64, 128, 256};
    private static final Map<String, Image> BANNERS = new java.util.HashMap<>();

    private AppIcons() {
    }

    /** The app icon in the sizes a window manager picks from; missing files are skipped. */
    public static List<Image> window() {
        List<Image> out = new ArrayList<>();
        for (int size : WINDOW_SIZES) {
            Image image = load("/icons/app-" + size + ".png");
            if (image != null) {
                out.add(image);
            }
        }
        return out;
    }

    /** An icon of the verdict banner by its file name ({@code /icons/NAME.png}), or null if missing. */
    public static synchronized Image banner(String name) {
        return BANNERS.computeIfAbsent(name, f -> load("/icons/" + f + ".png"));
    }

    private static Image load(String path) {
        try (InputStream in = AppIcons.class.getResourceAsStream(path)) {
            return in == null ? null : new Image(in);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
