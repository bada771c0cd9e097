package nl.profielwijzer.tools;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.GlyphVector;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * Draws Profielwijzer's icons with Java2D, so they can be made again exactly: the app icon as PNG in the sizes
 * Linux, Windows and macOS use, a Windows .ico (PNG-compressed entries), a macOS .icns (through icnsutils'
 * png2icns when it is installed), and one icon per verdict.
 *
 * <pre>
 * mvn -q test-compile
 * java -Djava.awt.headless=true -cp target/test-classes nl.profielwijzer.tools.IconGenerator icons
 * </pre>
 */
public final class IconGenerator {
    static final int[] APP_SIZES = {16, 24, 32, 48, 64, 128, 256, 512, 1024};
    static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};
    static final int[] ICNS_SIZES = {16, 32, 48, 128, 256, 512, 1024};
    static final int VERDICT_SIZE = 128;

    private static final Color BLUE_TOP = new Color(0x1a6fd0);
    private static final Color BLUE_BOTTOM = new Color(0x0b4a8c);
    private static final Color TEAL_BADGE = new Color(0x19a38f);

    private IconGenerator() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path out = Path.of(args.length > 0 ? args[0] : "icons");
        Files.createDirectories(out);
        Map<Integer, byte[]> pngs = new LinkedHashMap<>();
        for (int size : APP_SIZES) {
            byte[] png = png(appIcon(size));
            pngs.put(size, png);
            Files.write(out.resolve("app-" + size + ".png"), png);
        }
        Files.write(out.resolve("app.ico"), ico(pngs));
        for (String verdict : new String[] {"yes", "yes-if", "no", "unclear", "attention", "plain"}) {
            Files.write(out.resolve("verdict-" + verdict + ".png"), png(verdictIcon(verdict, VERDICT_SIZE)));
        }
        icns(out);
        System.out.println("icons written to " + out.toAbsolutePath());
    }

    /** A white person (head and shoulders) on a blue rounded square, with a teal check badge from 32 px. */
    static BufferedImage appIcon(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = graphics(image);
        double s = size / 1024.0;
        g.scale(s, s);
        double inset = size <= 24 ? 16 : 48;
        g.setPaint(new GradientPaint(0, 0, BLUE_TOP, 0, 1024, BLUE_BOTTOM));
        g.fill(new RoundRectangle2D.Double(inset, inset, 1024 - 2 * inset, 1024 - 2 * inset, 220, 220));
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(372, 190, 280, 280));
        Path2D shoulders = new Path2D.Double();
        shoulders.moveTo(220, 850);
        shoulders.curveTo(220, 600, 360, 520, 512, 520);
        shoulders.curveTo(664, 520, 804, 600, 804, 850);
        shoulders.closePath();
        g.fill(shoulders);
        if (size >= 32) {
            g.setColor(Color.WHITE);
            g.fill(new Ellipse2D.Double(640, 620, 330, 330));
            g.setColor(TEAL_BADGE);
            g.fill(new Ellipse2D.Double(665, 645, 280, 280));
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(48, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Path2D check = new Path2D.Double();
            check.moveTo(730, 790);
            check.lineTo(790, 850);
            check.lineTo(890, 730);
            g.draw(check);
        }
        g.dispose();
        return image;
    }

    /**
     * A filled circle in the verdict's colour with a white mark: ✓, ✓ with a condition badge, ✕ or ?; and two
     * banner tones that are no verdict: "attention" (! on brown: an answer not in the reader's favour, which is
     * not an error) and "plain" (i on slate: a yes or no for a tree that does not say which is good news).
     */
    static BufferedImage verdictIcon(String verdict, int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = graphics(image);
        double s = size / 128.0;
        g.scale(s, s);
        Color colour = switch (verdict) {
            case "yes" -> new Color(0x17663a);
            case "yes-if" -> new Color(0x0b5f78);
            case "no" -> new Color(0xa8201a);
            case "attention" -> new Color(0x8a3b12);
            case "plain" -> new Color(0x3d4f63);
            default -> new Color(0x8a5d00);
        };
        g.setColor(colour);
        g.fill(new Ellipse2D.Double(4, 4, 120, 120));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        switch (verdict) {
            case "yes" -> g.draw(check(34, 66, 56, 88, 96, 42));
            case "yes-if" -> {
                g.draw(check(26, 68, 46, 88, 82, 46));
                g.setColor(Color.WHITE);
                g.fill(new Ellipse2D.Double(78, 70, 42, 42));
                g.setColor(colour);
                g.fill(new Ellipse2D.Double(83, 75, 32, 32));
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                for (int i = 0; i < 3; i++) {
                    double a = Math.PI / 3 * i;
                    g.draw(new java.awt.geom.Line2D.Double(99 - 9 * Math.cos(a), 91 - 9 * Math.sin(a),
                            99 + 9 * Math.cos(a), 91 + 9 * Math.sin(a)));
                }
            }
            case "no" -> {
                g.draw(new java.awt.geom.Line2D.Double(42, 42, 86, 86));
                g.draw(new java.awt.geom.Line2D.Double(86, 42, 42, 86));
            }
            default -> {
                Font font = new Font(Font.SANS_SERIF, Font.BOLD, 88);
                String mark = switch (verdict) {
                    case "attention" -> "!";
                    case "plain" -> "i";
                    default -> "?";
                };
                GlyphVector glyph = font.createGlyphVector(g.getFontRenderContext(), mark);
                var bounds = glyph.getVisualBounds();
                g.fill(glyph.getOutline((float) (64 - bounds.getCenterX()), (float) (64 - bounds.getCenterY())));
            }
        }
        g.dispose();
        return image;
    }

    private static Path2D check(double x1, double y1, double x2, double y2, double x3, double y3) {
        Path2D check = new Path2D.Double();
        check.moveTo(x1, y1);
        check.lineTo(x2, y2);
        check.lineTo(x3, y3);
        return check;
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A Windows icon whose entries are PNG images (supported since Windows Vista). */
    static byte[] ico(Map<Integer, byte[]> pngs) {
        List<Integer> sizes = new ArrayList<>();
        for (int size : ICO_SIZES) {
            if (pngs.containsKey(size)) {
                sizes.add(size);
            }
        }
        int total = 6 + 16 * sizes.size() + sizes.stream().mapToInt(s -> pngs.get(s).length).sum();
        ByteBuffer buffer = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putShort((short) 0).putShort((short) 1).putShort((short) sizes.size());
        int offset = 6 + 16 * sizes.size();
        for (int size : sizes) {
            byte[] png = pngs.get(size);
            buffer.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            buffer.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            buffer.putInt(png.length).putInt(offset);
            offset += png.length;
        }
        for (int size : sizes) {
            buffer.put(pngs.get(size));
        }
        return buffer.array();
    }

    /** The macOS icon, made by png2icns (Debian: apt-get install icnsutils) when it is on the PATH. */
    private static void icns(Path out) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("png2icns", out.resolve("app.icns").toString()));
        for (int size : ICNS_SIZES) {
            command.add(out.resolve("app-" + size + ".png").toString());
        }
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String log = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                System.err.println("png2icns failed; app.icns not written:\n" + log);
            }
        } catch (IOException e) {
            System.err.println("png2icns not found (apt-get install icnsutils); app.icns not written");
        }
    }
}
