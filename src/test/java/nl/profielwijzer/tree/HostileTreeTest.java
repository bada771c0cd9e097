package nl.profielwijzer.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.profielwijzer.Fixtures;
import nl.profielwijzer.tree.json.Position;
import nl.profielwijzer.benchmark.CraftedInputs;

/**
 * Crafted input within the documented limits: each kind is reported at the offending value in plain words, and
 * never takes unbounded work or memory (how long it takes is measured by the benchmark, not asserted here).
 */
class HostileTreeTest {
    static final Pattern LINE = Pattern.compile("[^\\n]+:\\d+:\\d+: (error|warning): [^\\n]+");

    @TempDir
    Path dir;

    private List<Problem> problemsOf(String treeText) {
        return Fixtures.load(Fixtures.folderWith(dir, treeText)).problems();
    }

    /** The problem whose message contains {@code part}, checked to stand at {@code at} in {@code text}. */
    private static Problem at(List<Problem> problems, String text, String at, String part) {
        Problem p = problems.stream().filter(x -> x.message().contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem with \"" + part + "\" in " + problems));
        Position expected = Fixtures.positionOf(text, at);
        assertEquals(expected, new Position(p.line(), p.column()), p::toString);
        assertTrue(LINE.matcher(p.toString()).matches(), p::toString);
        return p;
    }

    private Problem replaced(String from, String to, String at, String part) {
        String changed = Fixtures.demoText().replace(from, to);
        assertFalse(changed.equals(Fixtures.demoText()), "fixture contains " + from);
        return at(problemsOf(changed), changed, at, part);
    }

    @Test
    void controlCharactersInTextsAreErrorsAtTheText() {
        replaced("\"en\": \"Demo\"}", "\"en\": \"Demo\\nplaced:1:1: error: forged\"}", "\"Demo\\nplaced", "U+000A");
        replaced("\"en\": \"Demo\"}", "\"en\": \"\\u001b[2JDemo\"}", "\"\\u001b[2J", "U+001B (an escape character)");
    }

    @Test
    void bidiOverridesAreErrors() {
        Problem p = replaced("\"nl\": \"Mag\"", "\"nl\": \"Mag \u202Egnih\u202C\"", "\"Mag \u202E", "U+202E");
        assertTrue(p.message().contains("text-direction"), p::toString);
        assertFalse(p.toString().contains("\u202E"), "escaped when printed");
    }

    @Test
    void aTranslationOfOnlyNonBreakingSpacesIsMissing() {
        replaced("\"en\": \"Allowed\"", "\"en\": \"\u00A0\u202F\"", "\"\u00A0", "missing translation");
    }

    @Test
    void absurdDatesAreNotDates() {
        replaced("\"reviewBefore\": \"2027-11-21\"", "\"reviewBefore\": \"+999999999-12-31\"", "\"+999999999",
                "not a date");
    }

    @Test
    void aSchemaThatIsNotATextIsAnError() {
        replaced("\"id\": \"demo\",", "\"$schema\": {\"x\": 1}, \"id\": \"demo\",", "{\"x\": 1}", "\"$schema\"");
        replaced("\"id\": \"demo\",", "\"$schema\": 12, \"id\": \"demo\",", "12, \"id\"", "\"$schema\"");
    }

    @Test
    void linksMustGoToAnExactAllowedHostWithoutTricks() {
        assertNull(LegalSourceHosts.problemWith("https://wetten.overheid.nl/BWBR0005290"));
        assertNull(LegalSourceHosts.problemWith("https://www.security.nl/posting/1"));
        assertTrue(LegalSourceHosts.problemWith("https://wetten.overheid.nl@evil.example/x").contains("user"));
        assertTrue(LegalSourceHosts.problemWith("https://wetten.overheid.nl:8443/x").contains("port"));
        assertTrue(LegalSourceHosts.problemWith("https://evil.wetten.overheid.nl/x").contains("allow-list"));
        assertTrue(LegalSourceHosts.problemWith("https://wetten.overheid.nl.evil.example/x").contains("allow-list"));
        assertTrue(LegalSourceHosts.problemWith("https://wetten.overheid.nl./x").contains("allow-list"));
        assertTrue(LegalSourceHosts.problemWith("https://wetten.overheíd.nl/x").contains("U+00ED"));
        assertTrue(LegalSourceHosts.problemWith("https://wetten.overheid.nl/\u200Bx").contains("U+200B"));
        assertFalse(LegalSourceHosts.problemWith("https://example.com/").contains("nl.profielwijzer"),
                "no Java names in messages");
    }

    @Test
    void aLinkWithAUserIsReportedAtTheUrlOfTheRegister() throws Exception {
        Fixtures.folderWith(dir, Fixtures.demoText());
        String register = Fixtures.resource("sources.json").replace("https://wetten.overheid.nl/jci",
                "https://wetten.overheid.nl@evil.example/jci");
        Files.writeString(dir.resolve("sources.json"), register);
        List<Problem> problems = Fixtures.load(dir).problems();
        at(problems, register, "\"https://wetten.overheid.nl@", "names a user");
    }

    @Test
    void hugeNumbersAndFieldNamesAreReportedWhereTheyStandInPlainWords() {
        String number = "1".repeat(1_001);
        Problem p = replaced("\"version\": \"1.0.0\"", "\"version\": " + number, number, "1,000 digits");
        assertFalse(p.message().contains("StreamReadConstraints") || p.message().contains("`"), p::toString);
        String name = "f".repeat(20_001);
        Problem q = replaced("\"version\": \"1.0.0\"", "\"" + name + "\": 1, \"version\": \"1.0.0\"",
                "\"" + name, "field name of 20,001 characters");
        assertTrue(q.toString().length() < 300, "the message does not quote the whole name");
    }

    @Test
    void aDuplicateKeyAmongManyIsFound() {
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            keys.append("\"k").append(i).append("\": 0, ");
        }
        String text = Fixtures.demoText().replace("\"id\": \"demo\",", keys + "\"k5\": 1, \"id\": \"demo\",");
        List<Problem> problems = problemsOf(text);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).message().contains("appears twice"), problems::toString);
        assertEquals(Fixtures.positionOf(text, "\"k5\": 1").column(), problems.get(0).column());
    }

    @Test
    void aFileWithMoreValuesThanItsSizeLimitAllowsIsRefusedWhereItPassesTheLimit() {
        var limits = new nl.profielwijzer.tree.json.JsonText.Limits(80, 64, 100); // at most 10 values
        var result = new nl.profielwijzer.tree.json.JsonText(limits).parse("[1,2,3,4,5,6,7,8,9,10,11,12]"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var refused = (nl.profielwijzer.tree.json.JsonText.Refused) result;
        assertEquals(new Position(1, 20), refused.at(), "the tenth number, the eleventh value");
        assertTrue(refused.message().startsWith("the file holds more than 10 values"), refused::message);
        assertEquals(524_288, LoadLimits.DEFAULT.json().maxValues());
    }

    @Test
    void theFileSizeMessageNeverSaysTheSameNumberTwice() {
        String message = nl.profielwijzer.tree.json.JsonText.tooLarge(4L * 1024 * 1024 + 1, 4L * 1024 * 1024);
        assertEquals("the file is 4,194,305 bytes, above the limit of 4,194,304 bytes (4.0 MB) for a tree file",
                message);
        assertTrue(nl.profielwijzer.tree.json.JsonText.tooLarge(50L * 1024 * 1024, 4L * 1024 * 1024)
                .startsWith("the file is 50.0 MB"));
    }

    @Test
    void suggestionsStayUsefulAndBounded() {
        assertEquals("needed-for-the-job",
                Suggestions.closest("needed-for-job", List.of("needed-for-the-job", "client")).orElseThrow());
        String longId = "a".repeat(20_000);
        assertTrue(Suggestions.closest(longId, List.of(longId + "b")).isEmpty(), "no comparison past the length");
        assertEquals(3, Suggestions.distance("kitten", "sitting", 10));
        assertEquals(2, Suggestions.distance("abcdef", "uvwxyz", 1), "stops past the limit");
    }

    @Test
    void everyCraftedFileGivesAtMostTheCappedListOfProblemLines() throws Exception {
        Files.writeString(dir.resolve("sources.json"), CraftedInputs.register());
        for (var crafted : CraftedInputs.all(400_000).entrySet()) {
            Path file = dir.resolve("crafted.json");
            Files.writeString(file, crafted.getValue());
            List<Problem> problems = Fixtures.load(dir).problems();
            assertFalse(problems.isEmpty(), crafted.getKey());
            assertTrue(problems.size() <= ProblemList.CAP + 1, crafted.getKey() + ": " + problems.size());
            problems.forEach(p -> assertTrue(LINE.matcher(p.toString()).matches(), () -> crafted.getKey() + ": "
                    + p.toString().substring(0, Math.min(300, p.toString().length()))));
            problems.forEach(p -> assertTrue(p.toString().length() < 3_000, crafted.getKey()));
            if (problems.size() > ProblemList.CAP) {
                assertTrue(problems.get(ProblemList.CAP).message().matches("and \\d+ more problems in this file.*"),
                        problems.get(ProblemList.CAP)::toString);
            }
        }
    }

    @Test
    void aFileThatRunsOutOfTimeIsReportedAndTheOthersStillLoad() throws Exception {
        Fixtures.folderWith(dir, Fixtures.demoText());
        Files.writeString(dir.resolve("zz-crafted.json"), CraftedInputs.millionItems(400_000));
        TreeLibrary library = new TreeLibraryLoader(LoadLimits.DEFAULT, Fixtures.TODAY, Duration.ofMillis(1))
                .loadDirectory(dir);
        // with a budget of 1 ms the 400 KB file runs out of time; it is named, and nothing throws
        assertTrue(library.problems().stream().anyMatch(p -> p.file().endsWith("zz-crafted.json")
                && p.message().contains("took longer than")), library.problems()::toString);
        TreeLibrary generous = Fixtures.load(dir);
        assertNotNull(generous.tree("demo").orElse(null), "the good tree loads beside the hostile one");
    }

    @Test
    void problemLinesAreOneLineWhateverTheFileNameOrMessageHolds() {
        Problem p = Problem.error("evil\nname.json", new Position(3, 4), "quoted \"x\ny\u001b[2J\u202E\"");
        assertEquals("evil\\u000Aname.json:3:4: error: quoted \"x\\u000Ay\\u001B[2J\\u202E\"", p.toString());
    }
}
