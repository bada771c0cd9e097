package nl.profielwijzer.advice;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The XMP metadata of a PDF: title, subject, language, dates, the program, and the PDF/UA-1 identifier
 * ({@code pdfuaid:part}) that tells validators and assistive software the file claims PDF/UA. Written as plain
 * XML because it is a dozen fixed lines; every value is escaped.
 */
final class PdfMetadata {
    private PdfMetadata() {
    }

    static String xmp(PdfWriting.Metadata m) {
        String date = m.created().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String language = PdfWriting.languageTag(m.language());
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about=""
                    xmlns:dc="http://purl.org/dc/elements/1.1/"
                    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
                    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
                    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
                   <dc:format>application/pdf</dc:format>
                   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%1$s</rdf:li></rdf:Alt></dc:title>
                   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">%2$s</rdf:li></rdf:Alt></dc:description>
                   <dc:language><rdf:Bag><rdf:li>%3$s</rdf:li></rdf:Bag></dc:language>
                   <xmp:CreatorTool>Profielwijzer</xmp:CreatorTool>
                   <xmp:CreateDate>%4$s</xmp:CreateDate>
                   <xmp:ModifyDate>%4$s</xmp:ModifyDate>
                   <pdf:Producer>Profielwijzer with Apache PDFBox</pdf:Producer>
                   <pdfuaid:part>1</pdfuaid:part>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(escape(m.title()), escape(m.subject()), language, date);
    }

    /** The text with the five XML special characters escaped. */
    static String escape(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
