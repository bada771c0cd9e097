package nl.profielwijzer.advice.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph of styled text that wraps to the width it is given.
 *
 * @param indent      where the text starts, from the left edge of the column
 * @param marker      drawn before the first line, ending {@link #MARKER_GAP} before the text (a bullet or "1."),
 *                    or null
 * @param spaceBefore space above, dropped at the top of a page
 * @param anchor      a name other paragraphs can link to ({@link Span#jump}), or null
 * @param tag         what the paragraph is in the document's structure (heading, paragraph); a paragraph with a
 *                    marker is a list item whatever its tag
 */
public record Paragraph(List<Span> spans, float indent, Span marker, float spaceBefore, String anchor, Tag tag) {
    /** The space between a marker and the text. */
    public static final float MARKER_GAP = 5f;

    public Paragraph {
        spans = List.copyOf(spans);
        tag = tag == null ? Tag.P : tag;
    }

    public static Paragraph of(Span... spans) {
        return new Paragraph(List.of(spans), 0, null, 0, null, Tag.P);
    }

    public static Paragraph of(String text, TextStyle style) {
        return of(Span.of(text, style));
    }

    public Paragraph indent(float value) {
        return new Paragraph(spans, value, marker, spaceBefore, anchor, tag);
    }

    /** A marker (bullet, number) right-aligned before the text, which starts at {@code textIndent}. */
    public Paragraph marker(Span value, float textIndent) {
        return new Paragraph(spans, textIndent, value, spaceBefore, anchor, tag);
    }

    public Paragraph before(float value) {
        return new Paragraph(spans, indent, marker, value, anchor, tag);
    }

    public Paragraph anchor(String name) {
        return new Paragraph(spans, indent, marker, spaceBefore, name, tag);
    }

    /** The same paragraph with another structure tag (a heading, or more text of the list item above). */
    public Paragraph tag(Tag value) {
        return new Paragraph(spans, indent, marker, spaceBefore, anchor, value);
    }

    public Paragraph append(Span span) {
        List<Span> more = new ArrayList<>(spans);
        more.add(span);
        return new Paragraph(more, indent, marker, spaceBefore, anchor, tag);
    }
}
