package nl.profielwijzer.engine;

import nl.profielwijzer.tree.Option;
import nl.profielwijzer.tree.Question;

/** One answered question on the path: the question and the option chosen. */
public record Step(Question question, Option option) {
}
