package nl.profielwijzer.advice;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

/** Reading a PDF back in tests: its text, the body text without header and footer, its links. */
final class PdfCheck {
    private PdfCheck() {
    }

    /** All text, whitespace runs folded to one space. */
    static String text(PDDocument document) throws IOException {
        return normalize(new PDFTextStripper().getText(document));
    }

    /** The text between the margins of every page (no running header, no page number), folded. */
    static String body(PDDocument document) throws IOException {
        StringBuilder out = new StringBuilder();
        for (PDPage page : document.getPages()) {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.setSortByPosition(true);
            float height = page.getMediaBox().getHeight();
            stripper.addRegion("body", new Rectangle2D.Float(0, PdfStyles.PAGE.top() - 2, page.getMediaBox().getWidth(),
                    height - PdfStyles.PAGE.top() - PdfStyles.PAGE.bottom() + 4));
            stripper.extractRegions(page);
            out.append(stripper.getTextForRegion("body")).append('\n');
        }
        return normalize(out.toString());
    }

    /**
     * The Unicode of every glyph as drawn, without the normalisation {@link PDFTextStripper} applies (it quietly
     * turns a ligature glyph "ﬁ" back into "fi"; poppler's pdftotext, copy and paste and screen readers do not).
     */
    static String glyphText(PDDocument document) throws IOException {
        StringBuilder out = new StringBuilder();
        PDFTextStripper raw = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                out.append(text.getUnicode());
            }
        };
        raw.getText(document);
        return out.toString();
    }

    static String normalize(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    static String withoutSpaces(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The URIs of the web links on every page. */
    static List<String> linkUris(PDDocument document) throws IOException {
        List<String> uris = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    uris.add(uri.getURI());
                }
            }
        }
        return uris;
    }
}
