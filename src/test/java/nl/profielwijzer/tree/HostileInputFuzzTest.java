package nl.profielwijzer.tree;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import nl.profielwijzer.Fixtures;
import nl.profielwijzer.tree.json.Position;

/**
 * Mutation fuzzing of the real bundled trees, register, glossary and facts (runs in {@code mvn verify}). Each try
 * changes one file — bytes deleted, doubled, inserted or cut, or one text value replaced by a hostile one (a
 * control or text-direction character, only a non-breaking space, a 1,001-digit number) — and loads it with the
 * register, glossary and facts. Validation must never throw; every problem must print as one
 * {@code FILE:LINE:COLUMN: error|warning: message} line with a position inside the file; and a replaced value
 * must be reported at that value's own line and column. Times are the benchmark's business, not this test's.
 */
class HostileInputFuzzTest {
    private static final Pattern LINE = Pattern.compile("[^\\n]+:\\d+:\\d+: (error|warning): [^\\n]+");
    private static final List<String> SNIPPETS = List.of("\\u0000", "\\n", "\\u001b[2J", "x\\u202Ey", "\\u00a0",
            "\\u2028", "a\\u0085b", "\\u00a0\\u202f");
    private static final List<String> INSERTIONS = List.of("{", "}", "[", "]", ",", "\"", ":", "\u0000", "\uFEFF",
            "\"x\": 1,", "9".repeat(1_001), "\"" + "k".repeat(20_001) + "\": 0,", "[".repeat(70), "\u202E",
            "\"id\": \"dup\",", "\\", "\u00e9", "\n");
    private static final JsonFactory JSON = new JsonFactory();

    private static Path work;
    private static List<Path> originals;
    private static List<String> texts;
    private static List<List<int[]>> stringValues;

    @BeforeContainer
    static void copyTheBundledFiles() throws IOException {
        work = Files.createTempDirectory("pw-fuzz");
        try (Stream<Path> list = Files.list(Path.of("trees"))) {
            originals = list.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".schema.json"))
                    .sorted().toList();
        }
        texts = new ArrayList<>();
        stringValues = new ArrayList<>();
        for (Path p : originals) {
            String text = Files.readString(p);
            texts.add(text);
            stringValues.add(stringValues(text));
        }
    }

    @AfterContainer
    static void removeTheCopies() throws IOException {
        try (Stream<Path> files = Files.walk(work)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** One change to one file: which file, what kind of change, where and with what. */
    record Mutation(int file, int kind, int a, int b, int with) {
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, 5),
                Arbitraries.integers().greaterOrEqual(0), Arbitraries.integers().between(0, 200),
                Arbitraries.integers().between(0, 99)).as(Mutation::new);
    }

    @Property(tries = 160)
    void validationNeverThrowsAndReportsEveryProblemOnOneLineAtItsPlace(@ForAll("mutations") Mutation m)
            throws IOException {
        int index = m.file() % originals.size();
        String original = texts.get(index);
        String name = originals.get(index).getFileName().toString();
        int[] replacedValue = null;
        String mutated;
        switch (m.kind()) {
            case 0 -> { // delete a range
                int from = m.a() % original.length();
                mutated = original.substring(0, from) + original.substring(Math.min(original.length(), from + m.b()));
            }
            case 1 -> { // double a range
                int from = m.a() % original.length();
                int to = Math.min(original.length(), from + m.b());
                mutated = original.substring(0, to) + original.substring(from, to) + original.substring(to);
            }
            case 2 -> { // insert something
                int at = m.a() % original.length();
                mutated = original.substring(0, at) + INSERTIONS.get(m.with() % INSERTIONS.size())
                        + original.substring(at);
            }
            case 3 -> mutated = original.substring(0, m.a() % original.length()); // cut short
            default -> { // replace one text value by a hostile one (a string, or a number of 1,001 digits)
                List<int[]> values = stringValues.get(index);
                replacedValue = values.get(m.a() % values.size());
                String replacement = m.kind() == 5 && m.with() % 4 == 0 ? "9".repeat(1_001)
                        : "\"" + SNIPPETS.get(m.with() % SNIPPETS.size()) + "\"";
                mutated = original.substring(0, replacedValue[0]) + replacement + original.substring(replacedValue[1]);
            }
        }
        List<Problem> problems = load(name, mutated);
        for (Problem p : problems) {
            String shown = p.toString();
            assertTrue(LINE.matcher(shown).matches(), () -> m + ": not one problem line: " + shown);
            String file = p.file().endsWith("/" + name) ? mutated : texts.get(indexOf(p.file()));
            long lines = file.chars().filter(c -> c == '\n').count() + 1;
            assertTrue(p.line() >= 1 && p.column() >= 1 && p.line() <= lines, () -> m + ": outside the file: " + shown);
        }
        if (replacedValue != null) {
            Position at = Fixtures.positionAt(mutated, replacedValue[0]);
            assertTrue(problems.stream().anyMatch(p -> p.file().endsWith(name) && p.line() == at.line()
                    && p.column() == at.column() && p.isError()),
                    () -> m + ": nothing reported at " + at + " in " + name + ": " + problems);
        }
    }

    private static int indexOf(String shownFile) {
        for (int i = 0; i < originals.size(); i++) {
            if (shownFile.endsWith("/" + originals.get(i).getFileName())) {
                return i;
            }
        }
        throw new AssertionError("a problem in a file that was not loaded: " + shownFile);
    }

    private static boolean isShared(String name) {
        return name.equals(TreeLibraryLoader.REGISTER_FILE) || name.equals(TreeLibraryLoader.GLOSSARY_FILE)
                || name.equals(TreeLibraryLoader.FACTS_FILE);
    }

    /** The register, the glossary, the facts and one tree (the mutated one, or the first) loaded together. */
    private static List<Problem> load(String mutatedName, String mutated) {
        try {
            Path dir = Files.createTempDirectory(work, "try");
            for (int i = 0; i < originals.size(); i++) {
                String name = originals.get(i).getFileName().toString();
                boolean shared = isShared(name);
                boolean tree = name.equals(mutatedName) || (i == 0 && isShared(mutatedName));
                if (shared || tree) {
                    Files.writeString(dir.resolve(name), name.equals(mutatedName) ? mutated : texts.get(i),
                            StandardCharsets.UTF_8);
                }
            }
            return new TreeLibraryLoader(LoadLimits.DEFAULT, LocalDate.of(2026, 11, 29)).loadDirectory(dir)
                    .problems();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Start and end offsets (end exclusive, quotes included) of every string value in the text. */
    private static List<int[]> stringValues(String text) throws IOException {
        List<int[]> values = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(text)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.VALUE_STRING) {
                    int start = (int) parser.currentTokenLocation().getCharOffset();
                    parser.getText();
                    int end = (int) parser.currentLocation().getCharOffset();
                    values.add(new int[] {start, end});
                }
            }
        }
        return values;
    }
}
