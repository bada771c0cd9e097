package nl.profielwijzer.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.Role;

class PdfPagesTest {
    @Test
    void everyPageBecomesPixelsOfA4ProportionsWithInkOnIt() throws IOException {
        byte[] pdf = AdvicePdf.bytes(Fixtures.report(Language.NL, Role.EMPLOYEE, "client=yes", "needed=unsure"));
        List<PdfPages.PageImage> pages = PdfPages.render(pdf, 36);
        assertTrue(pages.size() >= 1);
        for (PdfPages.PageImage page : pages) {
            assertEquals(page.width() * page.height(), page.argb().length);
            assertEquals(595.28f, page.widthPoints(), 0.1f);
            assertEquals(page.heightPoints() / page.widthPoints(), (float) page.height() / page.width(), 0.01f);
            long dark = java.util.Arrays.stream(page.argb()).filter(p -> (p & 0xFF) < 128).count();
            assertTrue(dark > 100, "text is drawn");
        }
    }
}
