package nl.profielwijzer.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.profielwijzer.Fixtures;
import nl.profielwijzer.engine.AnswersFile.Refused.Reason;
import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.TreeLibrary;

/** Damaged answers files are refused, untouched, with the reason; the limits are named. */
class AnswersFileStrictTest {
    @TempDir
    Path dir;

    private TreeLibrary library;
    private String good;

    @BeforeEach
    void saveOne() throws Exception {
        library = Fixtures.load(Fixtures.folderWith(Files.createDirectories(dir.resolve("trees")),
                Fixtures.demoText()));
        Path file = dir.resolve("good.pwa.json");
        AnswersFile.save(file, Consultation.start(library.tree("demo").orElseThrow()).answer("client", "yes"),
                Role.EMPLOYEE);
        good = Files.readString(file);
    }

    private AnswersFile.Refused refused(String content, Reason reason) throws Exception {
        Path file = Files.writeString(dir.resolve("damaged.pwa.json"), content);
        byte[] before = Files.readAllBytes(file);
        AnswersFile.Refused e = assertThrows(AnswersFile.Refused.class, () -> AnswersFile.open(file, library));
        assertEquals(reason, e.reason(), e::getMessage);
        assertArrayEquals(before, Files.readAllBytes(file), "left untouched");
        return e;
    }

    @Test
    void trailingTextAndTwoFilesInOneAreDamaged() throws Exception {
        refused(good + "garbage", Reason.NOT_JSON);
        AnswersFile.Refused twice = refused(good + good, Reason.NOT_JSON);
        assertEquals(2, twice.details().size(), "with the line and column");
    }

    @Test
    void aKeyTwiceIsDamaged() throws Exception {
        refused(good.replace("\"tree\" :", "\"tree\" : \"other\", \"tree\" :"), Reason.NOT_JSON);
        refused(good.replace("\"question\" :", "\"option\" : \"no\", \"question\" :"), Reason.NOT_JSON);
    }

    @Test
    void theFormatVersionMustBeTheExpectedInteger() throws Exception {
        refused(good.replace("\"formatVersion\" : 1", "\"formatVersion\" : \"1\""), Reason.FOREIGN);
        refused(good.replace("\"formatVersion\" : 1", "\"formatVersion\" : 1.5"), Reason.FOREIGN);
        refused(good.replace("\"formatVersion\" : 1", "\"formatVersion\" : 99999999999"), Reason.OTHER_FORMAT);
        refused(good.replace("\"formatVersion\" : 1", "\"formatVersion\" : 2"), Reason.OTHER_FORMAT);
    }

    @Test
    void answersMustBeObjectsOfOneQuestionAndOneOption() throws Exception {
        int start = good.indexOf('[');
        String head = good.substring(0, start);
        assertEquals("1", refused(head + "[\"client=yes\"]}", Reason.BAD_ANSWER).details().get(0));
        refused(head + "[{\"question\": \"client\", \"option\": 1}]}", Reason.BAD_ANSWER);
        refused(head + "[{\"question\": \"client\", \"option\": \"yes\", \"x\": 1}]}", Reason.BAD_ANSWER);
        AnswersFile.Refused twice = refused(head + "[{\"question\": \"client\", \"option\": \"yes\"},"
                + " {\"question\": \"client\", \"option\": \"no\"}]}", Reason.BAD_ANSWER);
        assertEquals("2", twice.details().get(0));
    }

    @Test
    void tooManyAnswersAreRefusedNamingTheLimit() throws Exception {
        String head = good.substring(0, good.indexOf('['));
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i <= AnswersFile.MAX_ANSWERS; i++) {
            many.append(i == 0 ? "" : ",").append("{\"question\": \"q").append(i).append("\", \"option\": \"a\"}");
        }
        AnswersFile.Refused e = refused(head + many + "]}", Reason.TOO_MANY_ANSWERS);
        assertEquals("1000", e.details().get(0));
        assertEquals("\"damaged.pwa.json\" holds more than 1000 answers, the limit for an answers file. The file"
                + " was not changed.", e.getMessage());
    }

    @Test
    void aFileAboveTheSizeLimitOrAPipeIsRefused() throws Exception {
        refused(" ".repeat((int) AnswersFile.MAX_BYTES) + good, Reason.TOO_LARGE);
        Path fifo = dir.resolve("pipe.pwa.json");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
        AnswersFile.Refused e = assertThrows(AnswersFile.Refused.class, () -> AnswersFile.open(fifo, library));
        assertEquals(Reason.MISSING, e.reason());
    }
}
