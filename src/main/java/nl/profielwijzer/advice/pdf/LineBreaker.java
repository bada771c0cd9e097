package nl.profielwijzer.advice.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a paragraph into lines that fit a width, measuring every word with the font that draws it. Words break
 * at spaces; a word wider than the whole line (a long web address) breaks after a '/', '-', '?', '&', '=', '.' or
 * '_' where possible, otherwise between any two characters, so nothing runs off the page. Line breaks in the text
 * are kept.
 */
final class LineBreaker {
    private static final String BREAK_AFTER = "/-?&=._";
    /** Ascent and descent of DejaVu Sans as fractions of the size. */
    static final float ASCENT = 0.928f;
    static final float DESCENT = 0.236f;

    private final PdfFonts fonts;

    LineBreaker(PdfFonts fonts) {
        this.fonts = fonts;
    }

    List<Line> lines(Paragraph paragraph, float width) {
        Builder b = new Builder(paragraph, Math.max(1f, width - paragraph.indent()), new Tagging.Owner(paragraph));
        for (Span span : paragraph.spans()) {
            String[] hardLines = span.text().replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
            for (int h = 0; h < hardLines.length; h++) {
                if (h > 0) {
                    b.breakLine(span.style());
                }
                String part = hardLines[h].replace('\t', ' ');
                if (part.startsWith(" ")) {
                    b.pendingSpace = true;
                }
                boolean first = true;
                for (String word : part.split(" +")) {
                    if (!word.isEmpty()) {
                        b.pendingSpace |= !first;
                        b.word(span, fonts.printable(span.style(), word));
                        first = false;
                    }
                }
                if (part.endsWith(" ")) {
                    b.pendingSpace = true;
                }
            }
        }
        b.finish();
        List<Line> lines = b.lines;
        if (!lines.isEmpty() && paragraph.anchor() != null) {
            lines.set(0, lines.get(0).withAnchor(paragraph.anchor()));
        }
        return lines;
    }

    /** Collects fragments into lines. */
    private final class Builder {
        final Paragraph paragraph;
        final float width;
        final Tagging.Owner owner;
        final List<Line> lines = new ArrayList<>();
        final List<Line.Fragment> fragments = new ArrayList<>();
        Span lastSpan;
        float x;
        boolean pendingSpace;

        Builder(Paragraph paragraph, float width, Tagging.Owner owner) {
            this.paragraph = paragraph;
            this.width = width;
            this.owner = owner;
        }

        void word(Span span, String word) {
            float w = fonts.width(span.style(), word);
            float space = pendingSpace && !fragments.isEmpty() ? fonts.width(lastSpan.style(), " ") : 0;
            pendingSpace = false;
            if (!fragments.isEmpty() && x + space + w > width) {
                if (space > 0) {
                    // The line ends at a space: keep it in the text (not in the width), so the text a screen
                    // reader or a copy takes from the tags keeps the break between the two words.
                    Line.Fragment last = fragments.remove(fragments.size() - 1);
                    fragments.add(new Line.Fragment(last.text() + " ", last.style(), last.span(), last.x(),
                            last.width(), 0));
                }
                emit(null);
                space = 0;
            }
            if (fragments.isEmpty()) {
                while (w > width && word.length() > 1) {
                    String piece = fit(span.style(), word);
                    add(span, piece, fonts.width(span.style(), piece));
                    emit(null);
                    word = word.substring(piece.length());
                    w = fonts.width(span.style(), word);
                }
            }
            if (space > 0) {
                Line.Fragment last = fragments.remove(fragments.size() - 1);
                fragments.add(new Line.Fragment(last.text() + " ", last.style(), last.span(), last.x(),
                        last.width() + space, 0));
                x += space;
            }
            add(span, word, w);
        }

        /** The longest start of the word that fits the width, ending at a good break character if there is one. */
        private String fit(TextStyle style, String word) {
            int end = 1;
            while (end < word.length() && fonts.width(style, word.substring(0, end + 1)) <= width) {
                end++;
            }
            for (int i = end; i > end / 2; i--) {
                if (BREAK_AFTER.indexOf(word.charAt(i - 1)) >= 0) {
                    return word.substring(0, i);
                }
            }
            if (Character.isHighSurrogate(word.charAt(end - 1)) && end > 1) {
                end--;
            }
            return word.substring(0, end);
        }

        private void add(Span span, String text, float w) {
            if (!fragments.isEmpty() && lastSpan == span) {
                Line.Fragment last = fragments.remove(fragments.size() - 1);
                fragments.add(new Line.Fragment(last.text() + text, last.style(), last.span(), last.x(),
                        last.width() + w, 0));
            } else {
                fragments.add(new Line.Fragment(text, span.style(), span, x, w, 0));
            }
            lastSpan = span;
            x += w;
        }

        void breakLine(TextStyle style) {
            emit(style);
            pendingSpace = false;
        }

        void finish() {
            if (!fragments.isEmpty()) {
                emit(null);
            } else if (lines.isEmpty() && paragraph.marker() != null) {
                emit(paragraph.marker().style());
            }
        }

        /** Ends the current line; an empty line takes its height from {@code emptyStyle}. */
        private void emit(TextStyle emptyStyle) {
            List<Line.Fragment> parts = new ArrayList<>();
            if (lines.isEmpty() && paragraph.marker() != null) {
                Span m = paragraph.marker();
                String text = fonts.printable(m.style(), m.text());
                float w = fonts.width(m.style(), text);
                float at = Math.max(0, paragraph.indent() - Paragraph.MARKER_GAP - w);
                parts.add(new Line.Fragment(text, m.style(), m, at, w, 0));
            }
            for (Line.Fragment f : fragments) {
                parts.add(f.shifted(paragraph.indent()));
            }
            if (parts.isEmpty() && emptyStyle == null) {
                return;
            }
            float height = emptyStyle == null ? 0 : emptyStyle.lineHeight();
            float size = emptyStyle == null ? 0 : emptyStyle.size();
            for (Line.Fragment f : parts) {
                height = Math.max(height, f.style().lineHeight());
                size = Math.max(size, f.style().size());
            }
            float baseline = (height - size * (ASCENT + DESCENT)) / 2 + size * ASCENT;
            List<Line.Fragment> placed = new ArrayList<>();
            for (Line.Fragment f : parts) {
                placed.add(new Line.Fragment(f.text(), f.style(), f.span(), f.x(), f.width(), baseline));
            }
            lines.add(new Line(placed, height, lines.isEmpty() ? paragraph.spaceBefore() : 0, null, lines.isEmpty(),
                    owner));
            fragments.clear();
            lastSpan = null;
            x = 0;
        }
    }
}
