package nl.profielwijzer.tree;

import nl.profielwijzer.tree.json.Position;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.profielwijzer.Fixtures;

/** One test per kind of problem, each checking the message and the line and column it is reported at. */
class TreeValidationTest {
    @TempDir
    Path dir;

    private List<Problem> problemsOf(String treeText) {
        return Fixtures.load(Fixtures.folderWith(dir, treeText)).problems();
    }

    /** Replaces {@code from} by {@code to}, and expects exactly one problem at {@code at} in the new text. */
    private Problem onlyProblem(String from, String to, String at, Problem.Severity severity, String messagePart) {
        String text = Fixtures.demoText();
        assertTrue(text.contains(from), "fixture contains " + from);
        String changed = text.replace(from, to);
        List<Problem> problems = problemsOf(changed);
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        Problem p = problems.get(0);
        Position expected = Fixtures.positionOf(changed, at);
        assertEquals(expected.line(), p.line(), () -> "line of " + p);
        assertEquals(expected.column(), p.column(), () -> "column of " + p);
        assertEquals(severity, p.severity(), p::toString);
        assertTrue(p.message().contains(messagePart), () -> "message of " + p + " contains " + messagePart);
        assertTrue(p.file().endsWith("demo.json"));
        return p;
    }

    /** Like onlyProblem, where a second, consequential problem is also right (e.g. a node becomes unreachable). */
    private Problem problemAt(String from, String to, String at, String messagePart) {
        String changed = Fixtures.demoText().replace(from, to);
        List<Problem> problems = problemsOf(changed);
        Problem p = problems.stream().filter(x -> x.message().contains(messagePart)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem with \"" + messagePart + "\" in " + problems));
        Position expected = Fixtures.positionOf(changed, at);
        assertEquals(expected.line(), p.line(), () -> "line of " + p);
        assertEquals(expected.column(), p.column(), () -> "column of " + p);
        return p;
    }

    @Test
    void theDemoFixtureHasNoProblems() {
        TreeLibrary library = Fixtures.load(Fixtures.folderWith(dir, Fixtures.demoText()));
        assertEquals(List.of(), library.problems());
        assertEquals(1, library.trees().size());
        assertEquals(6, library.trees().get(0).nodes().size());
    }

    @Test
    void malformedJsonIsReportedWhereReadingStopped() {
        String text = Fixtures.demoText().replace("\"version\": \"1.0.0\",", "\"version\": \"1.0.0\" \"x\",");
        List<Problem> problems = problemsOf(text);
        assertEquals(1, problems.size());
        Position at = Fixtures.positionOf(text, "\"x\",");
        assertEquals(at.line(), problems.get(0).line());
        assertTrue(problems.get(0).message().startsWith("malformed JSON"), problems.get(0)::toString);
    }

    @Test
    void wrongTypeNamesTheFieldAndTheTypeFound() {
        onlyProblem("\"version\": \"1.0.0\"", "\"version\": 1", "1,\n", Problem.Severity.ERROR,
                "\"version\" in the tree must be a text in quotes, not a number");
    }

    @Test
    void unknownFieldSuggestsTheNearMiss() {
        onlyProblem("\"why\": {", "\"wyh\": {", "\"wyh\"", Problem.Severity.ERROR, "did you mean \"why\"?");
    }

    @Test
    void unknownFieldWithoutNearMissListsTheKnownFields() {
        onlyProblem("\"why\": {", "\"colour\": {", "\"colour\"", Problem.Severity.ERROR, "known fields here");
    }

    @Test
    void duplicateNodeIdIsAnError() {
        String text = Fixtures.demoText().replace("\"id\": \"needed\",", "\"id\": \"client\",");
        List<Problem> problems = problemsOf(text);
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("duplicate node id \"client\"")),
                problems::toString);
    }

    @Test
    void duplicateOptionIdIsAnError() {
        onlyProblem("{\"id\": \"partly\"", "{\"id\": \"yes\"", "\"yes\", \"label\": {\"nl\": \"Deels\"",
                Problem.Severity.ERROR, "duplicate option id \"yes\"");
    }

    @Test
    void referenceToMissingNodeIsReportedAtTheNextField() {
        problemAt("\"next\": \"allowed-if\"", "\"next\": \"alowed-if\"", "\"alowed-if\"",
                "leads to \"alowed-if\", which does not exist; did you mean \"allowed-if\"?");
    }

    @Test
    void referenceToMissingSourceIsReportedAtTheCitation() {
        onlyProblem("{\"source\": \"case-1\"}]},", "{\"source\": \"case-2\"}]},", "\"case-2\"", Problem.Severity.ERROR,
                "cites \"case-2\", which is not in the source register; did you mean \"case-1\"?");
    }

    @Test
    void cycleIsReportedAtTheOptionThatClosesIt() {
        problemAt("\"next\": \"depends\"", "\"next\": \"client\"", "\"client\"}", "makes a cycle");
    }

    @Test
    void unreachableNodeIsReportedAtTheNode() {
        String text = Fixtures.demoText().replace("\"next\": \"depends\"", "\"next\": \"not-allowed\"");
        List<Problem> problems = problemsOf(text);
        assertEquals(1, problems.size(), problems::toString);
        Position at = Fixtures.positionOf(text, "{\"kind\": \"outcome\", \"id\": \"depends\"");
        assertEquals(at.line(), problems.get(0).line());
        assertEquals(at.column(), problems.get(0).column());
        assertTrue(problems.get(0).message().contains("\"depends\" cannot be reached from the start"));
    }

    @Test
    void questionWithOneOptionIsAnError() {
        String text = Fixtures.demoText().replace(
                "{\"id\": \"no\", \"label\": {\"nl\": \"Nee\", \"en\": \"No\"}, \"next\": \"not-allowed\"}", "")
                .replace("\"next\": \"needed\"},", "\"next\": \"needed\"}");
        List<Problem> problems = problemsOf(text);
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("has 1 option; a question needs at least two")),
                problems::toString);
    }

    @Test
    void outcomeWithoutCitationIsAnError() {
        onlyProblem("\"citations\": [{\"source\": \"case-1\"}]},\n    {\"kind\"",
                "\"citations\": []},\n    {\"kind\"", "[]}", Problem.Severity.ERROR, "cites no source");
    }

    @Test
    void missingTranslationIsReportedAtTheTextObject() {
        onlyProblem("{\"nl\": \"Mag niet\", \"en\": \"Not allowed\"}", "{\"nl\": \"Mag niet\"}",
                "{\"nl\": \"Mag niet\"}", Problem.Severity.ERROR, "missing translation");
    }

    @Test
    void emptyTranslationIsReported() {
        onlyProblem("\"en\": \"Not allowed\"", "\"en\": \" \"", "\" \"", Problem.Severity.ERROR,
                "missing translation");
    }

    @Test
    void notADateIsAnError() {
        onlyProblem("\"lawAsOf\": \"2026-11-22\"", "\"lawAsOf\": \"22-11-2026\"", "\"22-11-2026\"",
                Problem.Severity.ERROR, "which is not a date");
    }

    @Test
    void reviewDateInThePastIsAWarning() {
        Problem p = onlyProblem("\"lawAsOf\": \"2026-11-22\",\n  \"reviewBefore\": \"2027-11-21\"",
                "\"lawAsOf\": \"2025-11-22\",\n  \"reviewBefore\": \"2026-11-01\"", "\"2026-11-01\"",
                Problem.Severity.WARNING, "has passed");
        assertFalse(p.isError());
    }

    @Test
    void yesIfWithoutConditionsIsAnError() {
        onlyProblem("\"conditions\": [{\"nl\": \"U informeert de werknemer.\", \"en\": \"You inform the employee.\"}],",
                "", "\"yes-if\", \"certainty\"", Problem.Severity.ERROR, "lists no \"conditions\"");
    }

    @Test
    void unknownVerdictSuggestsTheNearMiss() {
        onlyProblem("\"verdict\": \"yes-if\"", "\"verdict\": \"yesif\"", "\"yesif\"", Problem.Severity.ERROR,
                "did you mean \"yes-if\"?");
    }

    @Test
    void unknownNodeKindIsNamed() {
        String text = Fixtures.demoText().replace("{\"kind\": \"outcome\", \"id\": \"depends\"",
                "{\"kind\": \"advice\", \"id\": \"depends\"");
        List<Problem> problems = problemsOf(text);
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("unknown node kind \"advice\"")),
                problems::toString);
    }

    @Test
    void badIdIsAnError() {
        onlyProblem("\"id\": \"demo\"", "\"id\": \"Demo Tree\"", "\"Demo Tree\"", Problem.Severity.ERROR,
                "is not a valid id");
    }

    @Test
    void unclearWithoutTwoViewsIsAnErrorAtTheVerdict() {
        String text = Fixtures.demoText();
        String secondView = ",\n       {\"holder\": {\"nl\": \"Rechter\", \"en\": \"Court\"}, \"position\": {\"nl\": \"Mag wel.\","
                + " \"en\": \"Allowed.\"},\n        \"citations\": [{\"source\": \"case-1\"}]}";
        assertTrue(text.contains(secondView));
        String changed = text.replace(secondView, "");
        List<Problem> problems = problemsOf(changed);
        assertEquals(1, problems.size(), problems::toString);
        Problem p = problems.get(0);
        assertEquals(Problem.Severity.ERROR, p.severity());
        assertTrue(p.message().contains("is unclear; give the views (\"views\", at least two)"), p::toString);
        Position verdict = Fixtures.positionOf(changed, "\"unclear\", \"certainty\": \"likely\",\n     \"title\": {\"nl\": \"Hangt");
        assertEquals(verdict.line(), p.line());
        assertEquals(verdict.column(), p.column());
    }

    @Test
    void verdictLabelsNeedEveryVerdictForBothRoles() {
        onlyProblem(", \"unclear\": {\"nl\": \"Dat hangt ervan af\", \"en\": \"It depends\"}}\n  },", "}\n  },",
                "{\"yes\": {\"nl\": \"Ja, u moet", Problem.Severity.ERROR,
                "the employee verdict labels have no label for \"unclear\"");
        String text = Fixtures.demoText();
        int start = text.indexOf(",\n    \"employee\": {\"yes\"");
        int end = text.indexOf("}}\n  },", start) + 2;
        String changed = text.substring(0, start) + text.substring(end);
        List<Problem> problems = problemsOf(changed);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).message().contains("\"verdictLabels\" has no labels for the employee"),
                problems::toString);
        assertEquals(Fixtures.positionOf(changed, "{\n    \"employer\": {\"yes\"").line(), problems.get(0).line());
    }

    @Test
    void emptyConditionsOrViewsAreAnErrorAtTheList() {
        onlyProblem("\"verdict\": \"no\",", "\"verdict\": \"no\", \"conditions\": [],", "[],", Problem.Severity.ERROR,
                "\"conditions\" in outcome \"not-allowed\" is an empty list");
        onlyProblem("\"verdict\": \"yes\",", "\"verdict\": \"yes\", \"views\": [ ],", "[ ],", Problem.Severity.ERROR,
                "\"views\" in outcome \"allowed\" is an empty list");
    }

    @Test
    void theVersionIsMajorMinorPatch() {
        onlyProblem("\"version\": \"1.0.0\"", "\"version\": \"1.0\"", "\"1.0\"", Problem.Severity.ERROR,
                "\"version\" is \"1.0\"; write it as MAJOR.MINOR.PATCH");
    }

    @Test
    void theSchemaReferenceIsAText() {
        onlyProblem("\"id\": \"demo\",", "\"$schema\": 5, \"id\": \"demo\",", "5, \"id\"", Problem.Severity.ERROR,
                "\"$schema\" in the tree must be a text in quotes, not a number");
    }

    @Test
    void everySourceNeedsASummaryInBothLanguages() throws Exception {
        Fixtures.folderWith(dir, Fixtures.demoText());
        String register = Fixtures.resource("sources.json")
                .replaceFirst("\n\\s*\"summary\": \\{\"nl\": \"De werkgever[^}]*},", "")
                .replace(", \"en\": \"Supreme Court, 3 March 2017: the written-form requirement applies strictly.\"",
                        "");
        Files.writeString(dir.resolve("sources.json"), register);
        List<Problem> problems = Fixtures.load(dir).problems();
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("sources.json")
                && p.message().contains("\"summary\"") && p.message().contains("source 1")
                && p.line() == Fixtures.positionOf(register, "{\"id\": \"law-1\"").line()), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("missing translation")
                && p.message().contains("\"summary\" in source 2") && p.message().contains("English")
                && p.line() == Fixtures.positionOf(register, "\"summary\": {\"nl\": \"Hoge Raad").line()),
                problems::toString);
    }

    @Test
    void nonHttpsAndUnlistedLinksAreRefusedInTheRegister() throws Exception {
        Fixtures.folderWith(dir, Fixtures.demoText());
        String register = Fixtures.resource("sources.json")
                .replace("https://wetten.overheid.nl/", "http://wetten.overheid.nl/")
                .replace("https://autoriteitpersoonsgegevens.nl/", "https://example.com/");
        Files.writeString(dir.resolve("sources.json"), register);
        List<Problem> problems = Fixtures.load(dir).problems();
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("sources.json")
                && p.message().contains("must start with https://")
                && p.line() == Fixtures.positionOf(register, "\"http://").line()), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("example.com, which is not on the allow-list")),
                problems::toString);
    }

    @Test
    void duplicateTreeIdsAcrossFilesAreAnError() throws Exception {
        Fixtures.folderWith(dir, Fixtures.demoText());
        Files.writeString(dir.resolve("other.json"), Fixtures.demoText());
        TreeLibrary library = Fixtures.load(dir);
        assertTrue(library.problems().stream().anyMatch(p -> p.file().endsWith("other.json")
                && p.message().contains("duplicate tree id \"demo\"")), library.problems()::toString);
        assertEquals(1, library.trees().size(), "the first tree stays usable");
    }

    @Test
    void allProblemsAreReportedAtOnce() {
        String text = Fixtures.demoText().replace("\"wyh\"", "x").replace("\"why\": {", "\"wyh\": {")
                .replace("\"next\": \"allowed-if\"", "\"next\": \"nowhere\"")
                .replace("{\"nl\": \"Mag niet\", \"en\": \"Not allowed\"}", "{\"nl\": \"Mag niet\"}");
        // the unknown field, the missing translation and the missing node; reachability is not judged while a
        // node could not be read (it might be the one that links the rest)
        assertEquals(3, problemsOf(text).size(), () -> problemsOf(text).toString());
    }

    @Test
    void aBrokenTreeLeavesTheOthersUsable() throws Exception {
        Fixtures.folderWith(dir, Fixtures.demoText());
        Files.writeString(dir.resolve("broken.json"), "{\"id\": ");
        TreeLibrary library = Fixtures.load(dir);
        assertEquals(List.of("demo"), library.trees().stream().map(Tree::id).toList());
        assertTrue(library.hasErrors());
        assertTrue(library.errors().get(0).file().endsWith("broken.json"));
    }

    @Test
    void goodNewsIsReadPerRole() {
        String start = startLine();
        TreeLibrary library = Fixtures.load(Fixtures.folderWith(dir, Fixtures.demoText().replace(start,
                start + "\n  \"goodNews\": {\"employer\": [\"yes\"], \"employee\": [\"no\", \"unclear\"]},")));
        assertEquals(List.of(), library.problems());
        Tree tree = library.trees().get(0);
        assertEquals(Tree.Tidings.GOOD, tree.tidings(Role.EMPLOYEE, Verdict.NO));
        assertEquals(Tree.Tidings.GOOD, tree.tidings(Role.EMPLOYEE, Verdict.UNCLEAR));
        assertEquals(Tree.Tidings.BAD, tree.tidings(Role.EMPLOYEE, Verdict.YES));
        assertEquals(Tree.Tidings.NEUTRAL, tree.tidings(Role.EMPLOYEE, Verdict.YES_IF));
        assertEquals(Tree.Tidings.BAD, tree.tidings(Role.EMPLOYER, Verdict.NO));
        Tree without = Fixtures.load(Fixtures.folderWith(dir, Fixtures.demoText())).trees().get(0);
        assertEquals(Tree.Tidings.NEUTRAL, without.tidings(Role.EMPLOYEE, Verdict.NO), "the tree does not say");
    }

    @Test
    void goodNewsThatIsNoVerdictIsReportedWhereItStands() {
        String start = startLine();
        onlyProblem(start, start + "\n  \"goodNews\": {\"employee\": [\"maybe\"]},", "\"maybe\"",
                Problem.Severity.ERROR, "must be verdicts; use yes, yes-if, no or unclear");
    }

    private static String startLine() {
        return Fixtures.demoText().lines().filter(l -> l.strip().startsWith("\"start\"")).findFirst().orElseThrow();
    }
}
