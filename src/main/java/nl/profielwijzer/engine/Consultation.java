package nl.profielwijzer.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.profielwijzer.tree.Node;
import nl.profielwijzer.tree.Option;
import nl.profielwijzer.tree.Outcome;
import nl.profielwijzer.tree.Question;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.Verdict;

/**
 * One person's way through a tree. Immutable: every move returns a new consultation.
 *
 * <p>It remembers every answer given, including answers to questions that a changed earlier answer has taken
 * off the path. The path is derived: from the start, follow the remembered answers until a question without an
 * answer (the frontier) or an outcome. So answers still on the new path are kept, the others are set aside, and
 * they come back when the user changes back.
 *
 * <p>The focus is the question on screen: normally the frontier; after Back or a jump, an earlier question.
 */
public final class Consultation {
    private final Tree tree;
    private final TreeIndex index;
    private final Map<String, String> remembered;
    private final String focus;
    private final List<Step> path;
    private final Node frontier;

    private Consultation(Tree tree, TreeIndex index, Map<String, String> remembered, String focus) {
        this.tree = tree;
        this.index = index;
        this.remembered = Collections.unmodifiableMap(remembered);
        List<Step> steps = new ArrayList<>();
        this.frontier = walk(tree, remembered, tree.start(), steps);
        this.path = List.copyOf(steps);
        this.focus = focus != null && isAnsweredOnPath(focus) ? focus : null;
    }

    /** A new consultation at the start of the tree. */
    public static Consultation start(Tree tree) {
        if (tree.startNode().isEmpty()) {
            throw new IllegalArgumentException("the tree has no start node \"" + tree.start() + "\"");
        }
        return new Consultation(tree, new TreeIndex(tree), new LinkedHashMap<>(), null);
    }

    /** A consultation with these answers (question id to option id), e.g. from the command line or a file. */
    public static Consultation withAnswers(Tree tree, Map<String, String> answers) {
        Consultation c = start(tree);
        return new Consultation(tree, c.index, new LinkedHashMap<>(answers), null);
    }

    public Tree tree() {
        return tree;
    }

    /** The answered questions from the start, in order. */
    public List<Step> path() {
        return path;
    }

    /** The first unanswered question on the path, or the outcome. */
    public Node frontier() {
        return frontier;
    }

    /** The node on screen: the focused earlier question, or the frontier. */
    public Node current() {
        return focus == null ? frontier : tree.nodes().get(focus);
    }

    public Optional<Outcome> outcome() {
        return frontier instanceof Outcome o ? Optional.of(o) : Optional.empty();
    }

    /** True when the path ends in an outcome (even if an earlier question is on screen). */
    public boolean hasOutcome() {
        return frontier instanceof Outcome;
    }

    /** The remembered answer to a question, on the path or set aside. */
    public Optional<String> answerTo(String questionId) {
        return Optional.ofNullable(remembered.get(questionId));
    }

    /** Answers on the path, in path order (question id to option id). */
    public Map<String, String> answersOnPath() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Step step : path) {
            out.put(step.question().id(), step.option().id());
        }
        return out;
    }

    /** Remembered answers that the current path does not use. */
    public Map<String, String> setAside() {
        Map<String, String> out = new LinkedHashMap<>(remembered);
        for (Step step : path) {
            out.remove(step.question().id());
        }
        return out;
    }

    /** Whether the question is on the path: answered on it, or the frontier. */
    public boolean isOnPath(String questionId) {
        return isAnsweredOnPath(questionId) || frontier.id().equals(questionId) && frontier instanceof Question;
    }

    private boolean isAnsweredOnPath(String questionId) {
        for (Step step : path) {
            if (step.question().id().equals(questionId)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Answers a question on the path (the one on screen, or any earlier one) and moves on to the next node.
     *
     * @throws IllegalArgumentException when the question is not on the path or the option is not one of its own
     */
    public Consultation answer(String questionId, String optionId) {
        if (!isOnPath(questionId)) {
            throw new IllegalArgumentException("question \"" + questionId + "\" is not on the path");
        }
        Question q = tree.question(questionId).orElseThrow();
        Option option = q.option(optionId).orElseThrow(() -> new IllegalArgumentException("question \""
                + questionId + "\" has no option \"" + optionId + "\""));
        Map<String, String> next = new LinkedHashMap<>(remembered);
        next.put(questionId, optionId);
        Consultation after = new Consultation(tree, index, next, null);
        // Move the focus to the node after this question: an answered question is shown again, so the user
        // walks forward through kept answers one at a time; otherwise the frontier.
        String following = option.next();
        return after.isAnsweredOnPath(following) ? after.withFocus(following) : after;
    }

    /** One question back. At the first question nothing changes. */
    public Consultation back() {
        if (!canGoBack()) {
            return this;
        }
        int position = focus == null ? path.size() : indexOnPath(focus);
        return withFocus(path.get(position - 1).question().id());
    }

    public boolean canGoBack() {
        return focus == null ? !path.isEmpty() : indexOnPath(focus) > 0;
    }

    /** Shows an earlier question again, to look at or change its answer. */
    public Consultation jumpTo(String questionId) {
        if (frontier.id().equals(questionId)) {
            return withFocus(null);
        }
        if (!isAnsweredOnPath(questionId)) {
            throw new IllegalArgumentException("question \"" + questionId + "\" is not on the path");
        }
        return withFocus(questionId);
    }

    private Consultation withFocus(String questionId) {
        return new Consultation(tree, index, new LinkedHashMap<>(remembered), questionId);
    }

    private int indexOnPath(String questionId) {
        for (int i = 0; i < path.size(); i++) {
            if (path.get(i).question().id().equals(questionId)) {
                return i;
            }
        }
        return -1;
    }

    /** The verdicts still possible from the frontier: one once there is an outcome. */
    public Set<Verdict> reachableVerdicts() {
        return frontier instanceof Outcome o ? EnumSet.of(o.verdict()) : index.reachableVerdicts(frontier.id());
    }

    public Progress progress() {
        if (frontier instanceof Outcome) {
            return new Progress(path.size(), 0, 0);
        }
        return new Progress(path.size(), index.fewestQuestions(frontier.id()), index.mostQuestions(frontier.id()));
    }

    /**
     * For each answered question, the other answers that lead to a different verdict than the outcome's, and to
     * which. Empty until there is an outcome.
     */
    public List<Alternative> whatWouldChange() {
        if (!(frontier instanceof Outcome current)) {
            return List.of();
        }
        List<Alternative> out = new ArrayList<>();
        for (Step step : path) {
            for (Option other : step.question().options()) {
                if (other.id().equals(step.option().id())) {
                    continue;
                }
                Node end = followRemembered(other.next());
                Set<Verdict> verdicts = end instanceof Outcome o ? EnumSet.of(o.verdict())
                        : index.reachableVerdicts(end.id());
                if (verdicts.isEmpty() || verdicts.equals(EnumSet.of(current.verdict()))) {
                    continue;
                }
                Optional<Outcome> leadsTo = end instanceof Outcome o ? Optional.of(o) : Optional.empty();
                out.add(new Alternative(step, other, leadsTo, verdicts));
            }
        }
        return out;
    }

    /** From a node, follow the remembered answers as far as they go. */
    private Node followRemembered(String nodeId) {
        return walk(tree, remembered, nodeId, new ArrayList<>());
    }

    /**
     * The one walk: from {@code nodeId}, follow the remembered answers until a question without an (existing)
     * answer or an outcome, adding each answered question to {@code steps}; returns where it stops.
     */
    private static Node walk(Tree tree, Map<String, String> remembered, String nodeId, List<Step> steps) {
        Node node = tree.nodes().get(nodeId);
        Set<String> seen = new HashSet<>();
        while (node instanceof Question q && seen.add(q.id())) {
            String chosen = remembered.get(q.id());
            Optional<Option> option = chosen == null ? Optional.empty() : q.option(chosen);
            if (option.isEmpty() || !tree.nodes().containsKey(option.get().next())) {
                break;
            }
            steps.add(new Step(q, option.get()));
            node = tree.nodes().get(option.get().next());
        }
        return node;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Consultation c && c.tree == tree && c.remembered.equals(remembered)
                && Objects.equals(c.focus, focus);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tree.id(), remembered, focus);
    }

    @Override
    public String toString() {
        return "Consultation[" + tree.id() + ", path=" + answersOnPath() + ", setAside=" + setAside() + ", focus="
                + focus + "]";
    }
}
