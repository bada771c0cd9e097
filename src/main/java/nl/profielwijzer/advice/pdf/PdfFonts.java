package nl.profielwijzer.advice.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one document: DejaVu Sans regular and bold, shipped with the app (see fonts/LICENSE-DejaVu.txt)
 * and embedded as subsets, so ë é € “ ” → print on every machine. Also measures text and replaces characters the
 * fonts cannot show, so that drawing never fails on an odd character in a tree.
 */
public final class PdfFonts {
    static final String REGULAR = "/nl/profielwijzer/advice/fonts/DejaVuSans.ttf";
    static final String BOLD = "/nl/profielwijzer/advice/fonts/DejaVuSans-Bold.ttf";
    /** Shown instead of a character the font has no glyph for. */
    static final String REPLACEMENT = "?";

    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Map<PDFont, Map<Integer, Boolean>> shows = new HashMap<>();

    private PdfFonts(PDType0Font regular, PDType0Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Loads both fonts into the document (as subsets: only the glyphs used are embedded). */
    public static PdfFonts load(PDDocument document) throws IOException {
        return new PdfFonts(load(document, REGULAR), load(document, BOLD));
    }

    /**
     * Loads one font with its glyph substitutions (GSUB) switched off: PDFBox would otherwise draw "fi" and "ff" as
     * ligature glyphs, which extract as U+FB01 and U+FB00 ("Proﬁle"), so searching, copying and reading aloud
     * would miss the word. Switched off, every character is its own glyph and measures exactly as drawn.
     */
    private static PDType0Font load(PDDocument document, String resource) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(FontFiles.bytes(resource)));
        font.setEnableGsub(false);
        return PDType0Font.load(document, font, true);
    }

    public PDFont font(TextStyle style) {
        return style.bold() ? bold : regular;
    }

    /** The width of the text in points; the text must be {@link #printable printable}. */
    public float width(TextStyle style, String text) {
        try {
            return font(style).getStringWidth(text) / 1000f * style.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text as it can be drawn: tabs and line breaks become spaces, invisible format and control characters
     * are dropped, and a character the font has no glyph for becomes "?".
     */
    public String printable(TextStyle style, String text) {
        PDFont font = font(style);
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t' || cp == '\n' || cp == '\r') {
                out.append(' ');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                return;
            } else if (canShow(font, cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(REPLACEMENT);
            }
        });
        return out.toString();
    }

    private boolean canShow(PDFont font, int codePoint) {
        return shows.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(codePoint, cp -> {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IOException | RuntimeException e) {
                return false;
            }
        });
    }

    /** The font files, read from the class path once per run. */
    private static final class FontFiles {
        private static final Map<String, byte[]> CACHE = new HashMap<>();

        static synchronized byte[] bytes(String resource) throws IOException {
            byte[] bytes = CACHE.get(resource);
            if (bytes == null) {
                try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IOException("the font " + resource + " is missing from the application");
                    }
                    bytes = in.readAllBytes();
                }
                CACHE.put(resource, bytes);
            }
            return bytes;
        }
    }
}
