package nl.profielwijzer.ui.dialogs;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import nl.profielwijzer.ui.i18n.I18n;

/**
 * What saving a file needs besides the writing: the right extension, and a failure said in plain words.
 * The disk is looked at only on the background thread that did the writing ({@link #write}); the JavaFX thread
 * only translates the result ({@link #reason}), so a stalled drive cannot freeze the window.
 */
public final class SavedFiles {
    private SavedFiles() {
    }

    /** Why a write failed, as far as the file system can tell. */
    public enum WhyNot {
        IS_FOLDER, NO_FOLDER, DENIED, DISK_FULL, OTHER
    }

    /** A failed write with its reason, worked out where the write happened. */
    public static final class WriteFailed extends IOException {
        private static final long serialVersionUID = 1L;
        private final WhyNot why;

        WriteFailed(WhyNot why, IOException cause) {
            super(cause.getMessage(), cause);
            this.why = why;
        }

        public WhyNot why() {
            return why;
        }
    }

    /** Writing that may fail with an IOException. */
    @FunctionalInterface
    public interface Writing<T> {
        T write() throws IOException;
    }

    /** The chosen file with the extension added when the user left it out. */
    public static Path withExtension(Path chosen, String extension) {
        String name = chosen.getFileName() == null ? "" : chosen.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? chosen : chosen.resolveSibling(name + extension);
    }

    /** Runs the writing (call it on a background thread); a failure comes out as {@link WriteFailed}. */
    public static <T> T write(Path target, Writing<T> writing) throws WriteFailed {
        try {
            return writing.write();
        } catch (IOException e) {
            throw new WriteFailed(classify(target, e), e);
        }
    }

    static WhyNot classify(Path target, IOException error) {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return WhyNot.IS_FOLDER;
        }
        if (absolute.getParent() == null || !Files.isDirectory(absolute.getParent())) {
            return WhyNot.NO_FOLDER;
        }
        if (error instanceof AccessDeniedException || !Files.isWritable(absolute.getParent())) {
            return WhyNot.DENIED;
        }
        return diskFull(absolute.getParent(), error) ? WhyNot.DISK_FULL : WhyNot.OTHER;
    }

    /** ENOSPC says "No space left on device" on Linux and macOS; else a folder with no usable space left. */
    private static boolean diskFull(Path folder, IOException error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("No space left")) {
                return true;
            }
        }
        try {
            return Files.getFileStore(folder).getUsableSpace() == 0;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /**
     * Why writing failed, in the window's language. Never the system's own message: that names the hidden
     * temporary file the write went through, not the user's file. No disk access.
     */
    public static String reason(Throwable error, I18n i18n) {
        if (error instanceof WriteFailed failed) {
            switch (failed.why()) {
                case IS_FOLDER:
                    return i18n.get("file.write.isFolder");
                case NO_FOLDER:
                    return i18n.get("file.write.noFolder");
                case DENIED:
                    return i18n.get("file.write.denied");
                case DISK_FULL:
                    return i18n.get("file.write.diskFull");
                default:
                    break;
            }
        }
        return i18n.get("file.write.other");
    }
}
