package nl.profielwijzer.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.profielwijzer.Fixtures;
import nl.profielwijzer.tree.json.Position;

/**
 * One test per legal-integrity rule ({@link IntegrityRules}, ADR 0007), each on a variant of the demo fixture and
 * each checking the line and column of the error. (Role variants come in pairs: see
 * {@link FormatFieldsTest#halfARolePairIsAnErrorAtTheVariant()}.)
 */
class IntegrityRulesTest {
    @TempDir
    Path dir;

    /** The demo register plus judgments and reports in every standing the rules care about. */
    private static final String EXTRA_SOURCES = """
                {"id": "first-instance", "kind": "case-law", "court": "Ktr. Groningen", "decided": "2013-04-24",
                 "standing": "set-aside", "laterRulings": ["appeal"], "label": "Ktr. Groningen 24 april 2013",
                 "title": {"nl": "Eerste aanleg", "en": "First instance"},
                 "summary": {"nl": "Samenvatting.", "en": "Summary."},
                 "url": "https://uitspraken.rechtspraak.nl/inziendocument?id=ECLI:NL:RBGRO:2012:3726"},
                {"id": "appeal", "kind": "case-law", "court": "Hof Arnhem-Leeuwarden", "decided": "2014-06-10",
                 "standing": "final", "label": "ECLI:NL:GHARL:2014:4690",
                 "title": {"nl": "Hoger beroep", "en": "Appeal"},
                 "summary": {"nl": "Samenvatting.", "en": "Summary."},
                 "url": "https://uitspraken.rechtspraak.nl/inziendocument?id=ECLI:NL:GHARL:2014:4690"},
                {"id": "kort-geding", "kind": "case-law", "court": "Rb Arnhem (vzr.)", "decided": "2011-03-08",
                 "standing": "interim", "label": "ECLI:NL:RBARN:2011:BP8592",
                 "title": {"nl": "Kort geding", "en": "Interim relief"},
                 "summary": {"nl": "Samenvatting.", "en": "Summary."},
                 "url": "https://uitspraken.rechtspraak.nl/inziendocument?id=ECLI:NL:RBARN:2011:BP8592"},
                {"id": "news", "kind": "literature", "label": "Nieuwsbericht", "knownFrom": "report",
                 "title": {"nl": "Nieuws over een vonnis", "en": "News about a judgment"},
                 "summary": {"nl": "Samenvatting.", "en": "Summary."},
                 "url": "https://www.mr-online.nl/mag-je-nog-feliciteren-op-linkedin-grenzen-van-het-relatiebeding-getest"},
                {"id": "reported-ruling", "kind": "case-law", "court": "Rb Midden-Nederland", "decided": "2018-03-06",
                 "standing": "final", "knownFrom": "report", "label": "ECLI:NL:RBMNE:2018:2076",
                 "title": {"nl": "Vonnis uit een blog", "en": "Judgment known from a blog"},
                 "summary": {"nl": "Samenvatting.", "en": "Summary."},
                 "url": "https://uitspraken.rechtspraak.nl/inziendocument?id=ECLI:NL:RBMNE:2018:2076"},
            """;

    private static final String NOT_ALLOWED_CITES = "\"citations\": [{\"source\": \"case-1\"}]},\n    {\"kind\":"
            + " \"outcome\", \"id\": \"depends\"";

    private List<Problem> problemsOf(String treeText) {
        try {
            Fixtures.folderWith(dir, treeText);
            String register = Fixtures.resource("sources.json").replace("\"sources\": [",
                    "\"sources\": [\n" + EXTRA_SOURCES);
            Files.writeString(dir.resolve("sources.json"), register);
            return Fixtures.load(dir).problems();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces {@code from} by {@code to} in the demo tree and expects exactly one error whose message contains the
     * first message part, at {@code at}, with all the message parts. (Other problems that follow from the change,
     * such as a node that is no longer reached, are another rule's business.)
     */
    private Problem onlyError(String from, String to, String at, String... messageParts) {
        String text = Fixtures.demoText();
        assertTrue(text.contains(from), () -> "fixture contains " + from);
        String changed = text.replace(from, to);
        List<Problem> problems = problemsOf(changed).stream().filter(p -> p.message().contains(messageParts[0]))
                .toList();
        assertEquals(1, problems.size(), () -> "expected one problem with " + messageParts[0] + ", got "
                + problemsOf(changed));
        Problem p = problems.get(0);
        assertTrue(p.isError(), p::toString);
        Position expected = Fixtures.positionOf(changed, at);
        assertEquals(expected.line(), p.line(), () -> "line of " + p);
        assertEquals(expected.column(), p.column(), () -> "column of " + p);
        for (String part : messageParts) {
            assertTrue(p.message().contains(part), () -> "message of " + p + " contains " + part);
        }
        return p;
    }

    private void noProblems(String from, String to) {
        String text = Fixtures.demoText();
        assertTrue(text.contains(from), () -> "fixture contains " + from);
        assertEquals(List.of(), problemsOf(text.replace(from, to)));
    }

    @Test
    void theExtraRegisterEntriesAreValid() {
        assertEquals(List.of(), problemsOf(Fixtures.demoText()));
    }

    // Rule 1: a set-aside or overtaken judgment is never support.

    @Test
    void aSetAsideJudgmentCitedAsSupportIsAnErrorNamingTheRulingThatReplacedIt() {
        onlyError(NOT_ALLOWED_CITES, NOT_ALLOWED_CITES.replace("case-1", "first-instance"), "\"first-instance\"",
                "outcome \"not-allowed\" cites \"first-instance\" (Ktr. Groningen 24 april 2013)",
                "its standing is \"set-aside\"", "replaced by \"appeal\" (ECLI:NL:GHARL:2014:4690)",
                "only in \"history\"");
    }

    @Test
    void aSetAsideJudgmentCitedByAViewIsAnErrorToo() {
        onlyError("\"position\": {\"nl\": \"Mag wel.\", \"en\": \"Allowed.\"},\n        \"citations\": [{\"source\":"
                + " \"case-1\"}]", "\"position\": {\"nl\": \"Mag wel.\", \"en\": \"Allowed.\"},\n        \"citations\":"
                + " [{\"source\": \"first-instance\"}]", "\"first-instance\"",
                "view 2 of outcome \"depends\" cites \"first-instance\"", "\"set-aside\"");
    }

    @Test
    void aSetAsideJudgmentMayAppearAsHistory() {
        noProblems(NOT_ALLOWED_CITES, NOT_ALLOWED_CITES.replace("[{\"source\": \"case-1\"}]}",
                "[{\"source\": \"case-1\"}], \"history\": [{\"judgment\": \"first-instance\"}]}"));
    }

    // Rule 2: settled only with firm support.

    @Test
    void aSettledOutcomeRestingOnlyOnANewsReportIsAnError() {
        onlyError(NOT_ALLOWED_CITES, NOT_ALLOWED_CITES.replace("case-1", "news"),
                "\"settled\",\n     \"title\": {\"nl\": \"Mag niet\"",
                "outcome \"not-allowed\" is \"settled\", but none of its sources is firm support",
                "\"news\" (known only from a report)", "Make it \"likely\"");
    }

    @Test
    void aSettledOutcomeRestingOnlyOnAnInterimRulingOrAReportedJudgmentIsAnError() {
        onlyError(NOT_ALLOWED_CITES, NOT_ALLOWED_CITES.replace("[{\"source\": \"case-1\"}]",
                "[{\"source\": \"kort-geding\"}, {\"source\": \"reported-ruling\"}]"),
                "\"settled\",\n     \"title\": {\"nl\": \"Mag niet\"", "is \"settled\", but none",
                "\"kort-geding\" (judgment with standing \"interim\"), \"reported-ruling\" (known only from a report)");
    }

    @Test
    void aLikelyOutcomeMayRestOnWeakSupportAndOneFirmSourceIsEnoughForSettled() {
        String weak = NOT_ALLOWED_CITES.replace("case-1", "kort-geding");
        String text = Fixtures.demoText().replace(NOT_ALLOWED_CITES, weak).replace(
                "\"id\": \"not-allowed\", \"verdict\": \"no\", \"certainty\": \"settled\"",
                "\"id\": \"not-allowed\", \"verdict\": \"no\", \"certainty\": \"likely\"");
        assertEquals(List.of(), problemsOf(text));
        noProblems(NOT_ALLOWED_CITES, NOT_ALLOWED_CITES.replace("[{\"source\": \"case-1\"}]",
                "[{\"source\": \"news\"}, {\"source\": \"case-1\"}]"));
    }

    // Rule 3: the banner is never stronger than the text.

    @Test
    void aSettledOutcomeWhoseTitleHedgesIsAnError() {
        onlyError("\"title\": {\"nl\": \"Mag niet\", \"en\": \"Not allowed\"}",
                "\"title\": {\"nl\": \"Mag waarschijnlijk niet\", \"en\": \"Probably not allowed\"}",
                "{\"nl\": \"Mag waarschijnlijk niet\"", "outcome \"not-allowed\" is \"settled\"",
                "\"probably\", \"waarschijnlijk\"", "make the outcome \"likely\"");
    }

    @Test
    void aHedgeInARoleVariantOfTheTitleCountsToo() {
        onlyError("\"title\": {\"nl\": \"Mag niet\", \"en\": \"Not allowed\"}",
                "\"title\": {\"nl\": \"Mag niet\", \"en\": \"Not allowed\", \"employer\": {\"nl\": \"U mag het niet\","
                        + " \"en\": \"You may not\"}, \"employee\": {\"nl\": \"Het mag niet\", \"en\": \"Your employer is"
                        + " likely not allowed\"}}",
                "{\"nl\": \"Mag niet\", \"en\": \"Not allowed\", \"employer\"", "\"likely\"");
    }

    // Rule 4: "I don't know" is a fact too.

    @Test
    void anUnknownOptionThatCanEndInAPlainYesIsAnError() {
        onlyError("\"unknown\": true, \"next\": \"depends\"", "\"unknown\": true, \"next\": \"allowed\"",
                "true, \"next\": \"allowed\"", "the \"I don't know\" option \"unsure\" of question \"needed\" can end"
                        + " in a plain yes (\"allowed\")");
    }

    @Test
    void anUnknownOptionThatCanEndInYesIfNeedsAConditionResolvingItsQuestion() {
        onlyError("\"unknown\": true, \"next\": \"depends\"", "\"unknown\": true, \"next\": \"allowed-if\"",
                "true, \"next\": \"allowed-if\"", "can end in yes-if (\"allowed-if\") without a condition that"
                        + " resolves \"needed\"");
    }

    @Test
    void aYesIfWhoseConditionResolvesTheOpenFactIsAllowed() {
        String text = Fixtures.demoText().replace("\"unknown\": true, \"next\": \"depends\"",
                "\"unknown\": true, \"next\": \"allowed-if\"").replace("\"You inform the employee.\"}",
                "\"You inform the employee.\", \"resolves\": \"needed\"}");
        List<Problem> problems = problemsOf(text);
        // "depends" is now reached by no option; that is the only problem left
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).message().contains("cannot be reached"), problems::toString);
    }

    @Test
    void theWalkFromAnUnknownOptionLooksThroughLaterQuestions() {
        // client's "no" becomes "I don't know" and leads into "needed", whose "yes" ends in a plain yes
        onlyError("{\"id\": \"no\", \"label\": {\"nl\": \"Nee\", \"en\": \"No\"}, \"next\": \"not-allowed\"}",
                "{\"id\": \"no\", \"label\": {\"nl\": \"Nee\", \"en\": \"No\"}, \"unknown\": true, \"next\": \"needed\"}",
                "true, \"next\": \"needed\"", "option \"no\" of question \"client\" can end in a plain yes");
    }

    // Rule 5: shared facts are asked with the fact's option ids.

    @Test
    void aQuestionWithAFactHasExactlyTheFactsOptionIds() throws IOException {
        String facts = "{\"facts\": [{\"id\": \"needed-for-job\", \"text\": {\"nl\": \"Nodig?\", \"en\": \"Needed?\"},"
                + " \"options\": [{\"id\": \"yes\", \"label\": {\"nl\": \"Ja\", \"en\": \"Yes\"}},"
                + " {\"id\": \"no\", \"label\": {\"nl\": \"Nee\", \"en\": \"No\"}},"
                + " {\"id\": \"unknown\", \"label\": {\"nl\": \"Weet ik niet\", \"en\": \"I don't know\"}}]}]}";
        Files.writeString(dir.resolve("facts.json"), facts);
        Problem p = onlyError("\"id\": \"needed\",", "\"id\": \"needed\", \"fact\": \"needed-for-job\",",
                "\"needed-for-job\"", "question \"needed\" asks the shared fact \"needed-for-job\", whose options are"
                        + " \"yes\", \"no\", \"unknown\"", "missing here: \"no\", \"unknown\"",
                "not in the fact: \"partly\", \"unsure\"");
        assertTrue(p.file().endsWith("demo.json"));
    }
}
