package nl.profielwijzer.tree;

import java.util.List;

/** One position on a contested point: who holds it, what they say, and where. */
public record View(LocalizedText holder, LocalizedText position, List<Citation> citations) {
    public View {
        citations = List.copyOf(citations);
    }
}
