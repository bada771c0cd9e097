package nl.profielwijzer.advice;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.profielwijzer.tree.Node;
import nl.profielwijzer.tree.Option;
import nl.profielwijzer.tree.Question;
import nl.profielwijzer.tree.Tree;

/**
 * The nodes of a tree in the order a reviewer reads them: depth-first from the start question, options in their
 * own order, so each branch is read down to its outcomes before the next option; a node reached along several
 * paths comes once, where it is first reached. Nodes the start cannot reach (the validator reports them) follow
 * in file order. Each node gets a number, 1 for the start; the review PDF and the Graphviz map use the same.
 */
public final class ReadingOrder {
    private final Map<String, Integer> numbers;
    private final List<Node> nodes;
    private final int reachable;

    private ReadingOrder(List<Node> nodes, int reachable) {
        this.nodes = Collections.unmodifiableList(nodes);
        this.reachable = reachable;
        Map<String, Integer> n = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            n.put(nodes.get(i).id(), i + 1);
        }
        this.numbers = Collections.unmodifiableMap(n);
    }

    public static ReadingOrder of(Tree tree) {
        List<Node> order = new ArrayList<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        Deque<String> todo = new ArrayDeque<>();
        if (tree.startNode().isPresent()) {
            todo.push(tree.start());
        }
        while (!todo.isEmpty()) {
            String id = todo.pop();
            Node node = tree.nodes().get(id);
            if (node == null || seen.putIfAbsent(id, true) != null) {
                continue;
            }
            order.add(node);
            if (node instanceof Question q) {
                List<Option> options = q.options();
                for (int i = options.size() - 1; i >= 0; i--) {
                    todo.push(options.get(i).next());
                }
            }
        }
        int reachable = order.size();
        for (Node node : tree.nodes().values()) {
            if (!seen.containsKey(node.id())) {
                order.add(node);
            }
        }
        return new ReadingOrder(order, reachable);
    }

    /** Every node, reachable ones first. */
    public List<Node> nodes() {
        return nodes;
    }

    /** The number of a node (1 for the start), or 0 for an id the tree does not have. */
    public int number(String nodeId) {
        return numbers.getOrDefault(nodeId, 0);
    }

    public boolean isReachable(String nodeId) {
        int n = number(nodeId);
        return n > 0 && n <= reachable;
    }
}
