package nl.profielwijzer.advice;

import java.awt.Color;

import nl.profielwijzer.advice.pdf.Paragraph;
import nl.profielwijzer.advice.pdf.PdfFlow;
import nl.profielwijzer.advice.pdf.Span;
import nl.profielwijzer.advice.pdf.Tag;
import nl.profielwijzer.advice.pdf.TextStyle;

/** The typography the advice and review PDFs share: one calm sans-serif, a few sizes, ink on white. */
final class PdfStyles {
    static final Color INK = new Color(0x1F2328);
    static final Color MUTED = new Color(0x59616B);
    static final Color ACCENT = new Color(0x1D4E89);
    static final Color LINK = new Color(0x0B57D0);
    static final Color RULE = new Color(0xD0D7DE);
    static final Color PANEL = new Color(0xF3F4F6);

    static final TextStyle BODY = new TextStyle(false, 10.5f, INK, 1.45f);
    static final TextStyle STRONG = BODY.bold(true);
    static final TextStyle SMALL = new TextStyle(false, 9f, MUTED, 1.4f);
    static final TextStyle LINK_SMALL = SMALL.color(LINK);
    /** Where a judgment stands, when it is not final: small, bold, dark amber (contrast 8:1 on white). */
    static final TextStyle STANDING = SMALL.bold(true).color(new Color(0x7A4A00));
    static final TextStyle KICKER = new TextStyle(true, 9f, ACCENT, 1.3f);
    static final TextStyle TITLE = new TextStyle(true, 20f, INK, 1.25f);
    static final TextStyle HEADING = new TextStyle(true, 13f, ACCENT, 1.3f);
    static final TextStyle SUBHEADING = new TextStyle(true, 11f, INK, 1.35f);
    static final TextStyle FRAME = new TextStyle(false, 8.5f, MUTED, 1.2f);

    /** Space above a section heading, and what must fit below it for it to stay on the page. */
    static final float SECTION_GAP = 16f;
    static final float KEEP_WITH_HEADING = 2 * BODY.lineHeight();
    /** Where a list item's text starts; its bullet or number stands right-aligned before it. */
    static final float LIST_INDENT = 24f;

    static final PdfFlow.PageSetup PAGE = PdfFlow.PageSetup.a4(22, 22, 24, 22);

    private PdfStyles() {
    }

    /** A section heading ({@code H2} in the structure tree), kept with the first lines below it. */
    static void heading(PdfFlow flow, String text) {
        flow.paragraphKeptWithNext(Paragraph.of(text, HEADING).before(SECTION_GAP).tag(Tag.H2), KEEP_WITH_HEADING);
    }

    static Paragraph bullet(Span... spans) {
        return Paragraph.of(spans).marker(Span.of("•", BODY), LIST_INDENT).before(3);
    }

    static Paragraph numbered(int number, Span... spans) {
        return Paragraph.of(spans).marker(Span.of(number + ".", STRONG), LIST_INDENT).before(4);
    }
}
