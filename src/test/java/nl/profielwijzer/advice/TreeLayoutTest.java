package nl.profielwijzer.advice;

import static nl.profielwijzer.advice.TestTrees.o;
import static nl.profielwijzer.advice.TestTrees.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.profielwijzer.advice.TreeLayout.PlacedEdge;
import nl.profielwijzer.advice.TreeLayout.PlacedNode;
import nl.profielwijzer.advice.TreeLayout.Point;
import nl.profielwijzer.tree.Question;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.Verdict;

class TreeLayoutTest {

    private static void assertDrawable(Tree tree, TreeLayout layout) {
        assertEquals(tree.nodes().size(), layout.nodes().size());
        assertEquals(Set.copyOf(tree.nodes().keySet()), Set.copyOf(layout.nodes().stream().map(PlacedNode::id).toList()));
        int options = tree.questions().stream().mapToInt(q -> q.options().size()).sum();
        assertEquals(options, layout.edges().size());
        assertEquals(0, layout.node(tree.start()).orElseThrow().layer());
        List<PlacedNode> nodes = layout.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            PlacedNode a = nodes.get(i);
            assertTrue(a.x() >= 0 && a.y() >= 0 && a.x() + a.width() <= layout.width() + 1e-6
                    && a.bottom() <= layout.height() + 1e-6, a.id() + " outside the drawing");
            for (int j = i + 1; j < nodes.size(); j++) {
                PlacedNode b = nodes.get(j);
                boolean apart = a.x() + a.width() <= b.x() + 1e-6 || b.x() + b.width() <= a.x() + 1e-6
                        || a.bottom() <= b.y() + 1e-6 || b.bottom() <= a.y() + 1e-6;
                assertTrue(apart, a.id() + " overlaps " + b.id());
            }
        }
        for (PlacedEdge e : layout.edges()) {
            PlacedNode from = layout.node(e.from()).orElseThrow();
            PlacedNode to = layout.node(e.to()).orElseThrow();
            assertTrue(to.layer() > from.layer(), e + " does not go down");
            List<Point> points = e.points();
            assertEquals(from.centerX(), points.get(0).x(), 1e-6);
            assertEquals(from.bottom(), points.get(0).y(), 1e-6);
            assertEquals(to.centerX(), points.get(points.size() - 1).x(), 1e-6);
            assertEquals(to.y(), points.get(points.size() - 1).y(), 1e-6);
            for (int k = 1; k < points.size(); k++) {
                assertTrue(points.get(k).y() > points.get(k - 1).y(), e + " goes up or sideways");
            }
            for (int k = 1; k < points.size(); k++) {
                for (int step = 0; step <= 40; step++) {
                    double t = step / 40.0;
                    double px = points.get(k - 1).x() + t * (points.get(k).x() - points.get(k - 1).x());
                    double py = points.get(k - 1).y() + t * (points.get(k).y() - points.get(k - 1).y());
                    for (PlacedNode n : nodes) {
                        boolean inside = px > n.x() + 1e-6 && px < n.x() + n.width() - 1e-6 && py > n.y() + 1e-6
                                && py < n.bottom() - 1e-6;
                        assertFalse(inside, e.from() + "->" + e.to() + " runs through " + n.id());
                    }
                }
            }
        }
    }

    @Test
    void theDemoTreeIsLaidOutTopDownWithoutOverlap() {
        Tree demo = Fixtures.demo();
        TreeLayout layout = TreeLayout.layered(demo);
        assertDrawable(demo, layout);
        assertEquals(1, layout.node("needed").orElseThrow().layer());
        assertEquals(2, layout.node("depends").orElseThrow().layer());
        assertEquals(TreeLayout.Kind.OUTCOME, layout.node("depends").orElseThrow().kind());
        assertEquals(Verdict.UNCLEAR, layout.node("depends").orElseThrow().verdict());
        assertEquals(TreeLayout.Kind.QUESTION, layout.node("client").orElseThrow().kind());
    }

    @Test
    void aLargeTreeWithLongAndSharedEdgesStaysDrawable() {
        Tree big = TestTrees.big(5);
        assertTrue(big.nodes().size() > 50, "nodes: " + big.nodes().size());
        assertDrawable(big, TreeLayout.layered(big));
    }

    @Test
    void theLayoutIsDeterministic() {
        Tree big = TestTrees.big(4);
        assertEquals(TreeLayout.layered(big), TreeLayout.layered(big));
        assertEquals(TreeLayout.layered(Fixtures.demo()), TreeLayout.layered(Fixtures.demo()));
    }

    @Test
    void barycenterOrderingRemovesAvoidableCrossings() {
        // Depth-first order puts the shared outcome first, so qb's edge to it crosses qa's edge to a;
        // the order a, shared, b has no crossing.
        Tree tree = TestTrees.of("q0", q("q0", "qa", "qb"), q("qa", "shared", "a"), q("qb", "b", "shared"),
                o("shared", Verdict.UNCLEAR), o("a", Verdict.YES), o("b", Verdict.NO));
        TreeLayout layout = TreeLayout.layered(tree);
        assertDrawable(tree, layout);
        assertEquals(0, crossings(layout));
        List<String> bottom = layout.nodes().stream().filter(n -> n.layer() == 2)
                .sorted((m, n) -> Integer.compare(m.order(), n.order())).map(PlacedNode::id).toList();
        assertEquals(List.of("a", "shared", "b"), bottom);
    }

    @Test
    void aLongEdgeBendsAroundTheLayersItPasses() {
        Tree tree = TestTrees.of("q0", q("q0", "q1", "end"), q("q1", "q2", "x"), q("q2", "end", "y"),
                o("end", Verdict.YES), o("x", Verdict.NO), o("y", Verdict.NO));
        TreeLayout layout = TreeLayout.layered(tree);
        assertDrawable(tree, layout);
        PlacedEdge skip = layout.edges().stream().filter(e -> e.from().equals("q0") && e.to().equals("end"))
                .findFirst().orElseThrow();
        assertEquals(6, skip.points().size(), "start, down through layers 1 and 2, end");
    }

    @Test
    void theChosenEdgesFollowTheAnswers() {
        TreeLayout layout = TreeLayout.layered(Fixtures.demo());
        Map<String, String> path = Map.of("client", "yes", "needed", "partly");
        Set<String> chosen = new HashSet<>();
        layout.edges().stream().filter(e -> e.chosenIn(path)).forEach(e -> chosen.add(e.from() + "->" + e.to()));
        assertEquals(Set.of("client->needed", "needed->allowed-if"), chosen);
        PlacedEdge first = layout.edges().get(0);
        Point label = first.labelPoint();
        assertTrue(label.y() > first.points().get(0).y() && label.y() < first.points().get(1).y());
    }

    @Test
    void everyQuestionOptionHasItsEdgeWithItsLabel() {
        Tree demo = Fixtures.demo();
        TreeLayout layout = TreeLayout.layered(demo);
        for (Question q : demo.questions()) {
            q.options().forEach(o -> assertTrue(layout.edges().stream().anyMatch(e -> e.from().equals(q.id())
                    && e.optionId().equals(o.id()) && e.to().equals(o.next()) && e.label().equals(o.label()))));
        }
    }

    /** Crossings between segments that join the same two layers. */
    private static int crossings(TreeLayout layout) {
        List<double[]> segments = new java.util.ArrayList<>();
        for (PlacedEdge e : layout.edges()) {
            for (int k = 1; k < e.points().size(); k++) {
                Point a = e.points().get(k - 1);
                Point b = e.points().get(k);
                segments.add(new double[] {a.x(), a.y(), b.x(), b.y()});
            }
        }
        int count = 0;
        for (int i = 0; i < segments.size(); i++) {
            for (int j = i + 1; j < segments.size(); j++) {
                double[] s = segments.get(i);
                double[] t = segments.get(j);
                if (Math.abs(s[1] - t[1]) < 1e-6 && Math.abs(s[3] - t[3]) < 1e-6
                        && (s[0] - t[0]) * (s[2] - t[2]) < -1e-9) {
                    count++;
                }
            }
        }
        return count;
    }
}
