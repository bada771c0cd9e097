package nl.profielwijzer.trees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import nl.profielwijzer.engine.Consultation;
import nl.profielwijzer.tree.Citation;
import nl.profielwijzer.tree.Outcome;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.TreeLibrary;
import nl.profielwijzer.tree.TreeLibraryLoader;

/**
 * The legal trees against the brief's example scenarios and a scenario per outcome; and the build fails when an
 * outcome of a bundled tree is reached by no scenario.
 */
class ScenarioTest {
    static TreeLibrary bundled;
    static List<Scenarios.Scenario> scenarios;

    @BeforeAll
    static void load() {
        bundled = new TreeLibraryLoader().loadBundled();
        scenarios = Scenarios.all();
    }

    @TestFactory
    Stream<DynamicTest> eachScenarioReachesItsOutcomeWithItsCitations() {
        return scenarios.stream().map(s -> DynamicTest.dynamicTest(s.toString(), () -> {
            Tree tree = bundled.tree(s.tree()).orElseThrow(() -> new AssertionError("no bundled tree " + s.tree()));
            Consultation c = Consultation.withAnswers(tree, s.answers());
            assertEquals(Set.of(), c.setAside().keySet(), "answers off the path in " + s);
            assertTrue(c.hasOutcome(), () -> s + " stops at question " + c.frontier().id());
            Outcome outcome = c.outcome().orElseThrow();
            assertEquals(s.outcome(), outcome.id(), s::toString);
            assertEquals(s.verdict(), outcome.verdict().code(), s::toString);
            Set<String> cited = new HashSet<>();
            outcome.citations().stream().map(Citation::sourceId).forEach(cited::add);
            outcome.views().forEach(v -> v.citations().stream().map(Citation::sourceId).forEach(cited::add));
            for (String source : s.cites()) {
                assertTrue(cited.contains(source), () -> s + " cites " + source + "; it cites " + cited);
            }
            if (s.certainty() != null) {
                assertEquals(s.certainty(), outcome.certainty().code(), () -> s + ": certainty");
            }
            Set<String> history = new HashSet<>();
            outcome.history().stream().map(Citation::sourceId).forEach(history::add);
            outcome.views().forEach(v -> v.history().stream().map(Citation::sourceId).forEach(history::add));
            for (String source : s.history()) {
                assertTrue(history.contains(source), () -> s + " names " + source + " as history; it names " + history);
                assertFalse(cited.contains(source), () -> s + " cites " + source + " as support");
            }
        }));
    }

    @Test
    void everyOutcomeOfEveryBundledTreeIsReachedByAScenario() {
        assertFalse(bundled.trees().isEmpty());
        Set<String> reached = new HashSet<>();
        for (Scenarios.Scenario s : scenarios) {
            bundled.tree(s.tree()).ifPresent(tree -> Consultation.withAnswers(tree, s.answers()).outcome()
                    .ifPresent(o -> reached.add(tree.id() + "/" + o.id())));
        }
        List<String> missing = bundled.trees().stream()
                .flatMap(t -> t.outcomes().stream().map(o -> t.id() + "/" + o.id()))
                .filter(id -> !reached.contains(id)).toList();
        assertEquals(List.of(), missing, "outcomes no scenario reaches");
    }

    @Test
    void everyBundledTreeHasAScenarioFile() {
        Set<String> files = new HashSet<>();
        Scenarios.files().forEach(f -> files.add(f.getFileName().toString()));
        for (Tree tree : bundled.trees()) {
            assertTrue(files.contains(tree.id() + ".json"), "scenarios/" + tree.id() + ".json");
        }
    }
}
