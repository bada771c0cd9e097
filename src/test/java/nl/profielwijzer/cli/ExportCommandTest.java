package nl.profielwijzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void aFinishedConsultationIsSavedAsPdf() throws IOException {
        Path pdf = dir.resolve("advies.pdf");
        CliRun run = CliRun.of("export", "demo", "--trees", CliRun.TREES, "--answer", "client=yes", "--answer",
                "needed=partly", "--pdf", pdf.toString(), "--lang", "nl", "--role", "employer");
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertTrue(run.out().contains(pdf.toString()));
        String text = text(pdf);
        assertTrue(text.contains("Ja, als"), text);
        assertTrue(text.contains("Informeer."), "the employer's step");
        assertTrue(text.contains("U informeert de werknemer."));
    }

    @Test
    void englishAndTheEmployeeRoleAndATreeFile() throws IOException {
        Path pdf = dir.resolve("advice.pdf");
        CliRun run = CliRun.of("export", CliRun.TREES + "/demo.json", "--answer", "client=no", "--pdf=" + pdf,
                "--lang=en", "--role=employee");
        assertEquals(ExitCode.OK, run.code(), run.err());
        String text = text(pdf);
        assertTrue(text.contains("No, you need not") && text.contains("You may refuse."), text);
        assertTrue(text.contains("Page 1 of 1"));
    }

    @Test
    void missingAnswersPrintTheNextQuestionLikeRun() throws IOException {
        Path pdf = dir.resolve("advies.pdf");
        Files.writeString(pdf, "old");
        CliRun run = CliRun.of("export", "demo", "--trees", CliRun.TREES, "--answer", "client=yes", "--pdf",
                pdf.toString(), "--lang", "en");
        assertEquals(ExitCode.NEEDS_ANSWERS, run.code());
        assertTrue(run.out().contains("Next question (needed): Is it needed for the work?"), run.out());
        assertTrue(run.out().contains("--answer needed=partly"));
        assertEquals("old", Files.readString(pdf), "the existing file is untouched");
    }

    @Test
    void badInputIsAUsageError() {
        String pdf = dir.resolve("a.pdf").toString();
        assertEquals(ExitCode.USAGE, CliRun.of("export", "demo", "--trees", CliRun.TREES, "--answer",
                "client=yes").code(), "no --pdf");
        assertEquals(ExitCode.USAGE, CliRun.of("export", "demo", "--trees", CliRun.TREES, "--answer", "client=maybe",
                "--pdf", pdf).code());
        assertEquals(ExitCode.USAGE, CliRun.of("export", "demo", "--trees", CliRun.TREES, "--answer", "nope=yes",
                "--pdf", pdf).code());
        assertEquals(ExitCode.USAGE, CliRun.of("export", "demo", "--trees", CliRun.TREES, "--answer", "client=no",
                "--answer", "needed=yes", "--pdf", pdf).code(), "an answer off the path");
        assertEquals(ExitCode.USAGE, CliRun.of("export", "nosuchtree", "--trees", CliRun.TREES, "--pdf", pdf).code());
        assertEquals(ExitCode.USAGE, CliRun.of("export", "demo", "--trees", CliRun.TREES, "--answer", "client=no",
                "--pdf", pdf, "--lang", "de").code());
        CliRun run = CliRun.of("export", "demo", "--trees", CliRun.TREES, "--answer", "client=no", "--pdf", pdf,
                "--role", "boss");
        assertEquals(ExitCode.USAGE, run.code());
        assertTrue(run.err().contains("Usage: profielwijzer export"), run.err());
        assertFalse(Files.exists(Path.of(pdf)));
    }

    @Test
    void aTreeWithErrorsIsExitOne() throws IOException {
        Path trees = dir.resolve("trees");
        Files.createDirectories(trees);
        Files.copy(Path.of(CliRun.TREES, "sources.json"), trees.resolve("sources.json"));
        Files.writeString(trees.resolve("broken.json"), "{\"id\": \"broken\",");
        CliRun run = CliRun.of("export", "broken", "--trees", trees.toString(), "--pdf", dir.resolve("b.pdf").toString());
        assertEquals(ExitCode.PROBLEMS, run.code(), run.err());
    }

    @Test
    void aFileThatCannotBeWrittenIsExitFourWithAPlainMessage() throws IOException {
        CliRun run = CliRun.of("export", "demo", "--trees", CliRun.TREES, "--answer", "client=no", "--pdf",
                dir.resolve("no/such/folder/advies.pdf").toString());
        assertEquals(ExitCode.WRITE_FAILED, run.code());
        assertTrue(run.err().startsWith("profielwijzer export: could not write "), run.err());
        assertTrue(run.err().contains("does not exist"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());

        Path folder = dir.resolve("a-folder");
        Files.createDirectories(folder.resolve("inside"));
        CliRun onFolder = CliRun.of("export", "demo", "--trees", CliRun.TREES, "--answer", "client=no", "--pdf",
                folder.toString());
        assertEquals(ExitCode.WRITE_FAILED, onFolder.code());
        assertTrue(Files.isDirectory(folder.resolve("inside")), "the folder is untouched");
    }

    @Test
    void anExistingFileIsReplacedByTheCompleteNewOne() throws IOException {
        Path pdf = dir.resolve("advies.pdf");
        Files.writeString(pdf, "old");
        assertEquals(ExitCode.OK, CliRun.of("export", "demo", "--trees", CliRun.TREES, "--answer", "client=no",
                "--pdf", pdf.toString()).code());
        assertTrue(text(pdf).contains("Demo"));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }

    @Test
    void helpListsExportAndReview() {
        CliRun run = CliRun.of("--help");
        assertTrue(run.out().matches("(?s).*\\n  export +Saves the advice.*"), run.out());
        assertTrue(run.out().matches("(?s).*\\n  review +Writes a whole tree for review.*"), run.out());
    }
}
