package nl.profielwijzer.tree;

import java.util.List;

/**
 * One position on a contested point: who holds it, what they say, and where.
 *
 * @param citations the sources that support the position (never a set-aside or overtaken judgment)
 * @param history   judgments mentioned only as history (e.g. a first-instance ruling a higher court set aside);
 *                  shown as history, never as support
 */
public record View(LocalizedText holder, LocalizedText position, List<Citation> citations, List<Citation> history) {
    public View {
        citations = List.copyOf(citations);
        history = List.copyOf(history);
    }

    public View(LocalizedText holder, LocalizedText position, List<Citation> citations) {
        this(holder, position, citations, List.of());
    }
}
