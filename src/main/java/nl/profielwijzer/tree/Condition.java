package nl.profielwijzer.tree;

import java.util.Optional;

/**
 * One condition of a {@link Verdict#YES_IF} outcome.
 *
 * @param text     what must hold, in both languages (may have role variants)
 * @param resolves the id of a question of the same tree whose open fact this condition is, or null. An
 *                 "I don't know" option ({@link Option#unknown()}) may lead to a yes-if only through an
 *                 outcome with a condition that resolves that question.
 */
public record Condition(LocalizedText text, String resolves) {
    public Condition {
        java.util.Objects.requireNonNull(text, "text");
    }

    public Condition(LocalizedText text) {
        this(text, null);
    }

    public Optional<String> resolvedQuestion() {
        return Optional.ofNullable(resolves);
    }
}
