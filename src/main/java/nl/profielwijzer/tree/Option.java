package nl.profielwijzer.tree;

/**
 * One answer to a question, leading to the next node.
 *
 * @param unknown true for an "I don't know" answer ({@code "unknown": true} in the file): its paths may not
 *                end in a plain yes, and a yes-if only where a condition resolves the question
 */
public record Option(String id, LocalizedText label, String next, boolean unknown) {
    public Option(String id, LocalizedText label, String next) {
        this(id, label, next, false);
    }
}
