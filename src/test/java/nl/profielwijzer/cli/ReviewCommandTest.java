package nl.profielwijzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesThePdfAndTheGraph() throws IOException {
        Path pdf = dir.resolve("review.pdf");
        Path dot = dir.resolve("demo.dot");
        CliRun run = CliRun.of("review", "demo", "--trees", CliRun.TREES, "--pdf", pdf.toString(), "--dot",
                dot.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Heeft u contact met klanten?") && text.contains("Do you deal with clients?"),
                    "both languages by default");
        }
        assertTrue(Files.readString(dot).startsWith("digraph \"demo\" {"));
    }

    @Test
    void oneLanguage() throws IOException {
        Path pdf = dir.resolve("review.pdf");
        assertEquals(ExitCode.OK, CliRun.of("review", "demo", "--trees", CliRun.TREES, "--pdf", pdf.toString(),
                "--lang", "en").code());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Do you deal with clients?"));
            assertTrue(!text.contains("Heeft u contact met klanten?"));
        }
        Path dot = dir.resolve("demo.dot");
        assertEquals(ExitCode.OK, CliRun.of("review", "demo", "--trees", CliRun.TREES, "--dot", dot.toString(),
                "--lang", "nl").code());
        assertTrue(Files.readString(dot).contains("Heeft u contact met klanten?"));
    }

    @Test
    void badInputIsAUsageError() {
        String pdf = dir.resolve("r.pdf").toString();
        assertEquals(ExitCode.USAGE, CliRun.of("review", "demo", "--trees", CliRun.TREES).code(), "nothing to write");
        assertEquals(ExitCode.USAGE, CliRun.of("review", "--trees", CliRun.TREES, "--pdf", pdf).code(), "no tree");
        assertEquals(ExitCode.USAGE, CliRun.of("review", "demo", "--trees", CliRun.TREES, "--pdf", pdf, "--lang",
                "fr").code());
        assertEquals(ExitCode.USAGE, CliRun.of("review", "nosuch", "--trees", CliRun.TREES, "--pdf", pdf).code());
        assertEquals(ExitCode.USAGE, CliRun.of("review", "demo", "--trees", CliRun.TREES, "--pdf", pdf, "--answer",
                "client=no").code(), "review takes no answers");
    }

    @Test
    void aFileThatCannotBeWrittenIsExitFour() {
        CliRun run = CliRun.of("review", "demo", "--trees", CliRun.TREES, "--dot",
                dir.resolve("missing/demo.dot").toString());
        assertEquals(ExitCode.WRITE_FAILED, run.code());
        assertTrue(run.err().contains("could not write"), run.err());
    }

    @Test
    void thePdfAndTheGraphMayNotNameTheSameFile() throws IOException {
        Path same = dir.resolve("same");
        Files.writeString(same, "kept");
        CliRun run = CliRun.of("review", "demo", "--trees", CliRun.TREES, "--pdf", same.toString(), "--dot",
                dir.resolve(".").resolve("same").toString());
        assertEquals(ExitCode.USAGE, run.code(), run.err());
        assertTrue(run.err().contains("name the same file"), run.err());
        assertEquals("kept", Files.readString(same), "nothing written");
    }
}
