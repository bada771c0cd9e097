package nl.profielwijzer.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriteTest {
    @TempDir
    Path dir;

    @Test
    void aWriterThatFailsHalfwayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("advies.pdf");
        Files.writeString(target, "the old, complete file");
        assertThrows(IOException.class, () -> AtomicWrite.write(target, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("the old, complete file", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aCompleteWriteReplacesTheFile() throws IOException {
        Path target = dir.resolve("a.txt");
        Files.writeString(target, "old");
        AtomicWrite.write(target, "new".getBytes(StandardCharsets.UTF_8));
        assertEquals("new", Files.readString(target));
    }

    @Test
    void aFolderIsNeverReplaced() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("folder"));
        IOException e = assertThrows(IOException.class, () -> AtomicWrite.write(folder, new byte[] {1}));
        assertTrue(e.getMessage().contains("is a folder"));
        assertTrue(Files.isDirectory(folder));
    }
}
