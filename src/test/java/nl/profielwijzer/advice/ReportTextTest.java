package nl.profielwijzer.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import nl.profielwijzer.tree.Language;

/** Fixed wording: a key missing in one language shows as {@code <key>} in that language, never in the other. */
class ReportTextTest {
    @Test
    void aMissingKeyShowsItselfInsteadOfFailing() {
        assertEquals("<no.such.key>", ReportText.get(Language.EN, "no.such.key"));
        assertEquals("<no.such.key>", ReportText.get(Language.NL, "no.such.key"));
    }

    @Test
    void aKeyMissingInEnglishShowsAsTheKeyNotInDutch() {
        Wording wording = new Wording("nl/profielwijzer/advice/wording-test");
        assertEquals("Both", wording.get(Language.EN, "both"));
        assertEquals("Alleen Nederlands", wording.get(Language.NL, "only.dutch"));
        assertEquals("<only.dutch>", wording.get(Language.EN, "only.dutch"));
    }

    @Test
    void theReportWordingIsReadInBothLanguages() {
        assertEquals("Advies van Profielwijzer", ReportText.get(Language.NL, "report.heading"));
        assertEquals("Advice from Profielwijzer", ReportText.get(Language.EN, "report.heading"));
    }
}
