package nl.profielwijzer.advice;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import nl.profielwijzer.advice.pdf.PdfFlow;
import nl.profielwijzer.advice.pdf.PdfFonts;
import nl.profielwijzer.files.AtomicWrite;
import nl.profielwijzer.tree.Language;

/**
 * What the advice and review PDFs share: a tagged PDF/UA-1 document (the tagging is done by {@link PdfFlow}) with
 * the shipped fonts, its title shown by the viewer, its language, XMP metadata, and atomic saving.
 */
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
            GregorianCalendar created = GregorianCalendar.from(metadata.created().truncatedTo(ChronoUnit.SECONDS));
            info.setCreationDate(created);
            info.setModificationDate(created);
            document.getDocumentCatalog().setLanguage(languageTag(metadata.language()));
            PDMetadata xmp = new PDMetadata(document);
            xmp.importXMPMetadata(PdfMetadata.xmp(metadata).getBytes(StandardCharsets.UTF_8));
            document.getDocumentCatalog().setMetadata(xmp);
            PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
            preferences.setDisplayDocTitle(true);
            document.getDocumentCatalog().setViewerPreferences(preferences);
            document.save(out);
            return flow.pageCount();
        }
    }

    /** The BCP 47 tag of the language, as the document and its columns declare it ("nl-NL", "en-GB"). */
    static String languageTag(Language language) {
        return language == Language.EN ? "en-GB" : "nl-NL";
    }

    /** Writes the PDF to a file atomically: an existing file is replaced only by a complete new one. */
    static int write(Path target, Metadata metadata, Body body) throws IOException {
        int[] pages = new int[1];
        AtomicWrite.write(target, out -> pages[0] = write(out, metadata, body));
        return pages[0];
    }
}
