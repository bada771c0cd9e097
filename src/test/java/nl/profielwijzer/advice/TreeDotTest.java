package nl.profielwijzer.advice;

import static nl.profielwijzer.advice.TestTrees.o;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.LocalizedText;
import nl.profielwijzer.tree.Option;
import nl.profielwijzer.tree.Outcome;
import nl.profielwijzer.tree.Question;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.Verdict;

class TreeDotTest {
    private static final Pattern NODE = Pattern.compile("^  (\"(?:[^\"\\\\]|\\\\.)*\") \\[(.*)\\];$");
    private static final Pattern EDGE = Pattern.compile(
            "^  (\"(?:[^\"\\\\]|\\\\.)*\") -> (\"(?:[^\"\\\\]|\\\\.)*\") \\[label=(\"(?:[^\"\\\\]|\\\\.)*\")\\];$");

    /** Checks the structure a DOT parser needs and returns the declared node ids. */
    private static Set<String> assertWellFormed(String dot, Tree tree) {
        assertTrue(dot.startsWith("digraph \""), dot);
        assertTrue(dot.endsWith("}\n"));
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < dot.length(); i++) {
            char c = dot.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                } else {
                    assertFalse(c == '\n', "a raw line break inside a quoted string");
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                assertTrue(depth >= 0, "unbalanced at " + i);
            }
        }
        assertFalse(inString, "unclosed quote");
        assertEquals(0, depth, "unbalanced braces");
        Set<String> nodes = new HashSet<>();
        List<String[]> edges = new ArrayList<>();
        for (String line : dot.split("\n")) {
            Matcher e = EDGE.matcher(line);
            Matcher n = NODE.matcher(line);
            if (e.matches()) {
                edges.add(new String[] {e.group(1), e.group(2)});
            } else if (n.matches()) {
                assertTrue(nodes.add(n.group(1)), "declared twice: " + n.group(1));
            }
        }
        assertEquals(tree.nodes().size(), nodes.size());
        for (String[] edge : edges) {
            assertTrue(nodes.contains(edge[0]) && nodes.contains(edge[1]), String.join(" -> ", edge));
        }
        assertEquals(tree.questions().stream().mapToInt(q -> q.options().size()).sum(), edges.size());
        return nodes;
    }

    @Test
    void theDemoGraphIsWellFormedInEveryLanguage() {
        Tree demo = Fixtures.demo();
        for (ReviewLanguages languages : ReviewLanguages.values()) {
            assertWellFormed(TreeDot.render(demo, languages), demo);
        }
        assertWellFormed(TreeDot.render(TestTrees.big(4), Language.EN), TestTrees.big(4));
    }

    @Test
    void outcomesShowTheirVerdictWordAndColour() {
        Tree demo = Fixtures.demo();
        String dot = TreeDot.render(demo, Language.NL);
        for (Outcome o : demo.outcomes()) {
            String line = dot.lines().filter(l -> l.startsWith("  \"" + o.id() + "\" [")).findFirst().orElseThrow();
            VerdictColors colors = VerdictColors.of(o.verdict());
            assertTrue(line.contains("fillcolor=\"" + VerdictColors.hex(colors.tint()) + "\""), line);
            assertTrue(line.contains("color=\"" + VerdictColors.hex(colors.accent()) + "\""), line);
            String word = ReportText.verdictWord(Language.NL, o.verdict()).toUpperCase(Language.NL.locale());
            assertTrue(line.replace("\\n", " ").contains(word), line);
        }
        for (Question q : demo.questions()) {
            for (Option option : q.options()) {
                assertTrue(dot.contains("\"" + q.id() + "\" -> \"" + option.next() + "\" [label=\""
                        + option.label().nl() + "\"]"), option.id());
            }
        }
    }

    @Test
    void quotesBackslashesAndLineBreaksAreEscaped() {
        Question q = new Question("q\"1", LocalizedText.of("Zegt de \"baas\" C:\\map\nnieuwe regel?", "en"), null,
                List.of(new Option("a", LocalizedText.of("ja \"zeker\"", "yes"), "end")));
        Tree tree = TestTrees.of("q\"1", q, o("end", Verdict.YES));
        String dot = TreeDot.render(tree, Language.NL);
        assertWellFormed(dot, tree);
        assertTrue(dot.contains("\"q\\\"1\" [shape=box"), dot);
        assertTrue(dot.contains("Zegt de \\\"baas\\\" C:\\\\map\\nnieuwe regel?"), dot);
        assertTrue(dot.contains("[label=\"ja \\\"zeker\\\"\"]"), dot);
    }

    @Test
    void longLabelsWrap() {
        assertEquals("Heeft de werknemer contact met\nklanten of leveranciers van de\nwerkgever?",
                TreeDot.wrap("Heeft de werknemer contact met klanten of leveranciers van de werkgever?"));
    }

    @Test
    void writesToAWriterAndAtomicallyToAFile(@TempDir Path dir) throws IOException {
        Tree demo = Fixtures.demo();
        StringWriter out = new StringWriter();
        TreeDot.write(demo, Language.EN, out);
        assertEquals(TreeDot.render(demo, Language.EN), out.toString());
        Path file = dir.resolve("demo.dot");
        TreeDot.write(demo, ReviewLanguages.BOTH, file);
        assertEquals(TreeDot.render(demo, ReviewLanguages.BOTH), Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void graphvizAcceptsTheGraph(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/dot")) || onPath("dot"), "Graphviz is not installed");
        for (Tree tree : List.of(Fixtures.demo(), TestTrees.big(4))) {
            Path file = dir.resolve(tree.id() + ".dot");
            TreeDot.write(tree, ReviewLanguages.BOTH, file);
            Process p = new ProcessBuilder("dot", "-Tsvg", file.toString()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), output);
            assertTrue(output.contains("<svg"), output);
            assertFalse(output.toLowerCase().contains("warning"), output);
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
