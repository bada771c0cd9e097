package nl.profielwijzer.advice.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;

/**
 * A small layout engine on top of PDFBox: text flows down the page in blocks (paragraphs, boxes, two-column
 * rows) and over to new pages. Blocks can be kept together or kept with what follows; a paragraph never leaves a
 * single line alone at the foot of a page. Web links and links within the document become clickable areas.
 * {@link #finish} then adds the running header and the page numbers, which need the page count.
 *
 * <p>Every document the flow lays out is tagged (PDF/UA-1, see {@link Tagging}): paragraphs, headings
 * ({@link Paragraph#tag}), list items, boxes, columns and links enter the structure tree in the order they are
 * placed, and the header, footer, rules and backgrounds are artifacts.
 *
 * <p>Positions are in points (1/72 inch) measured down from the top of the page; PDFBox's upward y is only used
 * when drawing.
 */
public final class PdfFlow {
    /** The page: size and margins in points. The header and footer sit inside the top and bottom margins. */
    public record PageSetup(PDRectangle size, float left, float right, float top, float bottom) {
        public static final float MM = 72f / 25.4f;

        /** A4 with margins in millimetres. */
        public static PageSetup a4(float leftMm, float rightMm, float topMm, float bottomMm) {
            return new PageSetup(PDRectangle.A4, leftMm * MM, rightMm * MM, topMm * MM, bottomMm * MM);
        }

        float contentWidth() {
            return size.getWidth() - left - right;
        }

        float contentHeight() {
            return size.getHeight() - top - bottom;
        }
    }

    /** A tinted background with a coloured bar on the left, drawn behind a block on every page it spans. */
    public record BoxStyle(Color fill, Color bar, float barWidth, float padding) {
        float inset() {
            return barWidth + padding;
        }
    }

    /**
     * The running header and the footer.
     *
     * @param headerFrom the first page number (1-based) that gets the header
     * @param footer     the footer text of a page, e.g. "Page 1 of 3"
     */
    public record PageFrame(String headerLeft, String headerRight, int headerFrom, Footer footer,
            TextStyle style, Color ruleColor) {
        /** The footer text of one page. */
        @FunctionalInterface
        public interface Footer {
            String text(int page, int pages);
        }
    }

    private record PendingJump(PDAnnotationLink link, String anchor, PDStructureElement element,
            PDObjectReference reference) {
    }

    /** Where a named place is, and the text of its first line (the alternate text of links to it). */
    private record Place(PDPage page, float y, String text) {
    }

    private final PDDocument document;
    private final PdfFonts fonts;
    private final PageSetup setup;
    private final LineBreaker breaker;
    private final Tagging tagging;
    private final List<PDPage> pages = new ArrayList<>();
    private final Map<String, Place> anchors = new HashMap<>();
    private final List<PendingJump> jumps = new ArrayList<>();
    private PDPageContentStream stream;
    private float y;
    private boolean pageIsEmpty;

    public PdfFlow(PDDocument document, PdfFonts fonts, PageSetup setup) {
        this.document = document;
        this.fonts = fonts;
        this.setup = setup;
        this.breaker = new LineBreaker(fonts);
        this.tagging = new Tagging(document);
    }

    /** The width text can use, in points. */
    public float width() {
        return setup.contentWidth();
    }

    public int pageCount() {
        return pages.size();
    }

    /** Space left on the current page, in points. */
    public float remaining() {
        return pages.isEmpty() ? setup.contentHeight() : setup.size().getHeight() - setup.bottom() - y;
    }

    public void paragraph(Paragraph paragraph) {
        place(block(List.of(paragraph), width()), false, 0);
    }

    /** A paragraph that moves to the next page unless {@code followingHeight} points fit below it (headings). */
    public void paragraphKeptWithNext(Paragraph paragraph, float followingHeight) {
        place(block(List.of(paragraph), width()), true, followingHeight);
    }

    /** Paragraphs that stay on one page when they fit on one. */
    public void together(List<Paragraph> paragraphs) {
        place(block(paragraphs, width()), true, 0);
    }

    /** Paragraphs in a box; the box stays on one page when it fits on one, else it continues on the next. */
    public void box(List<Paragraph> paragraphs, BoxStyle style, boolean keepTogether) {
        tagging.open("Div", null);
        try {
            boxed(paragraphs, style, keepTogether);
        } finally {
            tagging.close();
        }
    }

    private void boxed(List<Paragraph> paragraphs, BoxStyle style, boolean keepTogether) {
        List<Line> lines = new ArrayList<>();
        for (Line line : block(paragraphs, width() - 2 * style.inset()).lines) {
            lines.add(line.shifted(style.inset()));
        }
        if (!lines.isEmpty()) {
            lines.set(0, lines.get(0).withGap(0));
        }
        float before = paragraphs.isEmpty() ? 0 : paragraphs.get(0).spaceBefore();
        place(new Block(lines, style, before), keepTogether, 0);
    }

    /**
     * Two columns side by side (Dutch beside English): each column flows on its own, and a page break cuts both at
     * the same height, so each continues at the top of the next page.
     */
    public void columns(List<Paragraph> left, List<Paragraph> right, float gutter) {
        columns(left, null, right, null, gutter);
    }

    /**
     * Two columns as {@link #columns(List, List, float)}, each in its own language (a BCP 47 tag such as "nl-NL",
     * or null for the document's): a screen reader reads the left column, then the right, each in its language.
     */
    public void columns(List<Paragraph> left, String leftLanguage, List<Paragraph> right, String rightLanguage,
            float gutter) {
        float column = (width() - gutter) / 2;
        Block l = block(left, column);
        List<Line> shifted = new ArrayList<>();
        Block r = block(right, column);
        r.lines.forEach(line -> shifted.add(line.shifted(column + gutter)));
        if (!l.lines.isEmpty() || !shifted.isEmpty()) {
            adoptInGroup(l.lines, leftLanguage);
            adoptInGroup(shifted, rightLanguage);
        }
        placeColumns(List.of(l.lines, shifted), Math.max(l.spaceBefore, r.spaceBefore));
    }

    private void adoptInGroup(List<Line> lines, String language) {
        if (lines.isEmpty()) {
            return;
        }
        tagging.open("Div", language);
        tagging.adopt(lines);
        tagging.close();
    }

    /** The height the paragraphs would take, including the space above the first. */
    public float measure(List<Paragraph> paragraphs) {
        return block(paragraphs, width()).height(false);
    }

    /** The height a box would take, including the space above it. */
    public float measureBox(List<Paragraph> paragraphs, BoxStyle style) {
        Block b = block(paragraphs, width() - 2 * style.inset());
        return b.spaceBefore + b.height(true) + 2 * style.padding();
    }

    /** A thin horizontal line across the text width. */
    public void rule(Color color, float thickness, float spaceAbove, float spaceBelow) {
        if (remaining() < spaceAbove + thickness + spaceBelow + 1) {
            newPage();
            return;
        }
        ensurePage();
        y += spaceAbove;
        try {
            Tagging.beginArtifact(stream);
            stream.setStrokingColor(color);
            stream.setLineWidth(thickness);
            float py = pdfY(y + thickness / 2);
            stream.moveTo(setup.left(), py);
            stream.lineTo(setup.left() + width(), py);
            stream.stroke();
            stream.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y += thickness + spaceBelow;
        pageIsEmpty = false;
    }

    public void newPage() {
        closeStream();
        PDPage page = new PDPage(setup.size());
        // Tab order follows the structure tree (PDF/UA: pages with annotations).
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
        document.addPage(page);
        pages.add(page);
        tagging.page(page);
        try {
            stream = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = setup.top();
        pageIsEmpty = true;
    }

    /** Ends the flow: header, footer and page numbers on every page, links within the document resolved. */
    public void finish(PageFrame frame) throws IOException {
        ensurePage();
        closeStream();
        for (PendingJump jump : jumps) {
            Place place = anchors.get(jump.anchor);
            if (place != null) {
                PDPageXYZDestination destination = new PDPageXYZDestination();
                destination.setPage(place.page);
                destination.setTop(Math.round(pdfY(place.y) + 6));
                destination.setLeft(0);
                jump.link.setDestination(destination);
                jump.link.setContents(place.text);
            } else {
                for (PDPage page : pages) {
                    page.getAnnotations().remove(jump.link);
                }
                tagging.remove(jump.element, jump.reference, jump.link);
            }
        }
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream cs = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                Tagging.beginArtifact(cs);
                frame(cs, frame, i + 1, pages.size());
                cs.endMarkedContent();
            }
        }
        tagging.finish();
    }

    private void frame(PDPageContentStream cs, PageFrame frame, int number, int count) throws IOException {
        TextStyle style = frame.style();
        float left = setup.left();
        float right = setup.left() + width();
        if (number >= frame.headerFrom()) {
            float base = setup.top() - 18;
            String rightText = frame.headerRight() == null ? "" : fonts.printable(style, frame.headerRight());
            float rightWidth = fonts.width(style, rightText);
            String leftText = frame.headerLeft() == null ? "" : shorten(style, frame.headerLeft(),
                    width() - rightWidth - 24);
            text(cs, leftText, style, left, base);
            text(cs, rightText, style, right - rightWidth, base);
            cs.setStrokingColor(frame.ruleColor());
            cs.setLineWidth(0.5f);
            cs.moveTo(left, pdfY(base + 6));
            cs.lineTo(right, pdfY(base + 6));
            cs.stroke();
        }
        String footer = fonts.printable(style, frame.footer().text(number, count));
        float footerWidth = fonts.width(style, footer);
        text(cs, footer, style, left + (width() - footerWidth) / 2,
                setup.size().getHeight() - setup.bottom() + 28);
    }

    /** The text cut to fit the width, with "…" where it was cut. */
    private String shorten(TextStyle style, String text, float max) {
        String printable = fonts.printable(style, text);
        if (fonts.width(style, printable) <= max) {
            return printable;
        }
        String cut = printable;
        while (cut.length() > 1 && fonts.width(style, cut + "…") > max) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }

    // ---- blocks

    /** Lines to place together; the first line's gap is replaced by {@code spaceBefore}. */
    private record Block(List<Line> lines, BoxStyle box, float spaceBefore) {
        float height(boolean fromTop) {
            float h = 0;
            for (int i = 0; i < lines.size(); i++) {
                h += (i == 0 ? 0 : lines.get(i).gapBefore()) + lines.get(i).height();
            }
            return fromTop ? h : h + spaceBefore;
        }
    }

    private Block block(List<Paragraph> paragraphs, float width) {
        List<Line> lines = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            lines.addAll(breaker.lines(p, width));
        }
        float before = lines.isEmpty() ? 0 : lines.get(0).gapBefore();
        if (!lines.isEmpty()) {
            lines.set(0, lines.get(0).withGap(0));
        }
        return new Block(lines, null, before);
    }

    private void place(Block block, boolean keepTogether, float keepWithNext) {
        if (block.lines.isEmpty()) {
            return;
        }
        ensurePage();
        float pad = block.box == null ? 0 : block.box.padding();
        float whole = block.height(true) + 2 * pad + keepWithNext;
        if (keepTogether && !pageIsEmpty && whole + block.spaceBefore > remaining()
                && whole <= setup.contentHeight()) {
            newPage();
        }
        if (!pageIsEmpty) {
            y += Math.min(block.spaceBefore, Math.max(0, remaining()));
        }
        tagging.adopt(block.lines);
        int i = 0;
        List<Line> lines = block.lines;
        while (i < lines.size()) {
            float available = remaining() - 2 * pad;
            float used = 0;
            int j = i;
            while (j < lines.size()) {
                float step = (j == i ? 0 : lines.get(j).gapBefore()) + lines.get(j).height();
                if (used + step > available) {
                    break;
                }
                used += step;
                j++;
            }
            if (!pageIsEmpty) {
                j = keepParagraphEnds(lines, i, j);
            }
            if (j == i && !pageIsEmpty) {
                newPage();
                continue;
            }
            if (j == i) {
                j = i + 1;
            }
            used = height(lines, i, j);
            if (block.box != null) {
                drawBox(block.box, used + 2 * pad);
            }
            y += pad;
            for (int k = i; k < j; k++) {
                if (k > i) {
                    y += lines.get(k).gapBefore();
                }
                draw(lines.get(k));
            }
            y += pad;
            pageIsEmpty = false;
            i = j;
            if (i < lines.size()) {
                newPage();
            }
        }
    }

    private void placeColumns(List<List<Line>> columns, float spaceBefore) {
        if (columns.stream().allMatch(List::isEmpty)) {
            return;
        }
        ensurePage();
        if (!pageIsEmpty) {
            y += Math.min(spaceBefore, Math.max(0, remaining()));
        }
        int[] next = new int[columns.size()];
        while (true) {
            float available = remaining();
            int[] take = new int[columns.size()];
            float[] used = new float[columns.size()];
            boolean any = false;
            for (int c = 0; c < columns.size(); c++) {
                List<Line> lines = columns.get(c);
                int j = next[c];
                while (j < lines.size()) {
                    float step = (j == next[c] ? 0 : lines.get(j).gapBefore()) + lines.get(j).height();
                    if (used[c] + step > available) {
                        break;
                    }
                    used[c] += step;
                    j++;
                }
                if (!pageIsEmpty) {
                    j = keepParagraphEnds(lines, next[c], j);
                }
                take[c] = j - next[c];
                any |= take[c] > 0;
            }
            if (!any && !pageIsEmpty) {
                newPage();
                continue;
            }
            float top = y;
            float height = 0;
            for (int c = 0; c < columns.size(); c++) {
                List<Line> lines = columns.get(c);
                int count = take[c] == 0 && pageIsEmpty && next[c] < lines.size() ? 1 : take[c];
                y = top;
                for (int k = next[c]; k < next[c] + count; k++) {
                    if (k > next[c]) {
                        y += lines.get(k).gapBefore();
                    }
                    draw(lines.get(k));
                }
                height = Math.max(height, y - top);
                next[c] += count;
            }
            y = top + height;
            pageIsEmpty = false;
            boolean done = true;
            for (int c = 0; c < columns.size(); c++) {
                done &= next[c] >= columns.get(c).size();
            }
            if (done) {
                return;
            }
            newPage();
        }
    }

    /**
     * Where to end a page that could take lines {@code from} up to {@code end} (exclusive): earlier when that would
     * leave the last line of a paragraph alone at the top of the next page (a widow), or the first line of one
     * alone at the foot of this page (an orphan).
     */
    static int keepParagraphEnds(List<Line> lines, int from, int end) {
        int j = end;
        if (j <= from || j >= lines.size()) {
            return j;
        }
        boolean lastOfParagraph = j + 1 == lines.size() || lines.get(j + 1).first();
        if (!lines.get(j).first() && lastOfParagraph) {
            j--;
        }
        if (j > from && j < lines.size() && lines.get(j - 1).first() && !lines.get(j).first()) {
            j--;
        }
        return j;
    }

    private static float height(List<Line> lines, int from, int end) {
        float h = 0;
        for (int k = from; k < end; k++) {
            h += (k == from ? 0 : lines.get(k).gapBefore()) + lines.get(k).height();
        }
        return h;
    }

    private void drawBox(BoxStyle box, float height) {
        try {
            Tagging.beginArtifact(stream);
            stream.setNonStrokingColor(box.fill());
            stream.addRect(setup.left(), pdfY(y + height), width(), height);
            stream.fill();
            if (box.barWidth() > 0) {
                stream.setNonStrokingColor(box.bar());
                stream.addRect(setup.left(), pdfY(y + height), box.barWidth(), height);
                stream.fill();
            }
            stream.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void draw(Line line) {
        PDPage page = pages.get(pages.size() - 1);
        if (line.anchor() != null) {
            anchors.putIfAbsent(line.anchor(), new Place(page, y, line.text().strip()));
        }
        for (Line.Fragment f : line.fragments()) {
            if (f.text().isBlank()) {
                continue;
            }
            float x = setup.left() + f.x();
            float base = y + f.baseline();
            try {
                PDStructureElement element = tagging.begin(stream, page, line, f);
                text(stream, f.text(), f.style(), x, base);
                stream.endMarkedContent();
                if (f.url() != null || f.target() != null) {
                    link(page, f, element, x, base);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        y += line.height();
    }

    /** A clickable area over the fragment, inside its Link element; its alternate text is the address. */
    private void link(PDPage page, Line.Fragment f, PDStructureElement element, float x, float base) {
        float size = f.style().size();
        PDAnnotationLink link = new PDAnnotationLink();
        float bottom = pdfY(base) - size * LineBreaker.DESCENT - 1;
        link.setRectangle(new PDRectangle(x, bottom, f.width(), size * (LineBreaker.ASCENT + LineBreaker.DESCENT) + 2));
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        link.setPage(page);
        PDObjectReference reference = tagging.annotation(element, link, page);
        if (f.url() != null) {
            PDActionURI action = new PDActionURI();
            action.setURI(f.url());
            link.setAction(action);
            link.setContents(f.url());
        } else {
            link.setContents(f.text().strip());
            jumps.add(new PendingJump(link, f.target(), element, reference));
        }
        try {
            page.getAnnotations().add(link);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Draws one run of text. The text object is always ended, even when the font refuses a character, so one bad
     * character cannot break the rest of the page.
     */
    private void text(PDPageContentStream cs, String text, TextStyle style, float x, float baseline) {
        if (text.isBlank()) {
            return;
        }
        try {
            cs.beginText();
            try {
                cs.setFont(fonts.font(style), style.size());
                cs.setNonStrokingColor(style.color());
                cs.newLineAtOffset(x, pdfY(baseline));
                cs.showText(text);
            } catch (RuntimeException e) {
                cs.showText(text.replaceAll("[^\\x20-\\x7E]", PdfFonts.REPLACEMENT));
            } finally {
                cs.endText();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float pdfY(float fromTop) {
        return setup.size().getHeight() - fromTop;
    }

    private void ensurePage() {
        if (pages.isEmpty()) {
            newPage();
        }
    }

    private void closeStream() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stream = null;
        }
    }
}
