package nl.profielwijzer.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.profielwijzer.Fixtures;
import nl.profielwijzer.engine.AnswersFile.Refused;
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

    /** Opens {@code content} as a file, expects a refusal for a reason of {@code kind}, and returns that reason. */
    private <R extends Refused.Reason> R refused(String content, Class<R> kind) throws Exception {
        Path file = Files.writeString(dir.resolve("damaged.pwa.json"), content);
        byte[] before = Files.readAllBytes(file);
        Refused e = assertThrows(Refused.class, () -> AnswersFile.open(file, library));
        assertEquals(kind, e.reason().getClass(), e::getMessage);
        assertArrayEquals(before, Files.readAllBytes(file), "left untouched");
        return kind.cast(e.reason());
    }

    @Test
    void trailingTextAndTwoFilesInOneAreDamaged() throws Exception {
        refused(good + "garbage", Refused.NotJson.class);
        Refused.NotJson twice = refused(good + good, Refused.NotJson.class);
        assertTrue(twice.line().isPresent() && twice.column().isPresent(), "with the line and column");
    }

    @Test
    void aKeyTwiceIsDamaged() throws Exception {
        refused(good.replace("\"tree\" :", "\"tree\" : \"other\", \"tree\" :"), Refused.NotJson.class);
        refused(good.replace("\"question\" :", "\"option\" : \"no\", \"question\" :"), Refused.NotJson.class);
    }

    @Test
    void theFormatVersionMustBeTheExpectedInteger() throws Exception {
        refused(good.replace("\"formatVersion\" : 1", "\"formatVersion\" : \"1\""), Refused.Foreign.class);
        refused(good.replace("\"formatVersion\" : 1", "\"formatVersion\" : 1.5"), Refused.Foreign.class);
        refused(good.replace("\"formatVersion\" : 1", "\"formatVersion\" : 99999999999"), Refused.OtherFormat.class);
        refused(good.replace("\"formatVersion\" : 1", "\"formatVersion\" : 2"), Refused.OtherFormat.class);
    }

    @Test
    void answersMustBeObjectsOfOneQuestionAndOneOption() throws Exception {
        int start = good.indexOf('[');
        String head = good.substring(0, start);
        assertEquals(1, refused(head + "[\"client=yes\"]}", Refused.BadAnswer.class).number());
        refused(head + "[{\"question\": \"client\", \"option\": 1}]}", Refused.BadAnswer.class);
        refused(head + "[{\"question\": \"client\", \"option\": \"yes\", \"x\": 1}]}", Refused.BadAnswer.class);
        Refused.BadAnswer twice = refused(head + "[{\"question\": \"client\", \"option\": \"yes\"},"
                + " {\"question\": \"client\", \"option\": \"no\"}]}", Refused.BadAnswer.class);
        assertEquals(2, twice.number());
    }

    @Test
    void tooManyAnswersAreRefusedNamingTheLimit() throws Exception {
        String head = good.substring(0, good.indexOf('['));
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i <= AnswersFile.MAX_ANSWERS; i++) {
            many.append(i == 0 ? "" : ",").append("{\"question\": \"q").append(i).append("\", \"option\": \"a\"}");
        }
        assertEquals(1000, refused(head + many + "]}", Refused.TooManyAnswers.class).limit());
        assertEquals("\"damaged.pwa.json\" holds more than 1000 answers, the limit for an answers file. The file"
                + " was not changed.", new Refused("damaged.pwa.json", new Refused.TooManyAnswers(1000)).getMessage());
    }

    @Test
    void aFileAboveTheSizeLimitOrAPipeIsRefused() throws Exception {
        refused(" ".repeat((int) AnswersFile.MAX_BYTES) + good, Refused.TooLarge.class);
        Path fifo = dir.resolve("pipe.pwa.json");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
        Refused e = assertThrows(Refused.class, () -> AnswersFile.open(fifo, library));
        assertEquals(Refused.Missing.class, e.reason().getClass());
    }
}
