package nl.profielwijzer.advice;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import nl.profielwijzer.advice.pdf.PdfFlow;
import nl.profielwijzer.advice.pdf.PdfFonts;
import nl.profielwijzer.files.AtomicWrite;
import nl.profielwijzer.tree.Language;

/** What the advice and review PDFs share: a document with the shipped fonts, metadata, and atomic saving. */
final class PdfWriting {

    /** Lays out the content and returns the page frame (header, footer). */
    @FunctionalInterface
    interface Body {
        PdfFlow.PageFrame layOut(PdfFlow flow, PdfFonts fonts) throws IOException;
    }

    /** Title, subject and language of a document, as PDF viewers and screen readers show them. */
    record Metadata(String title, String subject, Language language, ZonedDateTime created) {
    }

    private PdfWriting() {
    }

    /** Writes the PDF to the stream (not closed) and returns its number of pages. */
    static int write(OutputStream out, Metadata metadata, Body body) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(document);
            PdfFlow flow = new PdfFlow(document, fonts, PdfStyles.PAGE);
            flow.finish(body.layOut(flow, fonts));
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(metadata.title());
            info.setSubject(metadata.subject());
            info.setCreator("Profielwijzer");
            info.setProducer("Profielwijzer with Apache PDFBox");
            GregorianCalendar created = GregorianCalendar.from(metadata.created());
            info.setCreationDate(created);
            info.setModificationDate(created);
            document.getDocumentCatalog().setLanguage(metadata.language() == Language.EN ? "en-GB" : "nl-NL");
            PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
            preferences.setDisplayDocTitle(true);
            document.getDocumentCatalog().setViewerPreferences(preferences);
            document.save(out);
            return flow.pageCount();
        }
    }

    /** Writes the PDF to a file atomically: an existing file is replaced only by a complete new one. */
    static int write(Path target, Metadata metadata, Body body) throws IOException {
        int[] pages = new int[1];
        AtomicWrite.write(target, out -> pages[0] = write(out, metadata, body));
        return pages[0];
    }
}
