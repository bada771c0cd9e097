package nl.profielwijzer.advice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.profielwijzer.tree.Certainty;
import nl.profielwijzer.tree.Citation;
import nl.profielwijzer.tree.LocalizedText;
import nl.profielwijzer.tree.Node;
import nl.profielwijzer.tree.Option;
import nl.profielwijzer.tree.Outcome;
import nl.profielwijzer.tree.Question;
import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.Verdict;

/** Trees built in code for layout and export tests. */
final class TestTrees {
    private TestTrees() {
    }

    static Tree of(String start, Node... nodes) {
        Map<String, Node> map = new LinkedHashMap<>();
        for (Node n : nodes) {
            map.put(n.id(), n);
        }
        return new Tree("test", "1.0.0", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1),
                LocalizedText.of("Testboom", "Test tree"), Map.of(), Map.of(), start, map, "test.json");
    }

    /** A question whose options (o1, o2, ...) lead to the given nodes. */
    static Question q(String id, String... next) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < next.length; i++) {
            options.add(new Option("o" + (i + 1), LocalizedText.of("keuze " + (i + 1), "choice " + (i + 1)), next[i]));
        }
        return new Question(id, LocalizedText.of("Vraag " + id + "?", "Question " + id + "?"), null, options);
    }

    static Outcome o(String id, Verdict verdict, String... sources) {
        List<Citation> citations = new ArrayList<>();
        for (String s : sources) {
            citations.add(new Citation(s, null));
        }
        return new Outcome(id, verdict, Certainty.SETTLED, LocalizedText.of("Uitkomst " + id, "Outcome " + id),
                LocalizedText.of("Uitleg " + id, "Explanation " + id), List.of(), List.of(),
                Map.of(Role.EMPLOYER, List.of(LocalizedText.of("Stap " + id, "Step " + id))), citations, List.of());
    }

    /**
     * A larger tree like the legal ones but wider: {@code depth} levels of questions with three options each,
     * some options skipping a level or sharing an outcome.
     */
    static Tree big(int depth) {
        List<Node> nodes = new ArrayList<>();
        Verdict[] verdicts = Verdict.values();
        nodes.add(o("shared", Verdict.UNCLEAR));
        int count = 0;
        List<String> level = List.of("q0");
        for (int d = 0; d < depth; d++) {
            List<String> next = new ArrayList<>();
            for (String id : level) {
                String a = d + 1 < depth ? "q" + (++count) : "out" + (++count);
                String b = "out" + (++count);
                String c = d + 2 < depth ? "q" + (++count) : "shared";
                nodes.add(q(id, a, b, c));
                nodes.add(o(b, verdicts[count % 4]));
                if (a.startsWith("q")) {
                    next.add(a);
                } else {
                    nodes.add(o(a, verdicts[(count + 1) % 4]));
                }
                if (c.startsWith("q")) {
                    next.add(c);
                }
            }
            level = next;
        }
        for (String id : level) {
            nodes.add(q(id, "shared", "out-last-" + id));
            nodes.add(o("out-last-" + id, Verdict.NO));
        }
        return of("q0", nodes.toArray(Node[]::new));
    }
}
