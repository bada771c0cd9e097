package nl.profielwijzer.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import nl.profielwijzer.tree.Language;

class ReportTextTest {
    @Test
    void dutchAndEnglishHaveTheSameKeys() {
        Set<String> nl = new TreeSet<>(ReportText.bundle(Language.NL).keySet());
        Set<String> en = new TreeSet<>(ReportText.bundle(Language.EN).keySet());
        assertEquals(nl, en);
    }

    @Test
    void aMissingKeyShowsItselfInsteadOfFailing() {
        assertEquals("<no.such.key>", ReportText.get(Language.EN, "no.such.key"));
    }
}
