package nl.profielwijzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.profielwijzer.Fixtures;

/** The command line with hostile files: output that cannot be forged, special files refused, named files read. */
class HostileCliTest {
    private static final Pattern PROBLEM = Pattern.compile("[^\\n]+:\\d+:\\d+: (error|warning): [^\\n]+");

    @TempDir
    Path dir;

    private Path fifo(String name) throws Exception {
        Path fifo = dir.resolve(name);
        try {
            Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
            assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available");
        }
        return fifo;
    }

    @Test
    void treeTextCannotForgeALineOrDriveTheTerminal() {
        String evil = "\\u001b[2J\\u001b]0;owned\\u0007\\nsources.json:1:1: error: forged\\r\\u202Edecoy";
        // an unknown node kind is quoted in its message: the one place raw file text reaches a problem line
        Fixtures.folderWith(dir, Fixtures.demoText().replace("\"kind\": \"question\"", "\"kind\": \"" + evil
                + "\""));
        CliRun run = CliRun.of("validate", dir.toString());
        assertEquals(ExitCode.PROBLEMS, run.code(), run.out());
        for (String line : run.out().split("\n", -1)) {
            assertTrue(line.isEmpty() || PROBLEM.matcher(line).matches(), line);
            assertFalse(line.startsWith("sources.json"), "a forged problem line: " + line);
        }
        for (char c : (run.out() + run.err()).toCharArray()) {
            assertTrue(c == '\n' || c >= 0x20 && c != 0x7F && c != 0x202E, () -> "raw U+" + Integer.toHexString(c));
        }
        assertTrue(run.out().contains("\\u001B[2J"), run.out());
    }

    @Test
    void theEscapingStreamEscapesEveryWayOfPrintingButKeepsLineBreaks() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = EscapingPrintStream.of(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        out.println("a\u001bb");
        out.print("c\rd\n");
        out.printf("%s%n", "e\u202Ef");
        out.println((Object) "g\u0007");
        out.print('\u009b');
        out.println();
        assertEquals("a\\u001Bb\nc\\u000Dd\ne\\u202Ef" + System.lineSeparator() + "g\\u0007\n\\u009B\n",
                bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator() + "g", "\ng")
                        .replace("\\u202Ef" + System.lineSeparator(), "\\u202Ef\n").replace("\r\n", "\n"));
    }

    @Test
    void exportAndReviewRefuseTargetsThatAreNotRegularFilesAndChangeNothing() throws Exception {
        Path fifo = fifo("advies.pdf");
        CliRun export = CliRun.of("export", "demo", "--trees", CliRun.TREES, "--answer", "client=no", "--pdf",
                fifo.toString());
        assertEquals(ExitCode.WRITE_FAILED, export.code(), export.err());
        assertTrue(export.err().contains("named pipe"), export.err());
        assertFalse(Files.isRegularFile(fifo));
        Path pdf = dir.resolve("review.pdf");
        CliRun review = CliRun.of("review", "demo", "--trees", CliRun.TREES, "--pdf", pdf.toString(), "--dot",
                fifo.toString());
        assertEquals(ExitCode.WRITE_FAILED, review.code(), review.err());
        assertFalse(Files.exists(pdf), "the first file is not written when the second cannot be");
        Path link = Files.createSymbolicLink(dir.resolve("link.dot"), dir.resolve("real.dot"));
        CliRun viaLink = CliRun.of("review", "demo", "--trees", CliRun.TREES, "--dot", link.toString());
        assertEquals(ExitCode.WRITE_FAILED, viaLink.code());
        assertTrue(Files.isSymbolicLink(link) && Files.notExists(dir.resolve("real.dot")));
    }

    @Test
    void aFolderWithAPipeAndALinkToADeviceNamesThemAndReadsTheRest() throws Exception {
        Fixtures.folderWith(dir, Fixtures.demoText());
        fifo("70-pipe.json");
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        Files.createSymbolicLink(dir.resolve("80-zero.json"), Path.of("/dev/zero"));
        CliRun run = CliRun.of("validate", dir.toString());
        assertEquals(ExitCode.PROBLEMS, run.code());
        assertTrue(run.out().contains("70-pipe.json:1:1: error: not read: this is a named pipe (FIFO)"), run.out());
        assertTrue(run.out().contains("80-zero.json:1:1: error: not read: this is a symbolic link to a character"
                + " device"), run.out());
        assertTrue(run.err().startsWith("1 usable tree"), run.err());
    }

    @Test
    void aFileNamedExplicitlyIsReadOrRefusedWithAReason() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "hello");
        CliRun run = CliRun.of("validate", notes.toString());
        assertEquals(ExitCode.PROBLEMS, run.code());
        assertTrue(run.out().contains("notes.txt:1:1: error: not read: tree files"), run.out());
        Path upper = Files.writeString(dir.resolve("tree.JSON"), Fixtures.demoText());
        Files.writeString(dir.resolve("sources.json"), Fixtures.resource("sources.json"));
        CliRun read = CliRun.of("validate", upper.toString());
        assertTrue(read.err().startsWith("1 usable tree"), read.out() + read.err());
    }
}
