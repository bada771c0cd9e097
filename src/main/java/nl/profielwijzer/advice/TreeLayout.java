package nl.profielwijzer.advice;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.profielwijzer.tree.LocalizedText;
import nl.profielwijzer.tree.Node;
import nl.profielwijzer.tree.Option;
import nl.profielwijzer.tree.Outcome;
import nl.profielwijzer.tree.Question;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.Verdict;

/**
 * A layered drawing of a tree for the map in the app, computed here so the screen only draws: the start on top,
 * every edge pointing down, nodes of one layer side by side without overlap, and few crossings.
 *
 * <p>The steps of a Sugiyama layout, kept small: layers by longest path from the start (so every edge goes down at
 * least one layer); an edge spanning several layers passes through invisible bend points, one per layer, so it
 * can go around nodes; the order within each layer by repeated barycenter sweeps (down and up), keeping the
 * order with the fewest crossings; x positions pulled towards the average of the neighbours, as close as the
 * spacing allows (an isotonic regression per layer). The result depends only on the tree.
 *
 * <p>Coordinates are in the units of {@link Spacing} (pixels for the app), origin top left, y down. An edge that
 * would close a cycle (the validator rejects those) is drawn as it is and may point up.
 */
public record TreeLayout(List<PlacedNode> nodes, List<PlacedEdge> edges, double width, double height) {

    public TreeLayout {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** Node size and the gaps between nodes and between layers. */
    public record Spacing(double nodeWidth, double nodeHeight, double gapX, double gapY) {
        public static final Spacing DEFAULT = new Spacing(180, 64, 28, 72);
    }

    public enum Kind { QUESTION, OUTCOME }

    /**
     * A node with its box: {@code x, y} the top left corner.
     *
     * @param verdict the outcome's verdict, null for a question
     * @param layer   0 for the start; every edge goes from a lower to a higher layer
     * @param order   the position within the layer, 0 leftmost
     */
    public record PlacedNode(String id, Kind kind, Verdict verdict, int layer, int order, double x, double y,
            double width, double height) {
        public double centerX() {
            return x + width / 2;
        }

        public double bottom() {
            return y + height;
        }
    }

    public record Point(double x, double y) {
    }

    /**
     * An edge for one option: a polyline from the bottom centre of {@code from} to the top centre of {@code to}.
     * Where it passes a layer in between, it runs straight down through a free slot of that layer (two points: the
     * top and the bottom of the layer), so it never crosses a node.
     */
    public record PlacedEdge(String from, String optionId, String to, LocalizedText label, List<Point> points) {
        public PlacedEdge {
            points = List.copyOf(points);
        }

        /** Whether this option was chosen, given the answers on the user's path (question id to option id). */
        public boolean chosenIn(Map<String, String> answersOnPath) {
            return optionId.equals(answersOnPath.get(from));
        }

        /** Where to put the option label: halfway along the first segment, where the edges of a node fan out. */
        public Point labelPoint() {
            Point a = points.get(0);
            Point b = points.get(1);
            return new Point((a.x + b.x) / 2, (a.y + b.y) / 2);
        }
    }

    public Optional<PlacedNode> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public static TreeLayout layered(Tree tree) {
        return layered(tree, Spacing.DEFAULT);
    }

    public static TreeLayout layered(Tree tree, Spacing spacing) {
        return new Layering(tree, spacing).run();
    }

    /** The work of one layout; vertices are real nodes and bend points (dummies). */
    private static final class Layering {
        private static final int SWEEPS = 12;
        private static final int POSITION_SWEEPS = 8;

        private final Tree tree;
        private final Spacing spacing;
        private final List<String> ids = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();
        private final List<int[]> dagEdges = new ArrayList<>();
        private final List<Option> dagOptions = new ArrayList<>();
        private final List<int[]> otherEdges = new ArrayList<>();
        private final List<Option> otherOptions = new ArrayList<>();

        // vertices: real nodes 0..n-1, then dummies
        private final List<Integer> layerOf = new ArrayList<>();
        private final List<List<Integer>> down = new ArrayList<>();
        private final List<List<Integer>> up = new ArrayList<>();
        private final List<List<Integer>> layers = new ArrayList<>();
        private final List<List<Integer>> chains = new ArrayList<>();
        private double[] x;

        Layering(Tree tree, Spacing spacing) {
            this.tree = tree;
            this.spacing = spacing;
        }

        TreeLayout run() {
            ReadingOrder reading = ReadingOrder.of(tree);
            for (Node node : reading.nodes()) {
                index.put(node.id(), ids.size());
                ids.add(node.id());
            }
            splitEdges(reading);
            assignLayers();
            addChains();
            order();
            position();
            return result();
        }

        /** Edges in depth-first order; one that points back to a node on the current path would make a cycle. */
        private void splitEdges(ReadingOrder reading) {
            Set<Integer> done = new HashSet<>();
            Set<Integer> onPath = new HashSet<>();
            for (Node root : reading.nodes()) {
                int r = index.get(root.id());
                if (!done.contains(r)) {
                    visit(r, done, onPath);
                }
            }
        }

        private void visit(int v, Set<Integer> done, Set<Integer> onPath) {
            Deque<int[]> stack = new ArrayDeque<>();
            stack.push(new int[] {v, 0});
            onPath.add(v);
            while (!stack.isEmpty()) {
                int[] top = stack.peek();
                List<Option> options = tree.nodes().get(ids.get(top[0])) instanceof Question q ? q.options() : List.of();
                if (top[1] >= options.size()) {
                    stack.pop();
                    onPath.remove(top[0]);
                    done.add(top[0]);
                    continue;
                }
                Option option = options.get(top[1]++);
                Integer w = index.get(option.next());
                if (w == null) {
                    continue;
                }
                if (onPath.contains(w)) {
                    otherEdges.add(new int[] {top[0], w});
                    otherOptions.add(option);
                    continue;
                }
                dagEdges.add(new int[] {top[0], w});
                dagOptions.add(option);
                if (!done.contains(w)) {
                    onPath.add(w);
                    stack.push(new int[] {w, 0});
                }
            }
        }

        /** Longest path from the sources, in topological order. */
        private void assignLayers() {
            int n = ids.size();
            int[] indegree = new int[n];
            List<List<Integer>> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(new ArrayList<>());
            }
            for (int[] e : dagEdges) {
                out.get(e[0]).add(e[1]);
                indegree[e[1]]++;
            }
            int[] layer = new int[n];
            Deque<Integer> ready = new ArrayDeque<>();
            for (int i = 0; i < n; i++) {
                if (indegree[i] == 0) {
                    ready.add(i);
                }
            }
            while (!ready.isEmpty()) {
                int v = ready.poll();
                for (int w : out.get(v)) {
                    layer[w] = Math.max(layer[w], layer[v] + 1);
                    if (--indegree[w] == 0) {
                        ready.add(w);
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                layerOf.add(layer[i]);
                down.add(new ArrayList<>());
                up.add(new ArrayList<>());
            }
        }

        /** Each DAG edge becomes a chain of vertices, one per layer it passes. */
        private void addChains() {
            for (int[] e : dagEdges) {
                List<Integer> chain = new ArrayList<>();
                chain.add(e[0]);
                for (int l = layerOf.get(e[0]) + 1; l < layerOf.get(e[1]); l++) {
                    int dummy = layerOf.size();
                    layerOf.add(l);
                    down.add(new ArrayList<>());
                    up.add(new ArrayList<>());
                    chain.add(dummy);
                }
                chain.add(e[1]);
                for (int i = 0; i + 1 < chain.size(); i++) {
                    down.get(chain.get(i)).add(chain.get(i + 1));
                    up.get(chain.get(i + 1)).add(chain.get(i));
                }
                chains.add(chain);
            }
            int maxLayer = layerOf.stream().mapToInt(Integer::intValue).max().orElse(0);
            for (int l = 0; l <= maxLayer; l++) {
                layers.add(new ArrayList<>());
            }
        }

        /** Initial order by first reach in depth-first order, then barycenter sweeps; the best order is kept. */
        private void order() {
            Set<Integer> seen = new HashSet<>();
            for (int v = 0; v < ids.size(); v++) {
                Deque<Integer> stack = new ArrayDeque<>();
                stack.push(v);
                while (!stack.isEmpty()) {
                    int u = stack.pop();
                    if (seen.add(u)) {
                        layers.get(layerOf.get(u)).add(u);
                        List<Integer> next = down.get(u);
                        for (int i = next.size() - 1; i >= 0; i--) {
                            stack.push(next.get(i));
                        }
                    }
                }
            }
            List<List<Integer>> best = copy(layers);
            int bestCrossings = crossings();
            for (int sweep = 0; sweep < SWEEPS && bestCrossings > 0; sweep++) {
                for (int l = 1; l < layers.size(); l++) {
                    sortByBarycenter(layers.get(l), layers.get(l - 1), up);
                }
                for (int l = layers.size() - 2; l >= 0; l--) {
                    sortByBarycenter(layers.get(l), layers.get(l + 1), down);
                }
                int c = crossings();
                if (c < bestCrossings) {
                    bestCrossings = c;
                    best = copy(layers);
                }
            }
            for (int l = 0; l < layers.size(); l++) {
                layers.set(l, best.get(l));
            }
        }

        private static void sortByBarycenter(List<Integer> layer, List<Integer> fixed,
                List<List<Integer>> neighbours) {
            Map<Integer, Integer> position = positions(fixed);
            Map<Integer, Double> key = new HashMap<>();
            for (int i = 0; i < layer.size(); i++) {
                int v = layer.get(i);
                List<Integer> ns = neighbours.get(v);
                key.put(v, ns.isEmpty() ? i : ns.stream().mapToInt(position::get).average().orElse(i));
            }
            Map<Integer, Integer> current = positions(layer);
            layer.sort(Comparator.comparingDouble((Integer v) -> key.get(v)).thenComparingInt(current::get));
        }

        private int crossings() {
            int total = 0;
            for (int l = 0; l + 1 < layers.size(); l++) {
                Map<Integer, Integer> top = positions(layers.get(l));
                Map<Integer, Integer> bottom = positions(layers.get(l + 1));
                List<int[]> segments = new ArrayList<>();
                for (int v : layers.get(l)) {
                    for (int w : down.get(v)) {
                        segments.add(new int[] {top.get(v), bottom.get(w)});
                    }
                }
                for (int i = 0; i < segments.size(); i++) {
                    for (int j = i + 1; j < segments.size(); j++) {
                        int[] a = segments.get(i);
                        int[] b = segments.get(j);
                        if ((a[0] - b[0]) * (a[1] - b[1]) < 0) {
                            total++;
                        }
                    }
                }
            }
            return total;
        }

        /** Packs each layer, then pulls nodes towards their neighbours' average, keeping order and spacing. */
        private void position() {
            x = new double[layerOf.size()];
            for (List<Integer> layer : layers) {
                double at = 0;
                for (int v : layer) {
                    x[v] = at + width(v) / 2;
                    at += width(v) + spacing.gapX();
                }
            }
            for (int sweep = 0; sweep < POSITION_SWEEPS; sweep++) {
                for (int l = 1; l < layers.size(); l++) {
                    align(layers.get(l), up);
                }
                for (int l = layers.size() - 2; l >= 0; l--) {
                    align(layers.get(l), down);
                }
            }
            double min = Double.MAX_VALUE;
            for (int v = 0; v < x.length; v++) {
                min = Math.min(min, x[v] - width(v) / 2);
            }
            for (int v = 0; v < x.length; v++) {
                x[v] -= min;
            }
        }

        /**
         * The x centres closest (least squares) to the neighbours' averages such that each node keeps at least its
         * spacing from the one on its left: pool-adjacent-violators on x minus the cumulative spacing.
         */
        private void align(List<Integer> layer, List<List<Integer>> neighbours) {
            int n = layer.size();
            if (n == 0) {
                return;
            }
            double[] target = new double[n];
            double[] offset = new double[n];
            for (int i = 0; i < n; i++) {
                int v = layer.get(i);
                List<Integer> ns = neighbours.get(v);
                double wanted = ns.isEmpty() ? x[v] : ns.stream().mapToDouble(w -> x[w]).average().orElse(x[v]);
                offset[i] = i == 0 ? 0 : offset[i - 1] + (width(layer.get(i - 1)) + width(v)) / 2 + gap(layer.get(i - 1), v);
                target[i] = wanted - offset[i];
            }
            double[] sum = new double[n];
            int[] count = new int[n];
            int blocks = 0;
            for (int i = 0; i < n; i++) {
                sum[blocks] = target[i];
                count[blocks] = 1;
                blocks++;
                while (blocks > 1 && sum[blocks - 2] / count[blocks - 2] > sum[blocks - 1] / count[blocks - 1]) {
                    sum[blocks - 2] += sum[blocks - 1];
                    count[blocks - 2] += count[blocks - 1];
                    blocks--;
                }
            }
            int i = 0;
            for (int b = 0; b < blocks; b++) {
                double mean = sum[b] / count[b];
                for (int k = 0; k < count[b]; k++, i++) {
                    x[layer.get(i)] = mean + offset[i];
                }
            }
        }

        private boolean isDummy(int v) {
            return v >= ids.size();
        }

        private double width(int v) {
            return isDummy(v) ? 0 : spacing.nodeWidth();
        }

        /** Bend points need less room than nodes. */
        private double gap(int a, int b) {
            return isDummy(a) || isDummy(b) ? spacing.gapX() / 2 : spacing.gapX();
        }

        private double top(int v) {
            return layerOf.get(v) * (spacing.nodeHeight() + spacing.gapY());
        }

        private TreeLayout result() {
            Map<String, PlacedNode> placed = new LinkedHashMap<>();
            for (List<Integer> layer : layers) {
                int order = 0;
                for (int v : layer) {
                    if (!isDummy(v)) {
                        Node node = tree.nodes().get(ids.get(v));
                        Verdict verdict = node instanceof Outcome o ? o.verdict() : null;
                        placed.put(ids.get(v), new PlacedNode(ids.get(v), verdict == null ? Kind.QUESTION
                                : Kind.OUTCOME, verdict, layerOf.get(v), order++, x[v] - spacing.nodeWidth() / 2,
                                top(v), spacing.nodeWidth(), spacing.nodeHeight()));
                    }
                }
            }
            List<PlacedEdge> edges = new ArrayList<>();
            for (int e = 0; e < chains.size(); e++) {
                List<Integer> chain = chains.get(e);
                List<Point> points = new ArrayList<>();
                points.add(new Point(x[chain.get(0)], top(chain.get(0)) + spacing.nodeHeight()));
                for (int k = 1; k < chain.size() - 1; k++) {
                    points.add(new Point(x[chain.get(k)], top(chain.get(k))));
                    points.add(new Point(x[chain.get(k)], top(chain.get(k)) + spacing.nodeHeight()));
                }
                int last = chain.get(chain.size() - 1);
                points.add(new Point(x[last], top(last)));
                edges.add(edge(chain.get(0), dagOptions.get(e), last, points));
            }
            for (int e = 0; e < otherEdges.size(); e++) {
                int[] pair = otherEdges.get(e);
                edges.add(edge(pair[0], otherOptions.get(e), pair[1], List.of(
                        new Point(x[pair[0]], top(pair[0]) + spacing.nodeHeight()), new Point(x[pair[1]], top(pair[1])))));
            }
            double width = 0;
            double height = 0;
            for (PlacedNode node : placed.values()) {
                width = Math.max(width, node.x() + node.width());
                height = Math.max(height, node.bottom());
            }
            List<PlacedNode> inFileOrder = new ArrayList<>();
            for (String id : tree.nodes().keySet()) {
                inFileOrder.add(placed.get(id));
            }
            return new TreeLayout(inFileOrder, edges, width, height);
        }

        private PlacedEdge edge(int from, Option option, int to, List<Point> points) {
            return new PlacedEdge(ids.get(from), option.id(), ids.get(to), option.label(), points);
        }

        private static Map<Integer, Integer> positions(List<Integer> layer) {
            Map<Integer, Integer> out = new HashMap<>();
            for (int i = 0; i < layer.size(); i++) {
                out.put(layer.get(i), i);
            }
            return out;
        }

        private static List<List<Integer>> copy(List<List<Integer>> layers) {
            List<List<Integer>> out = new ArrayList<>();
            layers.forEach(l -> out.add(new ArrayList<>(l)));
            return out;
        }
    }
}
