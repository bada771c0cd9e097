package nl.profielwijzer.ui;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

import nl.profielwijzer.ui.map.TreeMapViewModel;

class TreeMapEdgeIdTest {
    @Test
    void idsWithHyphensDoNotCollide() {
        // With "-" as the separator both were "a-b-c".
        assertNotEquals(TreeMapViewModel.edgeId("a-b", "c"), TreeMapViewModel.edgeId("a", "b-c"));
    }
}
