package nl.profielwijzer.engine;

import java.util.Optional;
import java.util.Set;

import nl.profielwijzer.tree.Option;
import nl.profielwijzer.tree.Outcome;
import nl.profielwijzer.tree.Verdict;

/**
 * Another answer to a question on the path that would lead to a different verdict.
 *
 * @param step     the question as answered now
 * @param instead  the other option
 * @param leadsTo  the outcome reached with that answer when the other answers already given decide the rest
 * @param verdicts the verdicts that answer can lead to (one when {@code leadsTo} is present; more when further
 *                 questions would decide)
 */
public record Alternative(Step step, Option instead, Optional<Outcome> leadsTo, Set<Verdict> verdicts) {
    public Alternative {
        verdicts = Set.copyOf(verdicts);
    }
}
