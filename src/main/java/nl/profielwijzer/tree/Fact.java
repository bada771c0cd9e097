package nl.profielwijzer.tree;

import java.util.List;
import java.util.Optional;

/**
 * A fact that several trees ask ({@code trees/facts.json}), e.g. whether the employee still works there.
 * A question that names the fact ({@code "fact": id}) has exactly these option ids, so the same facts can be
 * compared across trees.
 */
public record Fact(String id, LocalizedText text, LocalizedText why, List<Answer> options) {
    public Fact {
        options = List.copyOf(options);
    }

    /** One possible answer to the fact. */
    public record Answer(String id, LocalizedText label) {
    }

    public List<String> optionIds() {
        return options.stream().map(Answer::id).toList();
    }

    public Optional<LocalizedText> whyWeAsk() {
        return Optional.ofNullable(why);
    }
}
