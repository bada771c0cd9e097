package nl.profielwijzer.advice.pdf;

import java.awt.Color;

/**
 * How a run of text looks: weight, size in points, colour, and line height as a multiple of the size.
 *
 * @param leading the line height divided by the size (1.4 reads calmly for body text)
 */
public record TextStyle(boolean bold, float size, Color color, float leading) {

    /** The height of one line of this style, in points. */
    public float lineHeight() {
        return size * leading;
    }

    public TextStyle bold(boolean value) {
        return new TextStyle(value, size, color, leading);
    }

    public TextStyle color(Color value) {
        return new TextStyle(bold, size, value, leading);
    }

    public TextStyle size(float value) {
        return new TextStyle(bold, value, color, leading);
    }
}
