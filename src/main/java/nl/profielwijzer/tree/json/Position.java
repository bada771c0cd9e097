package nl.profielwijzer.tree.json;

/** A line and column in a text file, both counted from 1. */
public record Position(int line, int column) {
    public static final Position START = new Position(1, 1);
}
