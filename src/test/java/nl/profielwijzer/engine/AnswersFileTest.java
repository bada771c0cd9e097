package nl.profielwijzer.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.profielwijzer.Fixtures;
import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.TreeLibrary;

class AnswersFileTest {
    @TempDir
    Path dir;

    private TreeLibrary library(String treeText) throws Exception {
        Path trees = Files.createDirectories(dir.resolve("trees-" + treeText.hashCode()));
        return Fixtures.load(Fixtures.folderWith(trees, treeText));
    }

    @Test
    void savedAnswersOpenToTheSameConsultation() throws Exception {
        TreeLibrary library = library(Fixtures.demoText());
        Consultation c = Consultation.start(library.tree("demo").orElseThrow()).answer("client", "yes")
                .answer("needed", "unsure");
        Path file = dir.resolve("answers.pwa.json");
        AnswersFile.save(file, c, Role.EMPLOYER);
        AnswersFile.Opened opened = AnswersFile.open(file, library);
        assertEquals(c.answersOnPath(), opened.consultation().answersOnPath());
        assertEquals(Role.EMPLOYER, opened.role().orElseThrow());
        assertEquals(List.of(), opened.notFitting());
        assertFalse(opened.otherVersion());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.filter(p -> p.getFileName().toString().endsWith(".partial")).count(),
                    "no temporary file is left behind");
        }
    }

    @Test
    void savingReplacesAnExistingFileWhole() throws Exception {
        TreeLibrary library = library(Fixtures.demoText());
        Path file = dir.resolve("answers.pwa.json");
        Files.writeString(file, "x".repeat(100_000));
        AnswersFile.save(file, Consultation.start(library.tree("demo").orElseThrow()).answer("client", "no"), null);
        assertTrue(Files.size(file) < 1000);
        assertEquals("no", AnswersFile.open(file, library).consultation().answerTo("client").orElseThrow());
    }

    @Test
    void aDamagedFileIsRefusedAndLeftUntouched() throws Exception {
        TreeLibrary library = library(Fixtures.demoText());
        Path file = dir.resolve("damaged.pwa.json");
        byte[] damaged = "{\"format\": \"profielwijzer-answers\", \"answers\": [".getBytes(StandardCharsets.UTF_8);
        Files.write(file, damaged);
        AnswersFile.Refused refused = assertThrows(AnswersFile.Refused.class, () -> AnswersFile.open(file, library));
        assertTrue(refused.getMessage().contains("is damaged"), refused::getMessage);
        assertTrue(refused.getMessage().contains("line 1"), refused::getMessage);
        AnswersFile.Refused.NotJson notJson = assertInstanceOf(AnswersFile.Refused.NotJson.class, refused.reason());
        assertEquals("damaged.pwa.json", refused.fileName());
        assertEquals(java.util.Optional.of(1), notJson.line(), "the line, for a message in the user's language");
        assertArrayEquals(damaged, Files.readAllBytes(file));
    }

    @Test
    void aForeignFileIsRefused() throws Exception {
        TreeLibrary library = library(Fixtures.demoText());
        Path file = dir.resolve("other.json");
        Files.writeString(file, "{\"name\": \"something else\"}");
        AnswersFile.Refused refused = assertThrows(AnswersFile.Refused.class, () -> AnswersFile.open(file, library));
        assertTrue(refused.getMessage().contains("not a Profielwijzer answers file"));
        assertInstanceOf(AnswersFile.Refused.Foreign.class, refused.reason());
        Path binary = dir.resolve("photo.jpg");
        Files.write(binary, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2});
        assertInstanceOf(AnswersFile.Refused.NotJson.class,
                assertThrows(AnswersFile.Refused.class, () -> AnswersFile.open(binary, library)).reason());
        assertInstanceOf(AnswersFile.Refused.Missing.class, assertThrows(AnswersFile.Refused.class,
                () -> AnswersFile.open(dir.resolve("missing.json"), library)).reason());
    }

    @Test
    void everyRefusalCarriesItsReasonAndValuesAndSaysItInEnglishToo() throws Exception {
        TreeLibrary library = library(Fixtures.demoText());
        Path file = dir.resolve("future.pwa.json");
        Files.writeString(file, "{\"format\": \"profielwijzer-answers\", \"formatVersion\": 7, \"tree\": \"demo\"}");
        AnswersFile.Refused other = assertThrows(AnswersFile.Refused.class, () -> AnswersFile.open(file, library));
        assertEquals(new AnswersFile.Refused.OtherFormat("7", 1), other.reason());
        assertEquals("\"future.pwa.json\" was made by another version of Profielwijzer (answers format 7); this"
                + " version reads format 1.", other.getMessage());
        Files.writeString(file, "{\"format\": \"profielwijzer-answers\", \"formatVersion\": 1, \"tree\": \"demo\"}");
        AnswersFile.Refused noList = assertThrows(AnswersFile.Refused.class, () -> AnswersFile.open(file, library));
        assertEquals(new AnswersFile.Refused.NoAnswers(), noList.reason());
        Files.write(file, new byte[1024 * 1024 + 1]);
        AnswersFile.Refused large = assertThrows(AnswersFile.Refused.class, () -> AnswersFile.open(file, library));
        assertEquals(new AnswersFile.Refused.TooLarge(1), large.reason());
        assertTrue(large.getMessage().contains("limit 1 MB"), large::getMessage);
    }

    @Test
    void answersForAnotherTreeVersionSayWhichNoLongerFit() throws Exception {
        TreeLibrary v1 = library(Fixtures.demoText());
        Path file = dir.resolve("answers.pwa.json");
        AnswersFile.save(file, Consultation.start(v1.tree("demo").orElseThrow()).answer("client", "yes")
                .answer("needed", "partly"), Role.EMPLOYEE);
        String v2Text = Fixtures.demoText().replace("\"version\": \"1.0.0\"", "\"version\": \"2.0.0\"")
                .replace("{\"id\": \"partly\", \"label\": {\"nl\": \"Deels\", \"en\": \"Partly\"}, \"next\": \"allowed-if\"},",
                        "{\"id\": \"somewhat\", \"label\": {\"nl\": \"Deels\", \"en\": \"Partly\"}, \"next\": \"allowed-if\"},");
        TreeLibrary v2 = library(v2Text);
        AnswersFile.Opened opened = AnswersFile.open(file, v2);
        assertTrue(opened.otherVersion());
        assertEquals("1.0.0", opened.savedVersion());
        assertEquals(List.of(new AnswersFile.Misfit("needed", "partly", AnswersFile.Misfit.Reason.OPTION_GONE)),
                opened.notFitting());
        assertEquals("needed", opened.consultation().current().id(), "the answers that fit are kept");
    }

    @Test
    void answersForAnUnknownTreeAreRefused() throws Exception {
        TreeLibrary library = library(Fixtures.demoText());
        Path file = dir.resolve("answers.pwa.json");
        Files.writeString(file, "{\"format\": \"profielwijzer-answers\", \"formatVersion\": 1, \"tree\": \"gone\","
                + " \"treeVersion\": \"1\", \"answers\": []}");
        AnswersFile.Refused refused = assertThrows(AnswersFile.Refused.class, () -> AnswersFile.open(file, library));
        assertTrue(refused.getMessage().contains("\"gone\""));
        assertEquals(new AnswersFile.Refused.UnknownTree("gone"), refused.reason());
    }
}
