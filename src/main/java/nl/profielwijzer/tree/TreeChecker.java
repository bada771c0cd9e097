package nl.profielwijzer.tree;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the meaning of a tree that was read: references to nodes and sources, cycles, reachability,
 * citations, verdict conditions and dates, and the legal-integrity rules of {@link IntegrityRules} (standing of
 * cited judgments, certainty, "I don't know" answers, shared facts). Linear in the number of nodes and options,
 * apart from the walk below each "I don't know" option.
 */
public final class TreeChecker {
    private final Map<String, Source> register;
    private final Map<String, Fact> facts;
    private final LocalDate today;

    /**
     * @param register the source register by id
     * @param facts    the shared facts ({@code facts.json}) by id
     * @param today    the date the review-before dates are judged against
     */
    public TreeChecker(Map<String, Source> register, Map<String, Fact> facts, LocalDate today) {
        this.register = register;
        this.facts = facts;
        this.today = today;
    }

    public TreeChecker(Map<String, Source> register, LocalDate today) {
        this(register, Map.of(), today);
    }

    public List<Problem> check(Tree tree, Locations at) {
        return check(tree, at, Set.of());
    }

    /**
     * @param brokenNodeIds nodes declared in the file that could not be read (already reported); references to
     *                      them are not reported again
     */
    public List<Problem> check(Tree tree, Locations at, Set<String> brokenNodeIds) {
        ProblemList problems = new ProblemList();
        check(tree, at, brokenNodeIds, problems);
        return problems.list();
    }

    /** Adds the problems to {@code problems}, which keeps at most {@link ProblemList#CAP} of each file. */
    public void check(Tree tree, Locations at, Set<String> brokenNodeIds, ProblemList problems) {
        String file = tree.origin();
        checkDates(tree, at, problems);
        if (!tree.nodes().containsKey(tree.start()) && !brokenNodeIds.contains(tree.start())) {
            problems.add(Problem.error(file, at.of("start"), "the start node \"" + tree.start() + "\" does not exist"
                    + didYouMean(tree.start(), tree.nodes().keySet(), problems)));
        } else if (tree.startNode().orElse(null) instanceof Outcome) {
            problems.add(Problem.warning(file, at.of("start"), "the tree starts with an outcome; it asks nothing"));
        }
        for (Node node : tree.nodes().values()) {
            String path = Locations.node(node.id());
            if (node instanceof Question q) {
                q.sharedFact().filter(f -> !facts.containsKey(f)).ifPresent(f -> problems.add(Problem.error(file,
                        at.of(path + "/fact"), "question \"" + q.id() + "\" asks the fact \"" + f + "\", which is not"
                                + " in facts.json" + didYouMean(f, facts.keySet(), problems))));
                for (int i = 0; i < q.options().size(); i++) {
                    Option option = q.options().get(i);
                    if (!tree.nodes().containsKey(option.next()) && !brokenNodeIds.contains(option.next())) {
                        problems.add(Problem.error(file, at.of(path + "/options/" + i + "/next"), "option \""
                                + option.id() + "\" of question \"" + q.id() + "\" leads to \"" + option.next()
                                + "\", which does not exist"
                                + didYouMean(option.next(), tree.nodes().keySet(), problems)));
                    }
                }
            } else if (node instanceof Outcome o) {
                checkOutcome(file, o, path, at, problems);
                checkResolves(tree, o, path, at, problems);
            }
        }
        checkGraph(tree, at, problems, brokenNodeIds.isEmpty());
        problems.addAll(new IntegrityRules(register, facts).check(tree, at));
    }

    private void checkDates(Tree tree, Locations at, ProblemList problems) {
        String file = tree.origin();
        if (tree.reviewBefore().isBefore(today)) {
            problems.add(Problem.warning(file, at.of("reviewBefore"), "the review-before date " + tree.reviewBefore()
                    + " has passed; check the tree against current law and set a new date"));
        }
        if (!tree.reviewBefore().isAfter(tree.lawAsOf())) {
            problems.add(Problem.error(file, at.of("reviewBefore"), "the review-before date " + tree.reviewBefore()
                    + " must come after the law-as-of date " + tree.lawAsOf()));
        } else if (tree.reviewBefore().isAfter(tree.lawAsOf().plusYears(1))) {
            problems.add(Problem.warning(file, at.of("reviewBefore"), "the review-before date is more than a year"
                    + " after the law-as-of date " + tree.lawAsOf() + "; review trees at least once a year"));
        }
    }

    private void checkOutcome(String file, Outcome o, String path, Locations at, ProblemList problems) {
        String label = "outcome \"" + o.id() + "\"";
        if (o.citations().isEmpty()) {
            problems.add(Problem.error(file, at.of(path + "/citations"), label + " cites no source; every outcome"
                    + " needs at least one citation"));
        }
        boolean primary = false;
        boolean unresolved = false;
        for (int i = 0; i < o.citations().size(); i++) {
            Source source = checkCitation(file, o.citations().get(i), path + "/citations/" + i + "/source", label,
                    at, problems);
            primary |= source != null && (source.kind() == SourceKind.STATUTE || source.kind() == SourceKind.CASE_LAW);
            unresolved |= source == null;
        }
        if (!o.citations().isEmpty() && !primary && !unresolved) {
            problems.add(Problem.warning(file, at.of(path + "/citations"), label + " cites no primary source"
                    + " (a statute or a judgment)"));
        }
        for (int v = 0; v < o.views().size(); v++) {
            View view = o.views().get(v);
            String viewPath = path + "/views/" + v;
            if (view.citations().isEmpty()) {
                problems.add(Problem.error(file, at.of(viewPath), "view " + (v + 1) + " of " + label
                        + " names no source for its position"));
            }
            for (int i = 0; i < view.citations().size(); i++) {
                checkCitation(file, view.citations().get(i), viewPath + "/citations/" + i + "/source", label, at,
                        problems);
            }
            for (int i = 0; i < view.history().size(); i++) {
                checkCitation(file, view.history().get(i), viewPath + "/history/" + i + "/judgment", label, at,
                        problems);
            }
        }
        for (int i = 0; i < o.history().size(); i++) {
            checkCitation(file, o.history().get(i), path + "/history/" + i + "/judgment", label, at, problems);
        }
        if (o.verdict() == Verdict.YES_IF && o.conditions().isEmpty()) {
            problems.add(Problem.error(file, at.of(path + "/verdict"), label + " says yes-if but lists no"
                    + " \"conditions\""));
        }
        if (o.verdict() != Verdict.YES_IF && !o.conditions().isEmpty()) {
            problems.add(Problem.warning(file, at.of(path + "/conditions"), label + " lists conditions, but only a"
                    + " yes-if verdict shows them"));
        }
        if (o.verdict() == Verdict.UNCLEAR && o.views().size() < 2) {
            problems.add(Problem.error(file, at.of(path + "/verdict"), label + " is unclear; give the views"
                    + " (\"views\", at least two) that make it so, each with its source"));
        }
        for (Role role : Role.values()) {
            if (o.stepsFor(role).isEmpty()) {
                problems.add(Problem.error(file, at.of(path + "/steps/" + role.code()), label + " gives no next steps"
                        + " for the " + role.code()));
            }
        }
    }

    /** A condition's "resolves" names a question of the same tree. */
    private static void checkResolves(Tree tree, Outcome o, String path, Locations at, ProblemList problems) {
        for (int i = 0; i < o.conditions().size(); i++) {
            String resolves = o.conditions().get(i).resolves();
            if (resolves != null && tree.question(resolves).isEmpty()) {
                problems.add(Problem.error(tree.origin(), at.of(path + "/conditions/" + i + "/resolves"),
                        "condition " + (i + 1) + " of outcome \"" + o.id() + "\" resolves \"" + resolves
                                + "\", which is not a question of this tree"
                                + didYouMean(resolves, tree.nodes().keySet(), problems)));
            }
        }
    }

    private Source checkCitation(String file, Citation citation, String path, String label, Locations at,
            ProblemList problems) {
        Source source = register.get(citation.sourceId());
        if (source == null) {
            problems.add(Problem.error(file, at.of(path), label + " cites \"" + citation.sourceId()
                    + "\", which is not in the source register" + didYouMean(citation.sourceId(), register.keySet(), problems)));
        }
        return source;
    }

    /**
     * Cycles and reachability in one iterative depth-first walk (no recursion: trees may be very deep).
     * Reachability is judged only when every node could be read.
     */
    private static void checkGraph(Tree tree, Locations at, ProblemList problems, boolean judgeReachability) {
        Map<String, Node> nodes = tree.nodes();
        if (!nodes.containsKey(tree.start())) {
            return;
        }
        Map<String, Integer> state = new HashMap<>(nodes.size() * 2); // 1 = on the current path, 2 = done
        Deque<String> stack = new ArrayDeque<>();
        Deque<Integer> nextChild = new ArrayDeque<>();
        stack.push(tree.start());
        nextChild.push(0);
        state.put(tree.start(), 1);
        Set<String> reportedCycles = new HashSet<>();
        while (!stack.isEmpty()) {
            String id = stack.peek();
            int child = nextChild.pop();
            Node node = nodes.get(id);
            if (node instanceof Question q && child < q.options().size()) {
                nextChild.push(child + 1);
                String next = q.options().get(child).next();
                if (!nodes.containsKey(next)) {
                    continue;
                }
                Integer s = state.get(next);
                if (s == null) {
                    state.put(next, 1);
                    stack.push(next);
                    nextChild.push(0);
                } else if (s == 1 && reportedCycles.add(id + "/" + child)) {
                    problems.add(Problem.error(tree.origin(), at.of(Locations.node(id) + "/options/" + child + "/next"),
                            "option \"" + q.options().get(child).id() + "\" of question \"" + id + "\" leads back to \""
                                    + next + "\", which makes a cycle; every path must end in an outcome"));
                }
            } else {
                state.put(id, 2);
                stack.pop();
            }
        }
        if (!judgeReachability) {
            return; // a node that could not be read may be the one that links the others
        }
        for (Node node : nodes.values()) {
            if (!state.containsKey(node.id())) {
                problems.add(Problem.error(tree.origin(), at.of(Locations.node(node.id())), "node \"" + node.id()
                        + "\" cannot be reached from the start \"" + tree.start() + "\"; link it from an option or"
                        + " remove it"));
            }
        }
    }

    /** Skipped once the file's problem list is full: the message would only be counted. */
    private static String didYouMean(String name, Set<String> candidates, ProblemList problems) {
        if (problems.isFull()) {
            return "";
        }
        return Suggestions.closest(name, candidates).map(s -> "; did you mean \"" + s + "\"?").orElse("");
    }
}
