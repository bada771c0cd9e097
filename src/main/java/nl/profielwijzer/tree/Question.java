package nl.profielwijzer.tree;

import java.util.List;
import java.util.Optional;

/** A question with two or more options; {@code why} explains why we ask it (may be absent). */
public record Question(String id, LocalizedText text, LocalizedText why, List<Option> options) implements Node {
    public Question {
        options = List.copyOf(options);
    }

    public Optional<LocalizedText> whyWeAsk() {
        return Optional.ofNullable(why);
    }

    public Optional<Option> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }
}
