package nl.profielwijzer.tree;

/** One answer to a question, leading to the next node. */
public record Option(String id, LocalizedText label, String next) {
}
