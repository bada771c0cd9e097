package nl.profielwijzer.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import nl.profielwijzer.tree.Node;
import nl.profielwijzer.tree.Outcome;
import nl.profielwijzer.tree.Question;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.Verdict;

/**
 * Facts about every node of a tree, computed once in linear time: the fewest and most questions from the node
 * to an outcome, and the verdicts reachable from it. Used for progress and for "what would change this".
 */
final class TreeIndex {
    private record Facts(int fewest, int most, int verdictBits) {
    }

    private final Map<String, Facts> facts;

    TreeIndex(Tree tree) {
        this.facts = new HashMap<>(tree.nodes().size() * 2);
        for (String id : tree.nodes().keySet()) {
            compute(tree, id);
        }
    }

    /** Iterative post-order walk, so very deep trees cannot overflow the stack. */
    private void compute(Tree tree, String rootId) {
        if (facts.containsKey(rootId)) {
            return;
        }
        Deque<String> stack = new ArrayDeque<>();
        Map<String, Boolean> expanded = new HashMap<>();
        stack.push(rootId);
        while (!stack.isEmpty()) {
            String id = stack.peek();
            if (facts.containsKey(id)) {
                stack.pop();
                continue;
            }
            Node node = tree.nodes().get(id);
            if (node instanceof Outcome o) {
                facts.put(id, new Facts(0, 0, 1 << o.verdict().ordinal()));
                stack.pop();
            } else if (node instanceof Question q) {
                if (!Boolean.TRUE.equals(expanded.put(id, Boolean.TRUE))) {
                    for (var option : q.options()) {
                        if (tree.nodes().containsKey(option.next()) && !facts.containsKey(option.next())
                                && !expanded.containsKey(option.next())) {
                            stack.push(option.next());
                        }
                    }
                    continue;
                }
                int fewest = Integer.MAX_VALUE;
                int most = 0;
                int bits = 0;
                for (var option : q.options()) {
                    Facts next = facts.get(option.next());
                    if (next == null) {
                        continue; // a missing node or a cycle: validation reports it
                    }
                    fewest = Math.min(fewest, next.fewest());
                    most = Math.max(most, next.most());
                    bits |= next.verdictBits();
                }
                facts.put(id, new Facts(fewest == Integer.MAX_VALUE ? 1 : fewest + 1, most + 1, bits));
                stack.pop();
            } else {
                stack.pop();
            }
        }
    }

    int fewestQuestions(String nodeId) {
        Facts f = facts.get(nodeId);
        return f == null ? 0 : f.fewest();
    }

    int mostQuestions(String nodeId) {
        Facts f = facts.get(nodeId);
        return f == null ? 0 : f.most();
    }

    Set<Verdict> reachableVerdicts(String nodeId) {
        Facts f = facts.get(nodeId);
        EnumSet<Verdict> out = EnumSet.noneOf(Verdict.class);
        if (f != null) {
            for (Verdict v : Verdict.values()) {
                if ((f.verdictBits() & (1 << v.ordinal())) != 0) {
                    out.add(v);
                }
            }
        }
        return out;
    }
}
