package nl.profielwijzer.tree;

import java.util.List;
import java.util.Optional;

/**
 * A question with two or more options; {@code why} explains why we ask it (may be absent).
 *
 * @param fact the id of the shared fact ({@code trees/facts.json}) this question asks, or null; a question
 *             with a fact has exactly the fact's option ids, so the same facts can be compared across trees
 */
public record Question(String id, LocalizedText text, LocalizedText why, List<Option> options, String fact)
        implements Node {
    public Question {
        options = List.copyOf(options);
    }

    public Question(String id, LocalizedText text, LocalizedText why, List<Option> options) {
        this(id, text, why, options, null);
    }

    public Optional<LocalizedText> whyWeAsk() {
        return Optional.ofNullable(why);
    }

    public Optional<String> sharedFact() {
        return Optional.ofNullable(fact);
    }

    public Optional<Option> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }
}
