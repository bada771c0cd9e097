package nl.profielwijzer.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A file could not be written: one plain message, exit code 4. Files are written atomically, so nothing changed. */
final class WriteFailure {
    private WriteFailure() {
    }

    static int report(String command, Path target, IOException e, Terminal terminal) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "you may not write there";
        } else if (e instanceof NoSuchFileException) {
            reason = "the folder does not exist";
        } else {
            reason = e.getMessage() == null ? "the system gave no reason" : e.getMessage();
        }
        terminal.err().println("profielwijzer " + command + ": could not write " + target + ": " + reason
                + ". Nothing was changed; choose a file in a folder that exists and that you may write to.");
        return ExitCode.WRITE_FAILED;
    }
}
