package nl.profielwijzer.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.profielwijzer.tree.LocalizedText;
import nl.profielwijzer.tree.Option;
import nl.profielwijzer.tree.Question;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.Verdict;

/**
 * Texts and ids at the limit of 20,000 characters still make a graph Graphviz can read: it refuses any quoted
 * string longer than 16,384 bytes. The labels are cut (the review PDF has the full texts), names stay unique.
 */
class TreeDotLimitsTest {
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static Tree hostile() {
        String words = "woord ".repeat(3_333).trim();
        String oneWord = "x".repeat(20_000);
        String longId = "q".repeat(20_000);
        Question q = new Question(longId, LocalizedText.of(words, oneWord), null, List.of(
                new Option("a", LocalizedText.of(oneWord, words), "o1"),
                new Option("b", LocalizedText.of("Nee", "No"), "q" + "q".repeat(19_998) + "r")));
        Question second = new Question("q" + "q".repeat(19_998) + "r", LocalizedText.of("Vraag?", "Question?"), null,
                List.of(new Option("a", LocalizedText.of("Ja", "Yes"), "o1"),
                        new Option("b", LocalizedText.of("Nee", "No"), "o1")));
        return TestTrees.of(longId, q, second, TestTrees.o("o1", Verdict.NO, "law-1"));
    }

    @Test
    void everyQuotedStringStaysWellBelowGraphvizsLimitAndLongIdsStayApart() {
        String dot = TreeDot.render(hostile(), ReviewLanguages.BOTH);
        Matcher m = QUOTED.matcher(dot);
        int strings = 0;
        while (m.find()) {
            strings++;
            String quoted = m.group(1);
            assertTrue(quoted.getBytes(StandardCharsets.UTF_8).length < 2_000, () -> quoted.substring(0, 80));
        }
        assertTrue(strings > 10);
        long edges = dot.lines().filter(l -> l.contains(" -> ")).count();
        assertEquals(4, edges);
        long distinctTargets = dot.lines().filter(l -> l.contains(" -> ")).map(l -> l.substring(0, l.indexOf(" -> ")))
                .distinct().count();
        assertEquals(2, distinctTargets, "the two long ids that share their start stay two nodes");
    }

    @Test
    void graphvizReadsIt(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/dot")), "Graphviz is not installed");
        Path file = dir.resolve("hostile.dot");
        TreeDot.write(hostile(), ReviewLanguages.BOTH, file);
        Process p = new ProcessBuilder("dot", "-Tsvg", file.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output.substring(0, Math.min(500, output.length())));
    }
}
