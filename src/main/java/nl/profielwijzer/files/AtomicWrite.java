package nl.profielwijzer.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a file so that it is either the complete new file or untouched: the content goes to a temporary file
 * in the same folder, is flushed to disk, and then moved over the target in one step.
 * <ul>
 * <li>The target must be absent or a regular file. A folder, a symbolic link, a named pipe or a device is refused
 * ({@link NotARegularFile}) before anything is written; nothing changes.</li>
 * <li>An existing file keeps its permissions; a new one gets the user's normal permissions (the umask), like any
 * file the user saves.</li>
 * <li>The temporary file is named {@code .NAME.PID.RANDOM.partial} and deleted on every failure path and when the
 * program is stopped; one left by a killed program (whose process id is no longer running) is removed by the next
 * save of the same file.</li>
 * </ul>
 */
public final class AtomicWrite {
    static final String SUFFIX = ".partial";
    private static final int MAX_NAME_IN_TEMP = 120;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();
    private static volatile boolean hookAdded;

    /** Writes the content; the stream must not be closed by the writer. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The target exists but is not a regular file; the message says what it is. Nothing was written. */
    public static final class NotARegularFile extends IOException {
        private static final long serialVersionUID = 1L;

        NotARegularFile(String message) {
            super(message);
        }
    }

    private AtomicWrite() {
    }

    /**
     * Checks, without writing, that {@code target} could be written: its folder exists and the target is absent or
     * a regular file. A command that writes several files checks them all first, so it changes nothing or all.
     *
     * @throws NotARegularFile when the target is a folder, a symbolic link, a pipe or a device
     * @throws IOException     when the folder does not exist
     */
    public static void checkTarget(Path target) throws IOException {
        existingEntry(target.toAbsolutePath());
    }

    private static BasicFileAttributes existingEntry(Path absolute) throws IOException {
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("the folder " + folder + " does not exist");
        }
        BasicFileAttributes existing = RegularFile.entry(absolute);
        if (existing != null && !existing.isRegularFile()) {
            String kind = RegularFile.kindOf(absolute, existing);
            throw new NotARegularFile(absolute + " is " + kind + ", not a regular file"
                    + (existing.isSymbolicLink() ? "; name the file it points to, or a new file" : "; name a file"));
        }
        return existing;
    }

    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        BasicFileAttributes existing = existingEntry(absolute);
        removeStale(folder, absolute.getFileName().toString());
        Path temporary = folder.resolve(tempPrefix(absolute.getFileName().toString())
                + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE) + SUFFIX);
        addHook();
        IN_PROGRESS.add(temporary);
        try {
            Files.createFile(temporary); // the user's normal permissions, from the umask
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (existing != null) {
                keepPermissions(absolute, temporary); // after writing: a read-only mode would block the write
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } finally {
                IN_PROGRESS.remove(temporary);
            }
        }
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** ".NAME.PID." — the start of every temporary file of this process for NAME. */
    static String tempPrefix(String fileName) {
        return tempPrefix(fileName, ProcessHandle.current().pid());
    }

    static String tempPrefix(String fileName, long pid) {
        String name = fileName.length() > MAX_NAME_IN_TEMP ? fileName.substring(0, MAX_NAME_IN_TEMP) : fileName;
        return "." + name + "." + pid + ".";
    }

    /** Removes temporary files for the same name left by programs that no longer run (killed mid-save). */
    private static void removeStale(Path folder, String fileName) {
        String name = fileName.length() > MAX_NAME_IN_TEMP ? fileName.substring(0, MAX_NAME_IN_TEMP) : fileName;
        String start = "." + name + ".";
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder,
                entry -> isTempOf(entry.getFileName().toString(), start))) {
            for (Path entry : entries) {
                String rest = entry.getFileName().toString().substring(start.length());
                long pid = Long.parseLong(rest.substring(0, rest.indexOf('.')));
                boolean running = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                if (!running && Files.isRegularFile(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            // cleaning up is a courtesy; the save itself goes on
        }
    }

    /** ".NAME.<digits>.<hex>.partial" */
    static boolean isTempOf(String entryName, String start) {
        if (!entryName.startsWith(start) || !entryName.endsWith(SUFFIX)) {
            return false;
        }
        String middle = entryName.substring(start.length(), entryName.length() - SUFFIX.length());
        return middle.matches("\\d{1,19}\\.[0-9a-f]{1,16}");
    }

    private static void keepPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source == null || target == null) {
            return; // not a POSIX file system (Windows): the folder's rules apply
        }
        Set<PosixFilePermission> permissions = source.readAttributes().permissions();
        target.setPermissions(permissions);
    }

    /** When the program is stopped (Ctrl+C, logout), temporary files being written are removed. */
    private static void addHook() {
        if (hookAdded) {
            return;
        }
        synchronized (AtomicWrite.class) {
            if (!hookAdded) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> IN_PROGRESS.forEach(p -> {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        // nothing more can be done while the program stops
                    }
                }), "remove-partial-files"));
                hookAdded = true;
            }
        }
    }
}
