package nl.profielwijzer.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads only regular files, with a size limit, and says in plain words what anything else is. The type is checked
 * before the file is opened, from the file system's entry ({@code stat}), which never blocks: a named pipe (FIFO)
 * would block the reader for ever and a device such as {@code /dev/zero} never ends. A symbolic link is followed to
 * what it points at, and judged by that: a link to a regular file is read, a link to a device is refused.
 */
public final class RegularFile {
    private RegularFile() {
    }

    /** A path that is not a regular file (or is larger than allowed); the message says what it is instead. */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }

    /** Null when {@code path} is a regular file (or a link to one); otherwise what it is, e.g. "is a folder". */
    public static String problemWith(Path path) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Files.isSymbolicLink(path) ? "is a symbolic link to something that does not exist"
                    : "does not exist";
        } catch (IOException e) {
            return "cannot be examined (" + (e.getMessage() == null ? "no reason given" : e.getMessage()) + ")";
        }
        if (attributes.isRegularFile()) {
            return null;
        }
        String link = Files.isSymbolicLink(path) ? "is a symbolic link to " : "is ";
        if (attributes.isDirectory()) {
            return link + "a folder, not a file";
        }
        return link + kindOfSpecialFile(path) + ", not a regular file";
    }

    /**
     * The bytes of a regular file of at most {@code maxBytes}; never more than {@code maxBytes + 1} bytes are read,
     * even if the file changes while it is read.
     *
     * @throws Refused      when it is not a regular file or is too large ({@link #tooLarge} is then true)
     * @throws IOException  when reading fails
     */
    public static byte[] read(Path path, long maxBytes) throws IOException {
        String problem = problemWith(path);
        if (problem != null) {
            throw new Refused(problem);
        }
        if (Files.size(path) > maxBytes) {
            throw new TooLarge(Files.size(path));
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new TooLarge(bytes.length);
            }
            return bytes;
        }
    }

    /** The file holds more than the limit; {@link #size()} is its size (at least the limit plus one byte). */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        private final long size;

        TooLarge(long size) {
            super("the file is larger than allowed (" + size + " bytes)");
            this.size = size;
        }

        public long size() {
            return size;
        }
    }

    /** On Unix the mode says which kind of special file; elsewhere a general phrase. */
    private static String kindOfSpecialFile(Path path) {
        try {
            Object mode = Files.getAttribute(path, "unix:mode");
            if (mode instanceof Integer m) {
                switch (m & 0170000) {
                    case 0010000:
                        return "a named pipe (FIFO)";
                    case 0020000:
                        return "a character device";
                    case 0060000:
                        return "a block device";
                    case 0140000:
                        return "a socket";
                    default:
                        break;
                }
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // not a Unix file system: fall through
        }
        return "a device, pipe or socket";
    }

    /** The attributes of the entry itself, or null when nothing is there. */
    static BasicFileAttributes entry(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** What the entry at {@code path} is, for a message: "a folder", "a symbolic link", "a named pipe (FIFO)". */
    static String kindOf(Path path, BasicFileAttributes attributes) {
        if (attributes.isSymbolicLink()) {
            return "a symbolic link";
        }
        if (attributes.isDirectory()) {
            return "a folder";
        }
        return kindOfSpecialFile(path);
    }
}
