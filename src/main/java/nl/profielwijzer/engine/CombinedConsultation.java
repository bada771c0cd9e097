package nl.profielwijzer.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.profielwijzer.tree.Fact;
import nl.profielwijzer.tree.Node;
import nl.profielwijzer.tree.Option;
import nl.profielwijzer.tree.Outcome;
import nl.profielwijzer.tree.Question;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.Verdict;

/**
 * Several topics in one walk (the whole-company check): one store of answers, shared facts asked once, and a
 * plain {@link Consultation} per topic. Immutable: every move returns a new combined consultation.
 *
 * <p>The store keys an answer by what it is about: a question with a shared fact ({@link Question#sharedFact()})
 * by the fact id, every other question by its tree and question id (see {@link #key}). Each topic's consultation
 * is derived from the store, so changing a shared fact updates every topic that asks it, and a topic's outcome
 * is exactly the outcome of the single topic given the same answers.
 *
 * <p>The walk: first the shared facts that two or more of the chosen topics ask (in the order the topics first
 * ask them), then each topic's own questions, topic by topic. A fact question that an earlier topic or the shared
 * part already answered is not asked again. Like {@link Consultation}, answers taken off the path by a changed
 * answer are remembered and come back when the user changes back; the focus is the question on screen.
 */
public final class CombinedConsultation {
    /** Prefix of store keys for shared facts: {@code fact:still-employed}. */
    public static final String FACT_PREFIX = "fact:";

    /**
     * One answered question of the combined walk.
     *
     * @param key      the store key of the answer ({@link #key})
     * @param topic    the topic whose path asked it, or empty for the shared facts asked first
     * @param question the question as shown (for a shared fact: the fact's own neutral question)
     * @param option   the option chosen
     */
    public record CombinedStep(String key, Optional<Tree> topic, Question question, Option option) {
    }

    /**
     * The question to ask next, or on screen.
     *
     * @param key      the store key its answer goes to
     * @param topic    the topic it belongs to, or empty for a shared fact asked first
     * @param question the question to show
     */
    public record Prompt(String key, Optional<Tree> topic, Question question) {
    }

    /**
     * Another answer to a question on the path that changes the verdict of at least one topic.
     *
     * @param step    the question as answered now
     * @param instead the other option
     * @param effects per changed topic (in topic order): the outcome reached with that answer, or empty when more
     *                questions would decide, with the verdicts still possible then
     */
    public record Alternative(CombinedStep step, Option instead, List<TopicEffect> effects) {
        public Alternative {
            effects = List.copyOf(effects);
        }
    }

    /** What another answer does to one topic: its new outcome, or the verdicts still possible. */
    public record TopicEffect(Tree topic, Optional<Outcome> leadsTo, Set<Verdict> verdicts) {
        public TopicEffect {
            verdicts = Set.copyOf(verdicts);
        }
    }

    private final List<Tree> topics;
    private final Map<String, Question> factQuestions;
    private final List<String> sharedFacts;
    private final Map<String, String> store;
    private final String focus;
    private final List<Consultation> consultations;
    private final List<CombinedStep> path;
    private final Prompt frontier;

    private CombinedConsultation(List<Tree> topics, Map<String, Question> factQuestions, List<String> sharedFacts,
            Map<String, String> store, String focus) {
        this.topics = topics;
        this.factQuestions = factQuestions;
        this.sharedFacts = sharedFacts;
        this.store = Collections.unmodifiableMap(store);
        List<Consultation> perTopic = new ArrayList<>();
        for (Tree tree : topics) {
            perTopic.add(Consultation.withAnswers(tree, answersFor(tree, store)));
        }
        this.consultations = List.copyOf(perTopic);
        List<CombinedStep> steps = new ArrayList<>();
        this.frontier = walk(steps);
        this.path = List.copyOf(steps);
        this.focus = focus != null && indexOnPath(focus) >= 0 ? focus : null;
    }

    /**
     * A new combined consultation at its first question.
     *
     * @param topics the chosen trees, in the order they are asked; at least one, no tree twice
     * @param facts  the shared facts by id ({@code trees/facts.json}); every fact that two or more topics ask must
     *               be present: its neutral text and options are what the shared part asks
     * @throws IllegalArgumentException when there are no topics, a tree is chosen twice, or a shared fact is
     *                                  missing from {@code facts}
     */
    public static CombinedConsultation start(List<Tree> topics, Map<String, Fact> facts) {
        return withAnswers(topics, facts, Map.of());
    }

    /**
     * A combined consultation with these answers (store key to option id, see {@link #key}), e.g. from a file or
     * the command line. Unknown keys are kept (set aside) and do no harm.
     *
     * @throws IllegalArgumentException as {@link #start}
     */
    public static CombinedConsultation withAnswers(List<Tree> topics, Map<String, Fact> facts,
            Map<String, String> answers) {
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("choose at least one topic");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Tree tree : topics) {
            if (!ids.add(tree.id())) {
                throw new IllegalArgumentException("topic \"" + tree.id() + "\" is chosen twice");
            }
        }
        List<String> shared = sharedFacts(topics);
        Map<String, Question> factQuestions = new LinkedHashMap<>();
        for (String id : shared) {
            Fact fact = facts.get(id);
            if (fact == null) {
                throw new IllegalArgumentException("the shared fact \"" + id + "\" is not in the register of facts");
            }
            factQuestions.put(id, asQuestion(fact, topics));
        }
        return new CombinedConsultation(List.copyOf(topics), Map.copyOf(factQuestions), shared,
                new LinkedHashMap<>(answers), null);
    }

    /**
     * The fact as a question of its own (id = fact id, options without a next node), for the shared part. An
     * option is an "I don't know" answer when the topics' questions for this fact mark it so.
     */
    static Question asQuestion(Fact fact, List<Tree> topics) {
        Set<String> unknown = new LinkedHashSet<>();
        for (Tree tree : topics) {
            for (Question q : tree.questions()) {
                if (fact.id().equals(q.fact())) {
                    q.options().stream().filter(Option::unknown).forEach(o -> unknown.add(o.id()));
                }
            }
        }
        List<Option> options = new ArrayList<>();
        for (Fact.Answer answer : fact.options()) {
            options.add(new Option(answer.id(), answer.label(), null, unknown.contains(answer.id())));
        }
        return new Question(fact.id(), fact.text(), fact.why(), options, fact.id());
    }

    /** The store key of a question's answer: {@code fact:<fact id>} for a shared fact, else {@code <tree>/<question>}. */
    public static String key(Tree tree, Question question) {
        return question.sharedFact().map(f -> FACT_PREFIX + f).orElse(tree.id() + "/" + question.id());
    }

    /** Fact ids asked by two or more of the topics, in the order the topics (file order) first ask them. */
    private static List<String> sharedFacts(List<Tree> topics) {
        Map<String, Integer> askedBy = new LinkedHashMap<>();
        for (Tree tree : topics) {
            Set<String> inTree = new LinkedHashSet<>();
            for (Question q : tree.questions()) {
                q.sharedFact().ifPresent(inTree::add);
            }
            for (String fact : inTree) {
                askedBy.merge(fact, 1, Integer::sum);
            }
        }
        return askedBy.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    }

    /** A topic's answers (question id to option id) read from the store. */
    private static Map<String, String> answersFor(Tree tree, Map<String, String> store) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Question q : tree.questions()) {
            String chosen = store.get(key(tree, q));
            if (chosen != null) {
                out.put(q.id(), chosen);
            }
        }
        return out;
    }

    /** Builds the path in walk order and returns the next question to ask, or null when every topic has an outcome. */
    private Prompt walk(List<CombinedStep> steps) {
        Set<String> listed = new LinkedHashSet<>();
        Prompt next = null;
        for (String fact : sharedFacts) {
            String k = FACT_PREFIX + fact;
            Question q = factQuestions.get(fact);
            Optional<Option> chosen = Optional.ofNullable(store.get(k)).flatMap(q::option);
            if (chosen.isEmpty()) {
                if (next == null) {
                    next = new Prompt(k, Optional.empty(), q);
                }
                continue;
            }
            // Answered shared facts come first even while an earlier one is open; order stays stable.
            if (next == null) {
                steps.add(new CombinedStep(k, Optional.empty(), q, chosen.get()));
                listed.add(k);
            }
        }
        if (next != null) {
            return next;
        }
        for (int i = 0; i < topics.size(); i++) {
            Tree tree = topics.get(i);
            Consultation c = consultations.get(i);
            for (Step step : c.path()) {
                String k = key(tree, step.question());
                if (listed.add(k)) {
                    steps.add(new CombinedStep(k, Optional.of(tree), step.question(), step.option()));
                }
            }
            if (c.frontier() instanceof Question q) {
                return new Prompt(key(tree, q), Optional.of(tree), q);
            }
        }
        return null;
    }

    /** The chosen topics, in walk order. */
    public List<Tree> topics() {
        return topics;
    }

    /** Each topic's own consultation, derived from the store (same order as {@link #topics()}). */
    public List<Consultation> consultations() {
        return consultations;
    }

    /** The consultation of one topic. */
    public Optional<Consultation> consultation(String treeId) {
        for (int i = 0; i < topics.size(); i++) {
            if (topics.get(i).id().equals(treeId)) {
                return Optional.of(consultations.get(i));
            }
        }
        return Optional.empty();
    }

    /** The shared facts asked first: fact ids asked by two or more chosen topics. */
    public List<String> sharedFacts() {
        return sharedFacts;
    }

    /** Every remembered answer, on the path or set aside (store key to option id), in the order given. */
    public Map<String, String> answers() {
        return store;
    }

    /** The answered questions of the walk, in order; each store key at most once. */
    public List<CombinedStep> path() {
        return path;
    }

    /** The next question to ask, or empty when every topic has an outcome. */
    public Optional<Prompt> frontier() {
        return Optional.ofNullable(frontier);
    }

    /** True when every topic has reached an outcome. */
    public boolean isFinished() {
        return frontier == null;
    }

    /** The question on screen: the focused earlier one, or the frontier; empty on the conclusion. */
    public Optional<Prompt> current() {
        if (focus != null) {
            CombinedStep step = path.get(indexOnPath(focus));
            return Optional.of(new Prompt(step.key(), step.topic(), step.question()));
        }
        return frontier();
    }

    /** The remembered answer for a store key, on the path or set aside. */
    public Optional<String> answerTo(String key) {
        return Optional.ofNullable(store.get(key));
    }

    /**
     * Answers the question with this store key (the one on screen or any earlier one on the path) and moves on.
     *
     * @throws IllegalArgumentException when the key is neither on the path nor the frontier, or the option is not
     *                                  one of that question's options
     */
    public CombinedConsultation answer(String key, String optionId) {
        Question q = questionFor(key).orElseThrow(() -> new IllegalArgumentException(
                "\"" + key + "\" is not a question on the path"));
        if (q.option(optionId).isEmpty()) {
            throw new IllegalArgumentException("\"" + key + "\" has no option \"" + optionId + "\"");
        }
        Map<String, String> next = new LinkedHashMap<>(store);
        next.put(key, optionId);
        CombinedConsultation after = new CombinedConsultation(topics, factQuestions, sharedFacts, next, null);
        // As in a single topic: after changing an earlier answer, walk forward through the kept answers one by one.
        int at = after.indexOnPath(key);
        if (at >= 0 && at + 1 < after.path.size()) {
            return after.withFocus(after.path.get(at + 1).key());
        }
        return after;
    }

    /** One question back. At the first question nothing changes. */
    public CombinedConsultation back() {
        if (!canGoBack()) {
            return this;
        }
        int position = focus == null ? path.size() : indexOnPath(focus);
        return withFocus(path.get(position - 1).key());
    }

    public boolean canGoBack() {
        return focus == null ? !path.isEmpty() : indexOnPath(focus) > 0;
    }

    /**
     * Shows an earlier question again (or the frontier), to look at or change its answer.
     *
     * @throws IllegalArgumentException when the key is not on the path
     */
    public CombinedConsultation jumpTo(String key) {
        if (frontier != null && frontier.key().equals(key)) {
            return withFocus(null);
        }
        if (indexOnPath(key) < 0) {
            throw new IllegalArgumentException("\"" + key + "\" is not on the path");
        }
        return withFocus(key);
    }

    private CombinedConsultation withFocus(String key) {
        return new CombinedConsultation(topics, factQuestions, sharedFacts, new LinkedHashMap<>(store), key);
    }

    private Optional<Question> questionFor(String key) {
        if (frontier != null && frontier.key().equals(key)) {
            return Optional.of(frontier.question());
        }
        int at = indexOnPath(key);
        return at < 0 ? Optional.empty() : Optional.of(path.get(at).question());
    }

    private int indexOnPath(String key) {
        for (int i = 0; i < path.size(); i++) {
            if (path.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Honest progress over all topics: questions answered, and the fewest and most still to come. Questions whose
     * answer the store already holds (a shared fact answered for another topic) are not counted as to come.
     */
    public Progress progress() {
        int fewest = 0;
        int most = 0;
        for (String fact : sharedFacts) {
            if (!store.containsKey(FACT_PREFIX + fact)) {
                fewest++;
                most++;
            }
        }
        Set<String> counted = new LinkedHashSet<>();
        for (String fact : sharedFacts) {
            counted.add(FACT_PREFIX + fact);
        }
        for (int i = 0; i < topics.size(); i++) {
            Consultation c = consultations.get(i);
            if (c.frontier() instanceof Question q) {
                int[] range = remaining(topics.get(i), q.id(), counted, new HashMap<>());
                fewest += range[0];
                most += range[1];
            }
        }
        return new Progress(path.size(), fewest, most);
    }

    /**
     * Fewest and most questions still to ask from a node of a tree, skipping questions whose answer the store
     * holds or that the shared part asks. The trees are acyclic (validated), so the recursion ends; depth is
     * bounded by the tree depth limit.
     */
    private int[] remaining(Tree tree, String nodeId, Set<String> askedElsewhere, Map<String, int[]> memo) {
        int[] known = memo.get(nodeId);
        if (known != null) {
            return known;
        }
        Node node = tree.nodes().get(nodeId);
        int[] result;
        if (!(node instanceof Question q)) {
            result = new int[] {0, 0};
        } else {
            String k = key(tree, q);
            Optional<Option> chosen = Optional.ofNullable(store.get(k)).flatMap(q::option);
            if (chosen.isPresent()) {
                result = remaining(tree, chosen.get().next(), askedElsewhere, memo);
            } else {
                int self = askedElsewhere.contains(k) ? 0 : 1;
                int fewest = Integer.MAX_VALUE;
                int most = 0;
                for (Option o : q.options()) {
                    int[] r = remaining(tree, o.next(), askedElsewhere, memo);
                    fewest = Math.min(fewest, r[0]);
                    most = Math.max(most, r[1]);
                }
                result = new int[] {self + (fewest == Integer.MAX_VALUE ? 0 : fewest), self + most};
            }
        }
        memo.put(nodeId, result);
        return result;
    }

    /**
     * For each answered question, the other answers that change the verdict of at least one topic, and how.
     * Empty until every topic has an outcome.
     */
    public List<Alternative> whatWouldChange() {
        if (!isFinished()) {
            return List.of();
        }
        List<Alternative> out = new ArrayList<>();
        for (CombinedStep step : path) {
            for (Option other : step.question().options()) {
                if (other.id().equals(step.option().id())) {
                    continue;
                }
                Map<String, String> changed = new LinkedHashMap<>(store);
                changed.put(step.key(), other.id());
                List<TopicEffect> effects = new ArrayList<>();
                for (int i = 0; i < topics.size(); i++) {
                    Tree tree = topics.get(i);
                    Verdict now = consultations.get(i).outcome().orElseThrow().verdict();
                    Consultation then = Consultation.withAnswers(tree, answersFor(tree, changed));
                    Set<Verdict> verdicts = then.outcome().map(o -> (Set<Verdict>) EnumSet.of(o.verdict()))
                            .orElseGet(() -> then.reachableVerdicts());
                    if (!verdicts.isEmpty() && !verdicts.equals(EnumSet.of(now))) {
                        effects.add(new TopicEffect(tree, then.outcome(), verdicts));
                    }
                }
                if (!effects.isEmpty()) {
                    out.add(new Alternative(step, other, effects));
                }
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CombinedConsultation c && c.topics.equals(topics) && c.store.equals(store)
                && Objects.equals(c.focus, focus);
    }

    @Override
    public int hashCode() {
        return Objects.hash(topics.stream().map(Tree::id).toList(), store, focus);
    }

    @Override
    public String toString() {
        return "CombinedConsultation[" + topics.stream().map(Tree::id).toList() + ", answers=" + store + ", focus="
                + focus + "]";
    }
}
