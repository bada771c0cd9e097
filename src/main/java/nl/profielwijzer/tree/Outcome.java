package nl.profielwijzer.tree;

import java.util.List;
import java.util.Map;

/**
 * The end of a path: a verdict on the tree's headline question with its reasons.
 *
 * @param certainty  how sure the verdict is; the banner follows verdict and certainty
 * @param conditions the conditions of a {@link Verdict#YES_IF} (empty otherwise)
 * @param views      the positions on a contested point, each with its sources (may be empty)
 * @param steps      next steps per role
 * @param citations  the sources that support the outcome (never a set-aside or overtaken judgment)
 * @param history    judgments mentioned only as history, shown as such and never as support (may be empty)
 */
public record Outcome(
        String id,
        Verdict verdict,
        Certainty certainty,
        LocalizedText title,
        LocalizedText explanation,
        List<Condition> conditions,
        List<View> views,
        Map<Role, List<LocalizedText>> steps,
        List<Citation> citations,
        List<Citation> history) implements Node {

    public Outcome {
        conditions = List.copyOf(conditions);
        views = List.copyOf(views);
        steps = Map.copyOf(steps);
        citations = List.copyOf(citations);
        history = List.copyOf(history);
    }

    public List<LocalizedText> stepsFor(Role role) {
        return steps.getOrDefault(role, List.of());
    }

    /** The texts of the conditions, in order. */
    public List<LocalizedText> conditionTexts() {
        return conditions.stream().map(Condition::text).toList();
    }
}
