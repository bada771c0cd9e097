package nl.profielwijzer.advice;

import java.awt.Color;

import nl.profielwijzer.tree.Verdict;

/**
 * The colour of each verdict, the same in the PDF and the Graphviz map: yes green, yes-if teal, no red, unclear
 * amber. Colour only supports the verdict word, which is always printed too.
 *
 * @param accent a strong colour for bars and borders
 * @param tint   a light background
 * @param text   a dark shade for text on the tint (contrast at least 4.5:1)
 */
public record VerdictColors(Color accent, Color tint, Color text) {

    public static VerdictColors of(Verdict verdict) {
        return switch (verdict) {
            case YES -> new VerdictColors(new Color(0x2E7D32), new Color(0xE8F3E8), new Color(0x1B5E20));
            case YES_IF -> new VerdictColors(new Color(0x00796B), new Color(0xE0F1EF), new Color(0x00564C));
            case NO -> new VerdictColors(new Color(0xC62828), new Color(0xFBE9E9), new Color(0xA31919));
            case UNCLEAR -> new VerdictColors(new Color(0xC77800), new Color(0xFFF3D9), new Color(0x7A4A00));
        };
    }

    /** "#rrggbb", for Graphviz and CSS. */
    public static String hex(Color color) {
        return String.format("#%06x", color.getRGB() & 0xFFFFFF);
    }
}
