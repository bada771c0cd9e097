package nl.profielwijzer.ui.theme;

/** The text size steps of the whole window, applied as the root font size. */
public enum TextSize {
    SMALL(14), NORMAL(16), LARGE(19), LARGEST(22);

    private final int pixels;

    TextSize(int pixels) {
        this.pixels = pixels;
    }

    public int pixels() {
        return pixels;
    }

    public TextSize larger() {
        return this == LARGEST ? this : values()[ordinal() + 1];
    }

    public TextSize smaller() {
        return this == SMALL ? this : values()[ordinal() - 1];
    }
}
