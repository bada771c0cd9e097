package nl.profielwijzer.ui.dialogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.profielwijzer.tree.Language;
import nl.profielwijzer.ui.i18n.I18n;

/** A failed write is explained in the user's words and never by the hidden temporary file's name. */
class SavedFilesTest {
    private final I18n i18n = new I18n(Language.EN);

    @Test
    void aFullDiskIsSaidInPlainWords(@TempDir Path dir) {
        Path target = dir.resolve("advice.pdf");
        IOException full = new FileSystemException(dir.resolve(".advice.pdf-123.tmp").toString(), null,
                "No space left on device");
        SavedFiles.WriteFailed failed = assertThrowsWriteFailed(target, full);
        assertEquals(SavedFiles.WhyNot.DISK_FULL, failed.why());
        assertEquals("the disk is full.", SavedFiles.reason(failed, i18n));
    }

    @Test
    void anUnexplainedFailureNeverShowsTheTemporaryFileName(@TempDir Path dir) {
        Path target = dir.resolve("advice.pdf");
        IOException odd = new IOException("Input/output error: " + dir.resolve(".advice.pdf-123.tmp"));
        String reason = SavedFiles.reason(assertThrowsWriteFailed(target, odd), i18n);
        assertFalse(reason.contains(".tmp"), reason);
        assertTrue(reason.contains("did not allow"), reason);
        assertTrue(Files.notExists(target));
    }

    private static SavedFiles.WriteFailed assertThrowsWriteFailed(Path target, IOException error) {
        try {
            SavedFiles.write(target, () -> {
                throw error;
            });
        } catch (SavedFiles.WriteFailed failed) {
            return failed;
        }
        throw new AssertionError("no WriteFailed");
    }
}
