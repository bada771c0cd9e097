package nl.profielwijzer.ui.print;

/**
 * Where a PDF page goes on the printable area: as large as it is (the paper matches the PDF), smaller when the
 * area is smaller (hardware margins, Letter paper), never larger; centred across, at the top. No JavaFX here.
 *
 * @param scale   the factor from the page's points to the printed size, at most 1
 * @param width   the printed width in points
 * @param height  the printed height in points
 * @param offsetX the left margin within the printable area, in points
 */
public record PageFit(double scale, double width, double height, double offsetX) {

    public static PageFit of(double pageWidth, double pageHeight, double areaWidth, double areaHeight) {
        if (pageWidth <= 0 || pageHeight <= 0 || areaWidth <= 0 || areaHeight <= 0) {
            throw new IllegalArgumentException("page and printable area need a size: page " + pageWidth + " x "
                    + pageHeight + ", area " + areaWidth + " x " + areaHeight);
        }
        double scale = Math.min(1, Math.min(areaWidth / pageWidth, areaHeight / pageHeight));
        double width = pageWidth * scale;
        double height = pageHeight * scale;
        return new PageFit(scale, width, height, (areaWidth - width) / 2);
    }
}
