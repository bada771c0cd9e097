package nl.profielwijzer.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.TreeLibrary;
import nl.profielwijzer.tree.TreeLibraryLoader;

/** The advice and review PDFs are valid PDF/UA-1, checked by veraPDF. */
class PdfUaTest {
    private static final TreeLibrary BUNDLED = new TreeLibraryLoader().loadBundled();

    private static void assertPdfUa(byte[] pdf) throws Exception {
        List<String> problems = PdfUa.problems(pdf);
        assertTrue(problems.isEmpty(), "veraPDF PDF/UA-1:\n" + String.join("\n", problems));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void anAdviceWithConditionsIsPdfUa(Language language) throws Exception {
        assertPdfUa(AdvicePdf.bytes(Fixtures.report(language, Role.EMPLOYER, "client=yes", "needed=partly")));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void anAdviceWithDifferingViewsIsPdfUa(Language language) throws Exception {
        assertPdfUa(AdvicePdf.bytes(Fixtures.report(language, Role.EMPLOYEE, "client=yes", "needed=unsure")));
    }

    @Test
    void aLongMultiPageAdviceIsPdfUa() throws Exception {
        byte[] pdf = AdvicePdf.bytes(LongReport.of(Language.NL, 14));
        assertTrue(PdfPages.render(pdf, 10).size() >= 4, "the long report should take several pages");
        assertPdfUa(pdf);
    }

    @ParameterizedTest
    @EnumSource(ReviewLanguages.class)
    void theReviewOfABundledTreeIsPdfUa(ReviewLanguages languages) throws Exception {
        Tree photo = BUNDLED.tree("photo").orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReviewPdf.write(photo, BUNDLED.sources(), languages, out);
        assertPdfUa(out.toByteArray());
    }

    @Test
    void aBrokenDocumentIsRefused() throws Exception {
        // The check can fail: an untagged PDF (the state before PDF/UA) is reported.
        byte[] untagged;
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            untagged = out.toByteArray();
        }
        List<String> problems = PdfUa.problems(untagged);
        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("7.1-")), problems::toString);
        assertEquals(problems, PdfUa.problems(untagged));
    }
}
