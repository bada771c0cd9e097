package nl.profielwijzer.tree;

import java.util.List;
import java.util.Map;

/**
 * The end of a path: a verdict on the tree's headline question with its reasons.
 *
 * @param conditions the conditions of a {@link Verdict#YES_IF} (empty otherwise)
 * @param views      the positions on a contested point, each with its sources (may be empty)
 * @param steps      next steps per role
 */
public record Outcome(
        String id,
        Verdict verdict,
        LocalizedText title,
        LocalizedText explanation,
        List<LocalizedText> conditions,
        List<View> views,
        Map<Role, List<LocalizedText>> steps,
        List<Citation> citations) implements Node {

    public Outcome {
        conditions = List.copyOf(conditions);
        views = List.copyOf(views);
        steps = Map.copyOf(steps);
        citations = List.copyOf(citations);
    }

    public List<LocalizedText> stepsFor(Role role) {
        return steps.getOrDefault(role, List.of());
    }

}
