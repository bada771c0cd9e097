package nl.profielwijzer.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.profielwijzer.Fixtures;
import nl.profielwijzer.tree.json.Position;

/**
 * The format fields of ADR 0007 as the reader sees them: role variants, certainty, unknown options, shared
 * facts, resolving conditions, history, and where a judgment stands. Each bad input is reported at its line
 * and column.
 */
class FormatFieldsTest {
    @TempDir
    Path dir;

    private static final String DEMO_TITLE = "\"title\": {\"nl\": \"Mag\", \"en\": \"Allowed\"},";

    private TreeLibrary load(String treeText) {
        return Fixtures.load(Fixtures.folderWith(dir, treeText));
    }

    private Problem onlyProblem(TreeLibrary library) {
        assertEquals(1, library.problems().size(), () -> "expected one problem, got " + library.problems());
        return library.problems().get(0);
    }

    private static void assertAt(String text, String needle, Problem p) {
        Position expected = Fixtures.positionOf(text, needle);
        assertEquals(expected.line(), p.line(), () -> "line of " + p);
        assertEquals(expected.column(), p.column(), () -> "column of " + p);
    }

    @Test
    void roleVariantsAreReadBesideTheNeutralText() {
        String text = Fixtures.demoText().replace(DEMO_TITLE, "\"title\": {\"nl\": \"Mag\", \"en\": \"Allowed\","
                + " \"employer\": {\"nl\": \"U mag\", \"en\": \"You may\"},"
                + " \"employee\": {\"nl\": \"Het mag\", \"en\": \"Your employer may\"}},");
        TreeLibrary library = load(text);
        assertEquals(List.of(), library.problems());
        Outcome allowed = (Outcome) library.tree("demo").orElseThrow().node("allowed").orElseThrow();
        assertEquals("You may", allowed.title().in(Language.EN, Role.EMPLOYER));
        assertEquals("Het mag", allowed.title().in(Language.NL, Role.EMPLOYEE));
        assertEquals("Allowed", allowed.title().in(Language.EN));
        Outcome notAllowed = (Outcome) library.tree("demo").orElseThrow().node("not-allowed").orElseThrow();
        assertEquals("Mag niet", notAllowed.title().in(Language.NL, Role.EMPLOYER), "no variant: the neutral text");
    }

    @Test
    void halfARolePairIsAnErrorAtTheVariant() {
        String text = Fixtures.demoText().replace(DEMO_TITLE, "\"title\": {\"nl\": \"Mag\", \"en\": \"Allowed\","
                + " \"employer\": {\"nl\": \"U mag\", \"en\": \"You may\"}},");
        Problem p = onlyProblem(load(text));
        assertTrue(p.message().contains("role variants come in pairs"), p::toString);
        assertAt(text, "{\"nl\": \"U mag\"", p);
    }

    @Test
    void aRoleVariantNeedsBothLanguages() {
        String text = Fixtures.demoText().replace(DEMO_TITLE, "\"title\": {\"nl\": \"Mag\", \"en\": \"Allowed\","
                + " \"employer\": {\"nl\": \"U mag\"}, \"employee\": {\"nl\": \"Het mag\", \"en\": \"It may\"}},");
        Problem p = onlyProblem(load(text));
        assertTrue(p.message().contains("no English text"), p::toString);
        assertAt(text, "{\"nl\": \"U mag\"}", p);
    }

    @Test
    void certaintyIsRequiredAndClosed() {
        String missing = Fixtures.demoText().replace("\"id\": \"allowed\", \"verdict\": \"yes\", \"certainty\":"
                + " \"settled\"", "\"id\": \"allowed\", \"verdict\": \"yes\"");
        Problem p = onlyProblem(load(missing));
        assertTrue(p.message().contains("missing the field \"certainty\""), p::toString);
        assertAt(missing, "{\"kind\": \"outcome\", \"id\": \"allowed\"", p);

        String wrong = Fixtures.demoText().replace("\"id\": \"allowed\", \"verdict\": \"yes\", \"certainty\":"
                + " \"settled\"", "\"id\": \"allowed\", \"verdict\": \"yes\", \"certainty\": \"setled\"");
        Problem q = onlyProblem(load(wrong));
        assertTrue(q.message().contains("did you mean \"settled\"?"), q::toString);
        assertAt(wrong, "\"setled\"", q);
    }

    @Test
    void unknownOptionsAreMarkedAndMustBeTrueOrFalse() {
        Tree demo = Fixtures.demo(dir);
        assertTrue(demo.question("needed").orElseThrow().option("unsure").orElseThrow().unknown());
        assertFalse(demo.question("needed").orElseThrow().option("yes").orElseThrow().unknown());

        String text = Fixtures.demoText().replace("\"unknown\": true", "\"unknown\": \"yes\"");
        Problem p = onlyProblem(load(text));
        assertTrue(p.message().contains("must be true or false"), p::toString);
        assertAt(text, "\"yes\", \"next\": \"depends\"", p);
    }

    @Test
    void conditionsMayResolveAQuestionAndMustNameOne() {
        String resolving = Fixtures.demoText().replace("{\"nl\": \"U informeert de werknemer.\", \"en\": \"You inform"
                + " the employee.\"}", "{\"nl\": \"U informeert de werknemer.\", \"en\": \"You inform the employee.\","
                + " \"resolves\": \"needed\"}");
        TreeLibrary library = load(resolving);
        assertEquals(List.of(), library.problems());
        Outcome allowedIf = (Outcome) library.tree("demo").orElseThrow().node("allowed-if").orElseThrow();
        assertEquals("needed", allowedIf.conditions().get(0).resolves());

        String dangling = resolving.replace("\"resolves\": \"needed\"", "\"resolves\": \"neded\"");
        Problem p = onlyProblem(load(dangling));
        assertTrue(p.message().contains("is not a question of this tree; did you mean \"needed\"?"), p::toString);
        assertAt(dangling, "\"neded\"", p);
    }

    @Test
    void historyIsReadAndItsSourcesMustExist() {
        String text = Fixtures.demoText().replace("\"citations\": [{\"source\": \"law-1\"}]},",
                "\"citations\": [{\"source\": \"law-1\"}], \"history\": [{\"judgment\": \"case-2\"}]},");
        Problem p = onlyProblem(load(text));
        assertTrue(p.message().contains("cites \"case-2\", which is not in the source register"), p::toString);
        assertAt(text, "\"case-2\"", p);
    }

    @Test
    void aQuestionNamesAFactFromFactsJson() throws IOException {
        Files.writeString(dir.resolve("facts.json"), "{\"facts\": [{\"id\": \"client-facing\","
                + " \"text\": {\"nl\": \"Klantcontact?\", \"en\": \"Client contact?\"},"
                + " \"options\": [{\"id\": \"yes\", \"label\": {\"nl\": \"Ja\", \"en\": \"Yes\"}},"
                + " {\"id\": \"no\", \"label\": {\"nl\": \"Nee\", \"en\": \"No\"}}]}]}");
        String text = Fixtures.demoText().replace("\"id\": \"client\",", "\"id\": \"client\", \"fact\": \"client-facing\",");
        Files.writeString(dir.resolve("demo.json"), text);
        Files.writeString(dir.resolve("sources.json"), Fixtures.resource("sources.json"));
        TreeLibrary library = Fixtures.load(dir);
        assertEquals(List.of(), library.problems());
        assertEquals(List.of("yes", "no"), library.fact("client-facing").orElseThrow().optionIds());
        assertEquals("client-facing", library.tree("demo").orElseThrow().question("client").orElseThrow().fact());

        String unknownFact = text.replace("\"fact\": \"client-facing\"", "\"fact\": \"client-facng\"");
        Files.writeString(dir.resolve("demo.json"), unknownFact);
        Problem p = onlyProblem(Fixtures.load(dir));
        assertTrue(p.message().contains("not in facts.json; did you mean \"client-facing\"?"), p::toString);
        assertAt(unknownFact, "\"client-facng\"", p);
    }

    private String registerWith(String caseEntry) {
        return Fixtures.resource("sources.json").replace("{\"id\": \"case-1\"", caseEntry + ",\n    {\"id\": \"case-1\"");
    }

    private TreeLibrary loadRegister(String register) throws IOException {
        Fixtures.folderWith(dir, Fixtures.demoText());
        Files.writeString(dir.resolve("sources.json"), register);
        return Fixtures.load(dir);
    }

    @Test
    void aJudgmentSaysWhereItStands() throws IOException {
        TreeLibrary library = loadRegister(registerWith("{\"id\": \"case-0\", \"kind\": \"case-law\","
                + " \"court\": \"Ktr. Groningen\", \"decided\": \"2012-10\", \"standing\": \"set-aside\","
                + " \"laterRulings\": [\"case-1\"], \"label\": \"ECLI:NL:RBGRO:2012:3726\","
                + " \"title\": {\"nl\": \"a\", \"en\": \"b\"}, \"summary\": {\"nl\": \"c\", \"en\": \"d\"},"
                + " \"knownFrom\": \"report\","
                + " \"url\": \"https://uitspraken.rechtspraak.nl/inziendocument?id=ECLI:NL:RBGRO:2012:3726\"}"));
        assertEquals(List.of(), library.problems());
        Source source = library.source("case-0").orElseThrow();
        assertEquals(new Judgment("Ktr. Groningen", "2012-10", Standing.SET_ASIDE, List.of("case-1")),
                source.judgment());
        assertEquals(KnownFrom.REPORT, source.knownFrom());
        assertEquals(KnownFrom.TEXT, library.source("law-1").orElseThrow().knownFrom(), "the default");
    }

    @Test
    void aJudgmentWithoutStandingIsAnError() throws IOException {
        String register = Fixtures.resource("sources.json").replace("\"standing\": \"final\",", "");
        Problem p = onlyProblem(loadRegister(register));
        assertTrue(p.message().contains("missing the field \"standing\""), p::toString);
        assertAt(register, "{\"id\": \"case-1\"", p);
    }

    @Test
    void aSetAsideJudgmentNamesTheRulingThatReplacedIt() throws IOException {
        String register = Fixtures.resource("sources.json").replace("\"standing\": \"final\"", "\"standing\": \"overtaken\"");
        Problem p = onlyProblem(loadRegister(register));
        assertTrue(p.message().contains("is \"overtaken\" but names no \"laterRulings\""), p::toString);
        assertAt(register, "\"overtaken\"", p);
    }

    @Test
    void aLaterRulingMustBeInTheRegister() throws IOException {
        String register = Fixtures.resource("sources.json").replace("\"standing\": \"final\"",
                "\"standing\": \"final\", \"laterRulings\": [\"case-9\"]");
        Problem p = onlyProblem(loadRegister(register));
        assertTrue(p.message().contains("names \"case-9\", which is not in the source register"), p::toString);
        assertAt(register, "\"case-9\"", p);
    }

    @Test
    void aDecisionDateIsADate() throws IOException {
        String register = Fixtures.resource("sources.json").replace("\"2017-03-03\"", "\"3-3-2017\"");
        Problem p = onlyProblem(loadRegister(register));
        assertTrue(p.message().contains("write the date of the ruling as YYYY-MM-DD"), p::toString);
        assertAt(register, "\"3-3-2017\"", p);
    }

    @Test
    void onlyJudgmentsHaveAStanding() throws IOException {
        String register = Fixtures.resource("sources.json").replace("\"kind\": \"statute\",",
                "\"kind\": \"statute\", \"standing\": \"final\",");
        Problem p = onlyProblem(loadRegister(register));
        assertTrue(p.message().contains("belongs to judgments only"), p::toString);
        assertAt(register, "\"final\",", p);
    }
}
