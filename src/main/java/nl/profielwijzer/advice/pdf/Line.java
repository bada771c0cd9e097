package nl.profielwijzer.advice.pdf;

import java.util.List;

/**
 * One laid-out line: fragments at x positions from the column's left edge, each with its baseline measured down
 * from the line's top.
 *
 * @param gapBefore space above the line (paragraph spacing), dropped at the top of a page
 * @param anchor    the name of the place this line starts, or null
 * @param first     whether this is the first line of its paragraph (for keeping paragraph ends together)
 * @param owner     the paragraph this line belongs to in the structure tree (shared by all its lines)
 */
record Line(List<Fragment> fragments, float height, float gapBefore, String anchor, boolean first,
        Tagging.Owner owner) {

    /**
     * A run of text on a line; {@code width} is measured, {@code text} is printable.
     *
     * @param span the span the text comes from (the paragraph's marker for a bullet or number): its link, and for
     *             tagging, which structure element the text belongs to
     */
    record Fragment(String text, TextStyle style, Span span, float x, float width, float baseline) {
        Fragment shifted(float dx) {
            return new Fragment(text, style, span, x + dx, width, baseline);
        }

        String url() {
            return span.url();
        }

        String target() {
            return span.anchor();
        }
    }

    Line {
        fragments = List.copyOf(fragments);
    }

    Line shifted(float dx) {
        return new Line(fragments.stream().map(f -> f.shifted(dx)).toList(), height, gapBefore, anchor, first, owner);
    }

    Line withGap(float gap) {
        return new Line(fragments, height, gap, anchor, first, owner);
    }

    Line withAnchor(String name) {
        return new Line(fragments, height, gapBefore, name, first, owner);
    }

    /** The printed text of the line, for tests and debugging. */
    String text() {
        StringBuilder out = new StringBuilder();
        fragments.forEach(f -> out.append(f.text()));
        return out.toString();
    }
}
