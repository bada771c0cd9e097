package nl.profielwijzer.advice;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a screen reader gets from a tagged PDF: the structure tree walked in order, each element with the text of
 * its marked content (found by page and MCID), like {@code pdfinfo -struct-text}.
 */
final class TagTree {
    /** One element: its type, its language (if it sets one), its own text and its depth in the tree. */
    record Element(String type, String language, String text, int depth) {
    }

    private final Map<PDPage, Map<Integer, String>> texts = new HashMap<>();
    private final List<Element> elements = new ArrayList<>();
    private int annotations;

    private TagTree(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            Map<Integer, String> byMcid = new HashMap<>();
            collect(extractor.getMarkedContents(), byMcid);
            texts.put(page, byMcid);
        }
        walk(document.getDocumentCatalog().getStructureTreeRoot(), 0);
    }

    static TagTree of(PDDocument document) throws IOException {
        return new TagTree(document);
    }

    List<Element> elements() {
        return elements;
    }

    /** How many annotations (links) sit inside the structure. */
    int annotations() {
        return annotations;
    }

    /** All text in structure order, each element's text on its own, separated by spaces. */
    String text() {
        StringBuilder out = new StringBuilder();
        elements.forEach(e -> out.append(e.text()).append(' '));
        return PdfCheck.normalize(out.toString());
    }

    private static void collect(List<PDMarkedContent> contents, Map<Integer, String> byMcid) {
        for (PDMarkedContent content : contents) {
            StringBuilder text = new StringBuilder();
            for (Object o : content.getContents()) {
                if (o instanceof TextPosition t) {
                    text.append(t.getUnicode());
                } else if (o instanceof PDMarkedContent inner) {
                    collect(List.of(inner), byMcid);
                }
            }
            if (content.getMCID() >= 0) {
                byMcid.merge(content.getMCID(), text.toString(), String::concat);
            }
        }
    }

    private void walk(PDStructureNode node, int depth) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                StringBuilder own = new StringBuilder();
                for (Object k : e.getKids()) {
                    if (k instanceof PDMarkedContentReference mcr) {
                        own.append(texts.getOrDefault(mcr.getPage(), Map.of()).getOrDefault(mcr.getMCID(), ""));
                    } else if (k instanceof PDObjectReference) {
                        annotations++;
                    }
                }
                elements.add(new Element(e.getStructureType(), e.getLanguage(), own.toString(), depth));
                walk(e, depth + 1);
            }
        }
    }
}
