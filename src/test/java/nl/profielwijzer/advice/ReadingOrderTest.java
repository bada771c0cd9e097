package nl.profielwijzer.advice;

import static nl.profielwijzer.advice.TestTrees.o;
import static nl.profielwijzer.advice.TestTrees.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.profielwijzer.tree.Node;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.Verdict;

class ReadingOrderTest {
    @Test
    void depthFirstFromTheStartEachNodeOnceUnreachableLast() {
        Tree tree = TestTrees.of("a", o("z", Verdict.NO), q("lost", "z", "x"), q("a", "b", "x"), q("b", "x", "y"),
                o("x", Verdict.YES), o("y", Verdict.UNCLEAR));
        ReadingOrder order = ReadingOrder.of(tree);
        assertEquals(List.of("a", "b", "x", "y", "z", "lost"), order.nodes().stream().map(Node::id).toList());
        assertEquals(1, order.number("a"));
        assertEquals(3, order.number("x"));
        assertEquals(0, order.number("nothing"));
        assertTrue(order.isReachable("y"));
        assertFalse(order.isReachable("lost"));
    }
}
