package nl.profielwijzer.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import nl.profielwijzer.tree.json.Json;
import nl.profielwijzer.tree.json.JsonText;
import nl.profielwijzer.tree.json.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import nl.profielwijzer.Fixtures;

/**
 * Bad input never crashes or hangs: each kind gets one clear error. (The timeout only guards against a hang;
 * speed is measured in the benchmarks, not asserted here.)
 */
@Timeout(60)
class JsonTextTest {
    @TempDir
    Path dir;

    private Problem onlyProblemFor(byte[] bytes) throws IOException {
        Fixtures.folderWith(dir, Fixtures.demoText());
        Files.write(dir.resolve("bad.json"), bytes);
        List<Problem> problems = Fixtures.load(dir).problems();
        assertEquals(1, problems.size(), problems::toString);
        Problem p = problems.get(0);
        assertTrue(p.file().endsWith("bad.json"));
        assertTrue(p.isError());
        return p;
    }

    @Test
    void emptyFile() throws IOException {
        assertTrue(onlyProblemFor(new byte[0]).message().contains("the file is empty"));
        assertTrue(onlyProblemFor("  \n ".getBytes(StandardCharsets.UTF_8)).message().contains("the file is empty"));
    }

    @Test
    void binaryGarbage() throws IOException {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        garbage[0] = (byte) 0x89;
        garbage[1] = 'P';
        Problem p = onlyProblemFor(garbage);
        assertTrue(p.message().contains("binary") || p.message().contains("UTF"), p::toString);
    }

    @Test
    void invalidUtf8NamesTheLine() throws IOException {
        byte[] text = "{\n  \"id\": \"x\u00C3(\"\n}".getBytes(StandardCharsets.ISO_8859_1);
        Problem p = onlyProblemFor(text);
        assertEquals(2, p.line(), p::toString);
        assertTrue(p.message().contains("not UTF-8"));
    }

    @Test
    void fiftyMegabyteFileIsRefusedByItsSizeBeforeReading() throws IOException {
        Fixtures.folderWith(dir, Fixtures.demoText());
        Path big = dir.resolve("big.json");
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] chunk = new byte[1024 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
        }
        List<Problem> problems = Fixtures.load(dir).problems();
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).message().contains("50.0 MB, above the limit of 4.0 MB"),
                problems.get(0)::toString);
    }

    @Test
    void deepNestingStopsAtTheLimit() throws IOException {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        Problem p = onlyProblemFor(deep.getBytes(StandardCharsets.US_ASCII));
        assertTrue(p.message().contains("nested deeper than the limit of 64 levels"), p::toString);
        assertEquals(1, p.line());
        assertEquals(65, p.column());
    }

    @Test
    void byteOrderMark() throws IOException {
        byte[] body = Fixtures.demoText().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertTrue(onlyProblemFor(withBom).message().contains("byte-order mark"));
    }

    @Test
    void utf16WithAndWithoutBom() throws IOException {
        assertTrue(onlyProblemFor("{\"id\": \"x\"}".getBytes(StandardCharsets.UTF_16)).message().contains("UTF-16"));
        assertTrue(onlyProblemFor("{\"id\": \"x\"}".getBytes(StandardCharsets.UTF_16LE)).message().contains("UTF-16"));
    }

    @Test
    void textAboveTheStringLimit() throws IOException {
        String text = "{\"id\": \"" + "a".repeat(30_000) + "\"}";
        assertTrue(onlyProblemFor(text.getBytes(StandardCharsets.US_ASCII)).message()
                .contains("above the limit of 20000 characters"));
    }

    @Test
    void contentAfterTheObject() throws IOException {
        Problem p = onlyProblemFor("{\"id\": \"x\"}\n{}".getBytes(StandardCharsets.US_ASCII));
        assertTrue(p.message().contains("more after the end"), p::toString);
        assertEquals(2, p.line());
    }

    @Test
    void duplicateFieldInOneObject() throws IOException {
        Problem p = onlyProblemFor("{\n\"id\": \"x\",\n\"id\": \"y\"}".getBytes(StandardCharsets.US_ASCII));
        assertTrue(p.message().contains("appears twice"), p::toString);
        assertEquals(3, p.line());
    }

    @Test
    void notAnObject() throws IOException {
        Problem p = onlyProblemFor("[1, 2]".getBytes(StandardCharsets.US_ASCII));
        assertTrue(p.message().contains("the tree must be an object"), p::toString);
    }

    @Test
    void tooManyNodes() throws IOException {
        StringBuilder nodes = new StringBuilder();
        for (int i = 0; i < LoadLimits.DEFAULT.maxNodes() + 1; i++) {
            nodes.append(i == 0 ? "" : ",").append("{}");
        }
        String text = Fixtures.demoText().replace("\"id\": \"demo\"", "\"id\": \"big\"")
                .replaceFirst("\"nodes\": \\[", "\"nodes\": [" + nodes + ",");
        Problem p = onlyProblemFor(text.getBytes(StandardCharsets.UTF_8));
        assertTrue(p.message().contains("above the limit of 5000 nodes"), p::toString);
    }

    /** Pins where each value and name starts (Jackson's public token location): line and column from 1. */
    @Test
    void everyValueAndNameIsPlacedAtItsFirstCharacter() {
        String text = "{\n  \"a\": \"x\",\n\t\"b\": [1, {\"c\": true}],\n  \"d\": null }";
        JsonText.Result result = new JsonText(LoadLimits.DEFAULT.json()).parse(text.getBytes(StandardCharsets.UTF_8));
        Json.JsonObject root = (Json.JsonObject) ((JsonText.Parsed) result).value();
        assertEquals(new Position(1, 1), root.at());
        assertEquals(new Position(2, 3), root.member("a").nameAt());
        assertEquals(new Position(2, 8), root.member("a").value().at());
        assertEquals(new Position(3, 2), root.member("b").nameAt());
        Json.JsonArray list = (Json.JsonArray) root.member("b").value();
        assertEquals(new Position(3, 7), list.at());
        assertEquals(new Position(3, 8), list.items().get(0).at());
        Json.JsonObject inner = (Json.JsonObject) list.items().get(1);
        assertEquals(new Position(3, 11), inner.at());
        assertEquals(new Position(3, 17), inner.member("c").value().at());
        assertEquals(new Position(4, 8), root.member("d").value().at());
    }
}
