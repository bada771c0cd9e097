package nl.profielwijzer.tree;

/**
 * A node of a decision tree. The kinds are closed in code but open in the file format:
 * a file names its kind in {@code "kind"}, so a new kind can be added without touching existing files.
 */
public sealed interface Node permits Question, Outcome {
    String id();
}
