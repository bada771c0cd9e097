package nl.profielwijzer.advice.pdf;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * The structure tree of one document (PDF/UA-1): what a screen reader reads, in reading order. {@link PdfFlow}
 * drives it, so every document laid out with the flow is tagged the same way:
 * <ul>
 *   <li>a paragraph becomes {@code P} or a heading ({@link Tag}), in the order it is placed;</li>
 *   <li>a paragraph with a marker becomes {@code LI} with {@code Lbl} (the bullet or number) and {@code LBody}
 *       holding its text as a {@code P}, followed by any {@link Tag#IN_ITEM} paragraphs; consecutive items under
 *       the same parent share one {@code L};</li>
 *   <li>a box (the verdict, the contested views, the disclaimer) and each column of a two-column row is a
 *       {@code Div}; a column can carry its own language;</li>
 *   <li>a web link or a link within the document is a {@code Link} holding its text and its annotation;</li>
 *   <li>every run of text is marked content with an MCID on its page; everything else drawn (header, footer,
 *       page numbers, rules, box backgrounds) is an {@code Artifact}.</li>
 * </ul>
 * {@link #finish} writes the parent tree that maps marked content and annotations back to their elements.
 */
final class Tagging {

    /** A paragraph's place in the structure tree, shared by all its lines; filled in when it is placed. */
    static final class Owner {
        final Paragraph paragraph;
        /** Where its text goes: the P or heading itself, or the P in the LBody of its list item. */
        PDStructureElement text;
        /** The Lbl of a list item, or null. */
        PDStructureElement label;
        final Map<Span, PDStructureElement> links = new IdentityHashMap<>();

        Owner(Paragraph paragraph) {
            this.paragraph = paragraph;
        }
    }

    /** The marked content on one page: element per MCID, and the page's key in the parent tree. */
    private static final class PageMarks {
        final int key;
        final List<PDStructureElement> byMcid = new ArrayList<>();

        PageMarks(int key) {
            this.key = key;
        }
    }

    /** The list items are appended to while list items keep coming under the same parent. */
    private record OpenList(PDStructureNode parent, PDStructureElement list, PDStructureElement lastBody) {
    }

    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    private final Deque<PDStructureElement> groups = new ArrayDeque<>();
    private final Map<PDPage, PageMarks> pages = new LinkedHashMap<>();
    private final Map<Integer, COSObjectable> annotations = new TreeMap<>();
    private OpenList openList;
    private int nextKey;

    Tagging(PDDocument pdf) {
        document = new PDStructureElement("Document", root);
        root.appendKid(document);
        groups.push(document);
        pdf.getDocumentCatalog().setStructureTreeRoot(root);
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        pdf.getDocumentCatalog().setMarkInfo(mark);
    }

    /** A new page gets its key in the parent tree. */
    void page(PDPage page) {
        PageMarks marks = new PageMarks(nextKey++);
        page.setStructParents(marks.key);
        pages.put(page, marks);
    }

    /** Opens a grouping element ({@code Div}, {@code Sect}) under the current one; {@code language} may be null. */
    void open(String type, String language) {
        PDStructureElement group = new PDStructureElement(type, groups.peek());
        if (language != null) {
            group.setLanguage(language);
        }
        groups.peek().appendKid(group);
        groups.push(group);
    }

    /** Closes the grouping element opened last. */
    void close() {
        if (groups.size() > 1) {
            groups.pop();
        }
    }

    /** Gives every paragraph of the lines that has no element yet its element(s), in order, under the current group. */
    void adopt(List<Line> lines) {
        for (Line line : lines) {
            Owner owner = line.owner();
            if (owner != null && owner.text == null) {
                adopt(owner);
            }
        }
    }

    private void adopt(Owner owner) {
        PDStructureElement parent = groups.peek();
        Paragraph p = owner.paragraph;
        if (p.marker() != null) {
            if (openList == null || openList.parent() != parent) {
                PDStructureElement list = element("L", parent);
                openList = new OpenList(parent, list, null);
            }
            PDStructureElement item = element("LI", openList.list());
            owner.label = element("Lbl", item);
            PDStructureElement body = element("LBody", item);
            // The item's own text is a P of its own, so more text of the item (Tag.IN_ITEM) can follow it.
            owner.text = element("P", body);
            openList = new OpenList(parent, openList.list(), body);
        } else if (p.tag() == Tag.IN_ITEM && openList != null && openList.parent() == parent) {
            owner.text = element("P", openList.lastBody());
        } else {
            openList = null;
            owner.text = element(p.tag().structureType(), parent);
        }
    }

    private static PDStructureElement element(String type, PDStructureElement parent) {
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    /**
     * Starts the marked content of one fragment on the page ({@code BDC} with a new MCID) and links it to its
     * element: the Lbl for a marker, a Link for a link, else the paragraph's text element.
     *
     * @return the element the fragment belongs to
     */
    PDStructureElement begin(PDPageContentStream stream, PDPage page, Line line, Line.Fragment fragment)
            throws IOException {
        Owner owner = line.owner();
        if (owner.text == null) {
            adopt(owner);
        }
        PDStructureElement element;
        if (fragment.span() == owner.paragraph.marker()) {
            element = owner.label;
        } else if (fragment.url() != null || fragment.target() != null) {
            element = owner.links.computeIfAbsent(fragment.span(), s -> element("Link", owner.text));
        } else {
            element = owner.text;
        }
        PageMarks marks = pages.get(page);
        int mcid = marks.byMcid.size();
        marks.byMcid.add(element);
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setMCID(mcid);
        reference.setPage(page);
        element.appendKid(reference);
        stream.beginMarkedContent(COSName.getPDFName(element.getStructureType()), mcid);
        return element;
    }

    /** Puts the link annotation into its Link element, so a screen reader finds it with the link's text. */
    PDObjectReference annotation(PDStructureElement link, PDAnnotation annotation, PDPage page) {
        PDObjectReference reference = new PDObjectReference();
        reference.setReferencedObject(annotation);
        reference.setPage(page);
        link.appendKid(reference);
        int key = nextKey++;
        annotation.setStructParent(key);
        annotations.put(key, link);
        return reference;
    }

    /** Takes an annotation out again (a link within the document whose target never appeared). */
    void remove(PDStructureElement link, PDObjectReference reference, PDAnnotation annotation) {
        link.removeKid(reference);
        annotations.remove(annotation.getStructParent());
    }

    /** Marks drawing that is not content (header, footer, rules, backgrounds) as an artifact. */
    static void beginArtifact(PDPageContentStream stream) throws IOException {
        stream.beginMarkedContent(COSName.ARTIFACT);
    }

    /** Writes the parent tree: per page the element of every MCID, per annotation its Link element. */
    void finish() {
        Map<Integer, COSObjectable> numbers = new TreeMap<>();
        for (PageMarks marks : pages.values()) {
            COSArray array = new COSArray();
            marks.byMcid.forEach(e -> array.add(e.getCOSObject()));
            numbers.put(marks.key, new PDParentTreeValue(array));
        }
        annotations.forEach((key, link) -> numbers.put(key, new PDParentTreeValue(
                ((PDStructureElement) link).getCOSObject())));
        PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
        tree.setNumbers(numbers);
        root.setParentTree(tree);
        root.setParentTreeNextKey(nextKey);
    }
}
