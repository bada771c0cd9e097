package nl.profielwijzer.ui.dialogs;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.profielwijzer.ui.i18n.I18n;

/** What saving a file needs besides the writing: the right extension, and a failure said in plain words. */
public final class SavedFiles {
    private SavedFiles() {
    }

    /** The chosen file with the extension added when the user left it out. */
    public static Path withExtension(Path chosen, String extension) {
        String name = chosen.getFileName() == null ? "" : chosen.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(extension) ? chosen
                : chosen.resolveSibling(name + extension);
    }

    /** Why writing {@code target} failed, in the window's language; the system's own words as a last resort. */
    public static String reason(Path target, Throwable error, I18n i18n) {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return i18n.get("file.write.isFolder");
        }
        if (absolute.getParent() == null || !Files.isDirectory(absolute.getParent())) {
            return i18n.get("file.write.noFolder");
        }
        if (error instanceof AccessDeniedException) {
            return i18n.get("file.write.denied");
        }
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }
}
