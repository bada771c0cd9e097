package nl.profielwijzer.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import nl.profielwijzer.engine.Consultation;
import nl.profielwijzer.tree.Certainty;
import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.TreeLibrary;
import nl.profielwijzer.tree.TreeLibraryLoader;

/**
 * What a reader sees of ADR 0007 in the advice built from the bundled trees: the banner follows verdict and
 * certainty, a judgment that is not final says so in words, and a judgment named only as history is shown apart
 * from the sources. The screen, the PDF and the copied text all render the same {@link AdviceReport}.
 */
class StandingShownTest {
    private static final TreeLibrary BUNDLED = new TreeLibraryLoader().loadBundled();

    /** Targeted monitoring with a concrete suspicion: cites an appealed judgment; Weisz (overtaken) is history. */
    private static AdviceReport targeted(Language language, Role role) {
        Consultation c = Consultation.withAnswers(BUNDLED.tree("social-media-at-work").orElseThrow(),
                Map.of("topic", "monitor", "monitor-type", "targeted", "targeted-what", "work", "suspicion", "yes"));
        assertEquals("monitor-targeted-suspicion", c.outcome().orElseThrow().id());
        return AdviceReport.of(c, BUNDLED.sources(), role, language, Fixtures.NOW);
    }

    private static AdviceReport.Reference cited(AdviceReport r, String sourceId) {
        return r.citations().stream().filter(c -> c.sourceId().equals(sourceId)).findFirst()
                .orElseThrow(() -> new AssertionError(sourceId + " not cited in " + r.citations()));
    }

    @Test
    void theBannerFollowsVerdictAndCertaintyForTheRole() {
        AdviceReport nl = targeted(Language.NL, Role.EMPLOYER);
        assertEquals(Certainty.LIKELY, nl.certainty());
        assertEquals("Waarschijnlijk wel, maar alleen onder voorwaarden", nl.verdictLabel());
        assertEquals("Probably only under conditions", targeted(Language.EN, Role.EMPLOYEE).verdictLabel());
    }

    @Test
    void anAppealedJudgmentSaysSoInWordsAndAFinalOneDoesNot() {
        AdviceReport nl = targeted(Language.NL, Role.EMPLOYEE);
        AdviceReport.Reference appealed = cited(nl, "ecli-rbmne-2021-6071");
        assertEquals("appealed", appealed.standing());
        assertEquals("Rb Midden-Nederland", appealed.court());
        assertEquals("2021-12-16", appealed.decided());
        assertEquals("hoger beroep ingesteld (ECLI:NL:GHARL:2022:6203); uitkomst onbekend", appealed.standingNote());
        assertEquals("appealed (ECLI:NL:GHARL:2022:6203); outcome unknown",
                cited(targeted(Language.EN, Role.EMPLOYEE), "ecli-rbmne-2021-6071").standingNote());

        AdviceReport.Reference barbulescu = cited(nl, "echr-barbulescu");
        assertEquals("final", barbulescu.standing());
        assertNull(barbulescu.standingNote());
        AdviceReport.Reference statute = cited(nl, "avg");
        assertNull(statute.standing());
        assertNull(statute.standingNote());
        assertEquals("alleen bekend uit een verslag (blog of nieuws), niet uit de uitspraak zelf",
                cited(nl, "ecli-rbdha-2022-257").standingNote());
    }

    @Test
    void anOvertakenJudgmentIsHistoryNotSupport() {
        AdviceReport en = targeted(Language.EN, Role.EMPLOYER);
        assertTrue(en.citations().stream().noneMatch(c -> c.sourceId().equals("ecli-rbams-2014-2751")));
        assertEquals(1, en.history().size());
        AdviceReport.Reference weisz = en.history().get(0);
        assertEquals("overtaken", weisz.standing());
        assertEquals("overtaken: decided otherwise later in the same case (ECLI:NL:RBAMS:2015:35)",
                weisz.standingNote());
    }

    @Test
    void anInterimReliefRulingIsNamedAsSuch() {
        Consultation c = Consultation.withAnswers(BUNDLED.tree("linkedin").orElseThrow(),
                Map.of("request", "after", "after-account", "private", "after-agreement", "settlement"));
        AdviceReport r = AdviceReport.of(c, BUNDLED.sources(), Role.EMPLOYEE, Language.NL, Fixtures.NOW);
        assertEquals("voorlopig oordeel in kort geding", cited(r, "ecli-rbarn-2011-bp8592").standingNote());
    }

    @Test
    void theCopiedTextShowsCertaintyStandingAndHistory() {
        String text = TextReport.render(targeted(Language.NL, Role.EMPLOYER));
        assertTrue(text.contains("## Uitkomst: Waarschijnlijk wel, maar alleen onder voorwaarden"), text);
        assertTrue(text.contains("Let op: dit is de waarschijnlijke uitkomst."), text);
        assertTrue(text.contains("ECLI:NL:RBMNE:2021:6071 (**hoger beroep ingesteld (ECLI:NL:GHARL:2022:6203);"
                + " uitkomst onbekend**)"), text);
        int history = text.indexOf("## Geschiedenis (geen steun voor deze uitkomst)");
        assertTrue(history > text.indexOf("## Bronnen"), text);
        assertTrue(text.indexOf("ECLI:NL:RBAMS:2014:2751 (**achterhaald") > history, text);
    }

    @Test
    void thePdfShowsCertaintyStandingAndHistory() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(AdvicePdf.bytes(targeted(Language.EN, Role.EMPLOYEE)))) {
            String text = PdfCheck.normalize(PdfCheck.text(pdf));
            assertTrue(text.contains("Probably only under conditions"), text);
            assertTrue(text.contains("Note: this is the likely outcome."), text);
            assertTrue(text.contains("appealed (ECLI:NL:GHARL:2022:6203); outcome unknown"), text);
            assertTrue(text.contains("History (not support for this outcome)"), text);
            assertTrue(text.contains("overtaken: decided otherwise later in the same case (ECLI:NL:RBAMS:2015:35)"),
                    text);
        }
    }

    @Test
    void aSettledOutcomeHasAFirmBannerAndNoNote() {
        Consultation c = Consultation.withAnswers(BUNDLED.tree("linkedin").orElseThrow(),
                Map.of("request", "password", "password-account", "private"));
        AdviceReport r = AdviceReport.of(c, BUNDLED.sources(), Role.EMPLOYER, Language.NL, Fixtures.NOW);
        assertEquals(Certainty.SETTLED, r.certainty());
        assertEquals("Nee, dat mag u niet eisen", r.verdictLabel());
        assertTrue(!TextReport.render(r).contains("waarschijnlijke uitkomst"));
    }
}
