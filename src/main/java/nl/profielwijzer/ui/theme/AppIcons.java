package nl.profielwijzer.ui.theme;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javafx.scene.image.Image;

import nl.profielwijzer.tree.Verdict;

/** The app icon and the verdict icons, loaded from the classpath ({@code /icons/}, from the project's icons/). */
public final class AppIcons {
    private static final int[] WINDOW_SIZES = {16, 32, 48, 64, 128, 256};
    private static final Map<Verdict, Image> VERDICTS = new EnumMap<>(Verdict.class);

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

    /** The icon of a verdict (never shown alone: the verdict word is always beside it), or null if missing. */
    public static synchronized Image verdict(Verdict verdict) {
        return VERDICTS.computeIfAbsent(verdict, v -> load("/icons/verdict-" + v.code() + ".png"));
    }

    private static Image load(String path) {
        try (InputStream in = AppIcons.class.getResourceAsStream(path)) {
            return in == null ? null : new Image(in);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
