package nl.profielwijzer.ui.print;

import java.io.IOException;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import nl.profielwijzer.advice.PdfPages;

/**
 * Prints the advice as the pages of its PDF, rendered to pixels, so the paper shows exactly what the PDF shows
 * (see docs/decisions/0006-printing-rendered-pdf-pages.md). Runs off the JavaFX thread.
 */
public final class AdvicePrinting {
    /** Sharp enough for 8 pt text on paper; an A4 page is then about 9 MB of pixels. */
    public static final float DPI = 150f;

    private AdvicePrinting() {
    }

    /**
     * Renders the PDF's pages and prints each on the job, scaled to its printable area, then ends the job.
     *
     * @return the number of pages printed
     * @throws IOException when the PDF cannot be rendered or the printer refuses a page or the job (the job is
     *                     then cancelled)
     */
    public static int print(byte[] pdf, Printing.Job job, Printing.Area area) throws IOException {
        List<PdfPages.PageImage> pages;
        try {
            pages = PdfPages.render(pdf, DPI);
            for (int i = 0; i < pages.size(); i++) {
                if (!job.printPage(pageNode(pages.get(i), area))) {
                    throw new IOException("the printer did not accept page " + (i + 1));
                }
            }
        } catch (IOException | RuntimeException e) {
            job.cancelJob(); // never leave a half-sent job behind
            throw e;
        }
        if (!job.endJob()) {
            throw new IOException("the job could not be sent to the printer");
        }
        return pages.size();
    }

    /** One page as an image node of its printed size (in points), shifted to centre it across the area. */
    static Node pageNode(PdfPages.PageImage page, Printing.Area area) {
        PageFit fit = PageFit.of(page.widthPoints(), page.heightPoints(), area.width(), area.height());
        WritableImage image = new WritableImage(page.width(), page.height());
        image.getPixelWriter().setPixels(0, 0, page.width(), page.height(), PixelFormat.getIntArgbInstance(),
                page.argb(), 0, page.width());
        ImageView view = new ImageView(image);
        view.setSmooth(true);
        view.setFitWidth(fit.width());
        view.setFitHeight(fit.height());
        view.setTranslateX(fit.offsetX());
        return view;
    }
}
