package nl.profielwijzer.advice.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PdfFlowTest {
    /** Lines of paragraphs with these line counts. */
    private static List<Line> paragraphs(int... sizes) {
        List<Line> lines = new ArrayList<>();
        for (int size : sizes) {
            for (int i = 0; i < size; i++) {
                lines.add(new Line(List.of(), 10, 0, null, i == 0, null));
            }
        }
        return lines;
    }

    @Test
    void aPageBreakNeverLeavesAParagraphsLastLineAloneOnTheNextPage() {
        // paragraphs of 3 and 4 lines; 6 lines fit: the last line of the second would be alone
        assertEquals(5, PdfFlow.keepParagraphEnds(paragraphs(3, 4), 0, 6));
    }

    @Test
    void aPageBreakNeverLeavesAParagraphsFirstLineAloneAtTheFoot() {
        // 4 lines fit: the second paragraph's first line would stand alone
        assertEquals(3, PdfFlow.keepParagraphEnds(paragraphs(3, 4), 0, 4));
    }

    @Test
    void aTwoLineParagraphMovesWhole() {
        assertEquals(3, PdfFlow.keepParagraphEnds(paragraphs(3, 2), 0, 4));
    }

    @Test
    void breaksBetweenParagraphsOrInsideLongOnesStay() {
        assertEquals(3, PdfFlow.keepParagraphEnds(paragraphs(3, 4), 0, 3));
        assertEquals(5, PdfFlow.keepParagraphEnds(paragraphs(3, 5), 0, 5));
        assertEquals(7, PdfFlow.keepParagraphEnds(paragraphs(3, 4), 0, 7));
    }
}
