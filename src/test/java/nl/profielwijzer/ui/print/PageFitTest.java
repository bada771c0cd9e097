package nl.profielwijzer.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Where a PDF page lands on the printable area; plain arithmetic, no JavaFX toolkit. */
class PageFitTest {
    private static final double A4_WIDTH = 595.28;
    private static final double A4_HEIGHT = 841.89;

    @Test
    void aPageThatFitsIsPrintedAtItsOwnSizeCentredAcross() {
        PageFit fit = PageFit.of(A4_WIDTH, A4_HEIGHT, 612, 900);
        assertEquals(1, fit.scale(), 1e-9, "never enlarged: the paper matches the PDF");
        assertEquals(A4_WIDTH, fit.width(), 1e-9);
        assertEquals(A4_HEIGHT, fit.height(), 1e-9);
        assertEquals((612 - A4_WIDTH) / 2, fit.offsetX(), 1e-9);
    }

    @Test
    void hardwareMarginsShrinkTheA4PageJustEnoughKeepingItsProportions() {
        PageFit fit = PageFit.of(A4_WIDTH, A4_HEIGHT, A4_WIDTH - 36, A4_HEIGHT - 36);
        assertEquals((A4_WIDTH - 36) / A4_WIDTH, fit.scale(), 1e-9, "the narrower side decides");
        assertEquals(A4_WIDTH - 36, fit.width(), 1e-9);
        assertEquals(A4_HEIGHT * fit.scale(), fit.height(), 1e-9);
        assertEquals(0, fit.offsetX(), 1e-9);
    }

    @Test
    void onLetterPaperTheHeightDecidesAndThePageIsCentred() {
        double areaWidth = 612 - 36;
        double areaHeight = 792 - 36;
        PageFit fit = PageFit.of(A4_WIDTH, A4_HEIGHT, areaWidth, areaHeight);
        assertEquals(areaHeight / A4_HEIGHT, fit.scale(), 1e-9);
        assertEquals(areaHeight, fit.height(), 1e-9);
        assertEquals((areaWidth - fit.width()) / 2, fit.offsetX(), 1e-9);
        assertEquals(fit.width() / fit.height(), A4_WIDTH / A4_HEIGHT, 1e-9, "not distorted");
    }

    @Test
    void aPageOrAreaWithoutSizeIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> PageFit.of(0, A4_HEIGHT, 500, 700));
        assertThrows(IllegalArgumentException.class, () -> PageFit.of(A4_WIDTH, A4_HEIGHT, 500, -1));
    }
}
