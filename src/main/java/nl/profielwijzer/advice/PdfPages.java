package nl.profielwijzer.advice;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of a PDF as pixels, for printing with the same layout as the PDF (the app puts them in a JavaFX
 * {@code WritableImage} and prints them with its {@code PrinterJob}) or for a preview. No JavaFX here.
 */
public final class PdfPages {

    /**
     * One page: {@code argb} holds {@code width * height} pixels, row by row, as 0xAARRGGBB (JavaFX's
     * {@code PixelFormat.getIntArgbInstance()}).
     *
     * @param widthPoints  the page width in points (1/72 inch), for scaling to the printable area
     * @param heightPoints the page height in points
     */
    public record PageImage(int width, int height, int[] argb, float widthPoints, float heightPoints) {
    }

    private PdfPages() {
    }

    /** Renders every page at the resolution (150 dpi prints sharply and keeps an A4 page at about 9 MB). */
    public static List<PageImage> render(byte[] pdf, float dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<PageImage> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.ARGB);
                int w = image.getWidth();
                int h = image.getHeight();
                int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
                var box = document.getPage(i).getMediaBox();
                pages.add(new PageImage(w, h, argb, box.getWidth(), box.getHeight()));
            }
            return pages;
        }
    }
}
