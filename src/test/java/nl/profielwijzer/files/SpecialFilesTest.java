package nl.profielwijzer.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not files: a named pipe, a link to a device, a folder. Reading refuses them before opening (a
 * pipe would block for ever); writing refuses them as targets and leaves them as they were. Saving keeps a file's
 * permissions and cleans up its own stale temporary files. The Unix-only cases are skipped elsewhere.
 */
class SpecialFilesTest {
    @TempDir
    Path dir;

    private Path fifo(String name) throws Exception {
        Path fifo = dir.resolve(name);
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available");
            return null;
        }
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
        return fifo;
    }

    private static boolean posix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    @Test
    void aNamedPipeIsRefusedWithoutOpeningIt() throws Exception {
        Path fifo = fifo("tree.json");
        RegularFile.Refused e = assertThrows(RegularFile.Refused.class, () -> RegularFile.read(fifo, 1_000));
        assertEquals("is a named pipe (FIFO), not a regular file", e.getMessage());
    }

    @Test
    void aLinkToADeviceOrAFolderIsRefusedAndALinkToAFileIsRead() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
        Path zero = Files.createSymbolicLink(dir.resolve("zero.json"), Path.of("/dev/zero"));
        assertEquals("is a symbolic link to a character device, not a regular file", RegularFile.problemWith(zero));
        assertEquals("is a folder, not a file", RegularFile.problemWith(dir));
        Path real = Files.write(dir.resolve("real.json"), new byte[] {'{', '}'});
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
        assertNull(RegularFile.problemWith(link));
        assertArrayEquals(new byte[] {'{', '}'}, RegularFile.read(link, 10));
        assertEquals("is a symbolic link to something that does not exist",
                RegularFile.problemWith(Files.createSymbolicLink(dir.resolve("gone.json"), dir.resolve("nothing"))));
    }

    @Test
    void neverMoreThanTheLimitIsRead() throws Exception {
        Path big = Files.write(dir.resolve("big.json"), new byte[2_000]);
        RegularFile.TooLarge e = assertThrows(RegularFile.TooLarge.class, () -> RegularFile.read(big, 1_000));
        assertEquals(2_000, e.size());
    }

    @Test
    void targetsThatAreNotRegularFilesAreRefusedAndLeftAsTheyWere() throws Exception {
        Path fifo = fifo("advies.pdf");
        assertThrows(AtomicWrite.NotARegularFile.class, () -> AtomicWrite.write(fifo, new byte[] {1}));
        assertTrue(Files.getAttribute(fifo, "unix:mode", LinkOption.NOFOLLOW_LINKS) instanceof Integer m
                && (m & 0170000) == 0010000, "still a pipe");
        Path target = Files.writeString(dir.resolve("real.pdf"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.pdf"), target);
        AtomicWrite.NotARegularFile e = assertThrows(AtomicWrite.NotARegularFile.class,
                () -> AtomicWrite.write(link, new byte[] {1}));
        assertTrue(e.getMessage().contains("is a symbolic link"), e.getMessage());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("old", Files.readString(target));
        Path folder = Files.createDirectory(dir.resolve("folder.pdf"));
        assertThrows(AtomicWrite.NotARegularFile.class, () -> AtomicWrite.write(folder, new byte[] {1}));
        assertEquals(List.of("advies.pdf", "folder.pdf", "link.pdf", "real.pdf"), names(), "no temporary files");
    }

    @Test
    void anExistingFileKeepsItsPermissionsAndANewOneGetsTheUsersNormalOnes() throws Exception {
        assumeTrue(posix(dir), "no POSIX permissions here");
        Path existing = Files.writeString(dir.resolve("answers.pwa.json"), "old");
        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(existing, shared);
        AtomicWrite.write(existing, new byte[] {'n', 'e', 'w'});
        assertEquals(shared, Files.getPosixFilePermissions(existing));
        Path readOnly = Files.writeString(dir.resolve("read-only.pdf"), "old");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
        AtomicWrite.write(readOnly, new byte[] {'n'}); // the folder is writable: replacing is allowed
        assertEquals(PosixFilePermissions.fromString("r--r--r--"), Files.getPosixFilePermissions(readOnly));

        Path normal = Files.createFile(dir.resolve("made-the-usual-way"));
        Path fresh = dir.resolve("fresh.pdf");
        AtomicWrite.write(fresh, new byte[] {1});
        assertEquals(Files.getPosixFilePermissions(normal), Files.getPosixFilePermissions(fresh),
                "the umask decides, as for any new file");
    }

    @Test
    void aSaveRemovesTheStaleTemporaryFilesOfItsTargetOnly() throws Exception {
        long dead = deadPid();
        Path stale = Files.writeString(dir.resolve(AtomicWrite.tempPrefix("advies.pdf", dead) + "1f" + ".partial"),
                "half");
        Path live = Files.writeString(dir.resolve(AtomicWrite.tempPrefix("advies.pdf") + "2e" + ".partial"), "busy");
        Path other = Files.writeString(dir.resolve(AtomicWrite.tempPrefix("other.pdf", dead) + "3d" + ".partial"),
                "someone else's");
        Path lookAlike = Files.writeString(dir.resolve(".advies.pdf.notes"), "the user's own");
        AtomicWrite.write(dir.resolve("advies.pdf"), new byte[] {1});
        assertTrue(Files.notExists(stale), "left by a program that no longer runs");
        assertTrue(Files.exists(live), "a save still running (here: this process) is left alone");
        assertTrue(Files.exists(other), "another file's temporary file is not ours to remove");
        assertTrue(Files.exists(lookAlike));
    }

    @Test
    void aFailedSaveLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("advies.pdf");
        assertThrows(IOException.class, () -> AtomicWrite.write(target, out -> {
            out.write(1);
            throw new IOException("disk full");
        }));
        assertThrows(IllegalStateException.class, () -> AtomicWrite.write(target, out -> {
            throw new IllegalStateException("a bug in a renderer");
        }));
        assertEquals(List.of(), names());
    }

    /** A process id that is not running: a process that has ended. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-version").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor(30, TimeUnit.SECONDS);
        long pid = p.pid();
        assumeTrue(ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true), "pid reused already");
        return pid;
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
