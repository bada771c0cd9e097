package nl.profielwijzer.advice.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LineBreakerTest {
    private static final TextStyle BODY = new TextStyle(false, 10, Color.BLACK, 1.4f);
    private static final TextStyle BOLD = BODY.bold(true);

    private PDDocument document;
    private PdfFonts fonts;
    private LineBreaker breaker;

    @BeforeEach
    void setUp() throws IOException {
        document = new PDDocument();
        fonts = PdfFonts.load(document);
        breaker = new LineBreaker(fonts);
    }

    @AfterEach
    void tearDown() throws IOException {
        document.close();
    }

    private static String joined(List<Line> lines) {
        return String.join(" ", lines.stream().map(Line::text).toList()).replaceAll("\\s+", " ").trim();
    }

    @Test
    void everyLineFitsAndNoWordIsLost() {
        String text = "Mag de werkgever eisen dat een werknemer een foto op de website van het bedrijf laat zetten? "
                .repeat(8);
        List<Line> lines = breaker.lines(Paragraph.of(text, BODY), 200);
        assertTrue(lines.size() > 5);
        for (Line line : lines) {
            Line.Fragment last = line.fragments().get(line.fragments().size() - 1);
            float right = last.x() + fonts.width(last.style(), last.text().stripTrailing());
            assertTrue(right <= 200.01f, line.text() + " ends at " + right);
        }
        assertEquals(text.trim(), joined(lines));
    }

    @Test
    void aWordWiderThanTheLineBreaksAtASlashOrAnywhere() {
        String url = "https://wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&titeldeel=10&afdeling=1&artikel=660";
        List<Line> lines = breaker.lines(Paragraph.of(url, BODY), 120);
        assertTrue(lines.size() > 1);
        assertEquals(url, String.join("", lines.stream().map(Line::text).toList()));
        lines.forEach(l -> assertTrue(l.fragments().get(0).width() <= 120.01f));
        String word = "x".repeat(200);
        assertEquals(word, String.join("", breaker.lines(Paragraph.of(word, BODY), 50).stream().map(Line::text)
                .toList()));
    }

    @Test
    void spansOfDifferentStylesShareALineWithTheirSpaces() {
        List<Line> lines = breaker.lines(Paragraph.of(Span.of("Uw antwoord:", BODY), Span.of(" Ja", BOLD)), 300);
        assertEquals(1, lines.size());
        assertEquals("Uw antwoord: Ja", lines.get(0).text());
        assertEquals(2, lines.get(0).fragments().size());
        Line.Fragment a = lines.get(0).fragments().get(0);
        Line.Fragment b = lines.get(0).fragments().get(1);
        assertEquals(a.x() + a.width(), b.x(), 0.01);
    }

    @Test
    void lineBreaksInTheTextAreKept() {
        List<Line> lines = breaker.lines(Paragraph.of("een\ntwee\r\ndrie", BODY), 300);
        assertEquals(List.of("een", "twee", "drie"), lines.stream().map(Line::text).toList());
    }

    @Test
    void theMarkerStandsBeforeTheIndentedText() {
        List<Line> lines = breaker.lines(Paragraph.of("tekst", BODY).marker(Span.of("10.", BOLD), 24), 300);
        Line.Fragment marker = lines.get(0).fragments().get(0);
        Line.Fragment text = lines.get(0).fragments().get(1);
        assertEquals("10.", marker.text());
        assertEquals(24, text.x(), 0.01);
        assertTrue(marker.x() >= 0 && marker.x() + marker.width() <= 24 - Paragraph.MARKER_GAP + 0.01);
    }

    @Test
    void missingGlyphsBecomeQuestionMarksAndControlsDisappear() {
        assertEquals("a?b c", fonts.printable(BODY, "a\u4E2Db\tc\u0007"));
        assertEquals("€ “ ” — ë é → ✓", fonts.printable(BODY, "€ “ ” — ë é → ✓"));
    }
}
