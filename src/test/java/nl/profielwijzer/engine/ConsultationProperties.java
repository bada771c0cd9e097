package nl.profielwijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import nl.profielwijzer.tree.Certainty;
import nl.profielwijzer.tree.LocalizedText;
import nl.profielwijzer.tree.Node;
import nl.profielwijzer.tree.Option;
import nl.profielwijzer.tree.Outcome;
import nl.profielwijzer.tree.Question;
import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.Verdict;

/** Properties of the engine on generated trees (directed acyclic graphs whose sinks are outcomes). */
class ConsultationProperties {

    /** A random DAG: node i only links to nodes with a higher number, the last ones are outcomes. */
    static Tree generate(long seed, int questions) {
        Random random = new Random(seed);
        int outcomes = 2 + random.nextInt(4);
        Map<String, Node> nodes = new LinkedHashMap<>();
        LocalizedText t = LocalizedText.of("t", "t");
        for (int i = 0; i < questions; i++) {
            int count = 2 + random.nextInt(3);
            List<Option> options = new ArrayList<>();
            for (int o = 0; o < count; o++) {
                int next = i + 1 + random.nextInt(questions + outcomes - i - 1);
                options.add(new Option("o" + o, t, "n" + next));
            }
            nodes.put("n" + i, new Question("n" + i, t, null, options));
        }
        for (int k = 0; k < outcomes; k++) {
            String id = "n" + (questions + k);
            nodes.put(id, new Outcome(id, Verdict.values()[k % 4], Certainty.SETTLED, t, t, List.of(), List.of(),
                    Map.of(Role.EMPLOYER, List.of(t), Role.EMPLOYEE, List.of(t)), List.of(), List.of()));
        }
        return new Tree("gen", "1", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), t, Map.of(), Map.of(), "n0",
                nodes, "generated");
    }

    /** Answers at random until there is an outcome. */
    static Consultation walk(Consultation c, Random random) {
        int guard = 0;
        while (!c.hasOutcome()) {
            Question q = (Question) c.current();
            c = c.answer(q.id(), q.options().get(random.nextInt(q.options().size())).id());
            if (++guard > 10_000) {
                throw new AssertionError("no outcome after 10,000 answers");
            }
        }
        return c;
    }

    /** Every path from the start, followed through the engine, ends in an outcome. */
    @Property(tries = 300)
    void everyPathEndsInAnOutcome(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int questions) {
        Tree tree = generate(seed, questions);
        assertEveryPathEndsInAnOutcome(tree);
        assertEquals(0, walk(Consultation.start(tree), new Random(seed)).progress().mostToGo());
    }

    /** The kinds of dead end a broken tree can have. */
    enum DeadEnd {
        /** An option leads to a node that does not exist. */
        MISSING_NODE,
        /** A question offers no options. */
        NO_OPTIONS
    }

    /** The check above is not vacuous: a dead end put anywhere on a path of a generated tree is always found. */
    @Property(tries = 200)
    void aDeadEndOnAPathIsFound(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int questions,
            @ForAll DeadEnd kind) {
        Tree tree = withDeadEnd(generate(seed, questions), kind, new Random(seed));
        AssertionError found = assertThrows(AssertionError.class, () -> assertEveryPathEndsInAnOutcome(tree));
        assertTrue(found.getMessage().startsWith("dead end"), found::getMessage);
    }

    /** Follows every option of every question reached, through {@link Consultation#answer}; fails at a dead end. */
    static void assertEveryPathEndsInAnOutcome(Tree tree) {
        explore(Consultation.start(tree), new HashSet<>());
    }

    private static void explore(Consultation c, Set<String> explored) {
        if (c.hasOutcome()) {
            return;
        }
        if (!(c.current() instanceof Question q)) {
            throw new AssertionError("dead end: after " + c.answersOnPath() + " there is no node to show");
        }
        if (!explored.add(q.id())) {
            return; // generated trees are acyclic: the paths on from here were followed already
        }
        if (q.options().isEmpty()) {
            throw new AssertionError("dead end: question " + q.id() + " offers no options");
        }
        for (Option o : q.options()) {
            Consultation next;
            try {
                next = c.answer(q.id(), o.id());
            } catch (RuntimeException e) {
                throw new AssertionError("dead end: option " + o.id() + " of " + q.id() + " leads to \"" + o.next()
                        + "\", where the engine cannot go (" + e + ")");
            }
            if (!next.hasOutcome() && next.current() == q) {
                throw new AssertionError("dead end: option " + o.id() + " of " + q.id() + " leads to \"" + o.next()
                        + "\", and the consultation cannot move on");
            }
            explore(next, explored);
        }
    }

    /** The tree with one dead end of the given kind at a question on a random path from the start. */
    static Tree withDeadEnd(Tree tree, DeadEnd kind, Random random) {
        List<Question> onPath = walk(Consultation.start(tree), random).path().stream().map(Step::question).toList();
        Question broken = onPath.get(random.nextInt(onPath.size()));
        List<Option> options = new ArrayList<>();
        if (kind == DeadEnd.MISSING_NODE) {
            options.addAll(broken.options());
            Option o = options.get(random.nextInt(options.size()));
            options.set(options.indexOf(o), new Option(o.id(), o.label(), "missing-" + o.next()));
        }
        Map<String, Node> nodes = new LinkedHashMap<>(tree.nodes());
        nodes.put(broken.id(), new Question(broken.id(), broken.text(), broken.why(), options));
        return new Tree(tree.id(), tree.version(), tree.lawAsOf(), tree.reviewBefore(), tree.title(), tree.headline(),
                tree.verdictLabels(), tree.start(), nodes, tree.origin());
    }

    @Property(tries = 300)
    void progressBoundsTheQuestionsStillToCome(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int questions) {
        Tree tree = generate(seed, questions);
        Random random = new Random(seed);
        Consultation c = Consultation.start(tree);
        Progress atStart = c.progress();
        Consultation end = walk(c, random);
        int asked = end.path().size();
        assertTrue(atStart.fewestToGo() <= asked && asked <= atStart.mostToGo(),
                () -> asked + " not within " + atStart);
    }

    @Property(tries = 300)
    void backThenForwardRestoresTheState(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int questions,
            @ForAll @IntRange(min = 1, max = 10) int steps) {
        Tree tree = generate(seed, questions);
        Consultation done = walk(Consultation.start(tree), new Random(seed));
        Consultation c = done;
        int back = Math.min(steps, done.path().size());
        for (int i = 0; i < back; i++) {
            c = c.back();
        }
        for (int i = 0; i < back; i++) {
            Question q = (Question) c.current();
            c = c.answer(q.id(), c.answerTo(q.id()).orElseThrow());
        }
        assertEquals(done, c);
    }

    @Property(tries = 300)
    void changingAnEarlyAnswerKeepsExactlyTheAnswersStillOnThePath(@ForAll long seed,
            @ForAll @IntRange(min = 2, max = 40) int questions) {
        Tree tree = generate(seed, questions);
        Random random = new Random(seed ^ 0x5DEECE66DL);
        Consultation done = walk(Consultation.start(tree), random);
        if (done.path().isEmpty()) {
            return;
        }
        int index = random.nextInt(done.path().size());
        Question q = done.path().get(index).question();
        Option other = q.options().get(random.nextInt(q.options().size()));
        Consultation changed = done.jumpTo(q.id()).answer(q.id(), other.id());

        // Expected: from the start, follow the old answers (with the change) as far as they go.
        Map<String, String> remembered = new HashMap<>(done.answersOnPath());
        remembered.put(q.id(), other.id());
        Map<String, String> expected = new LinkedHashMap<>();
        Node node = tree.startNode().orElseThrow();
        while (node instanceof Question question && remembered.containsKey(question.id())) {
            String option = remembered.get(question.id());
            expected.put(question.id(), option);
            node = tree.nodes().get(question.option(option).orElseThrow().next());
        }
        assertEquals(expected, changed.answersOnPath());
        Map<String, String> aside = new HashMap<>(remembered);
        expected.keySet().forEach(aside::remove);
        assertEquals(aside, changed.setAside(), "the rest is set aside, not lost");
    }
}
