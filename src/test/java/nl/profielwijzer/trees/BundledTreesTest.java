package nl.profielwijzer.trees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nl.profielwijzer.tree.Outcome;
import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.Source;
import nl.profielwijzer.tree.SourceKind;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.TreeLibrary;
import nl.profielwijzer.tree.TreeLibraryLoader;
import nl.profielwijzer.tree.Verdict;

/** The trees that ship with the app. */
class BundledTreesTest {
    private final TreeLibrary bundled = new TreeLibraryLoader().loadBundled();

    @Test
    void theBundledTreesValidateWithoutErrorsOrWarnings() {
        assertEquals(List.of(), bundled.problems().stream().map(Object::toString).toList());
    }

    @Test
    void theSixTopicsAreThere() {
        assertEquals(Set.of("profile", "photo", "linkedin", "clause-binds", "clause-breach", "social-media-at-work"),
                Set.copyOf(bundled.trees().stream().map(Tree::id).toList()));
    }

    /** The brief was stated as of 2026-11-22 and corrected on 2026-11-29 (its §11); a tree states one of the two. */
    @Test
    void eachTreeStatesTheLawAsOfTheBriefAndAReviewWithinAYear() {
        Set<LocalDate> briefDates = Set.of(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 29));
        for (Tree tree : bundled.trees()) {
            assertTrue(briefDates.contains(tree.lawAsOf()), tree.id() + " states the law as of " + tree.lawAsOf());
            assertTrue(!tree.reviewBefore().isAfter(tree.lawAsOf().plusYears(1)), tree.id());
        }
    }

    /** Issue 9: the clause trees and the social-media tree state the law as corrected in the brief's §11. */
    @Test
    void theClauseAndSocialMediaTreesStateTheCorrectedLaw() {
        for (String id : List.of("clause-binds", "clause-breach", "social-media-at-work")) {
            Tree tree = bundled.trees().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
            assertEquals(LocalDate.of(2026, 11, 29), tree.lawAsOf(), id);
            assertTrue(tree.version().startsWith("2."), id + " " + tree.version());
        }
    }

    /**
     * Issue 9, brief §11.11: where the employer may go ahead on legitimate interest (art. 6 lid 1 sub f AVG), the
     * outcome cites the right to object (art. 21 lid 1 AVG) and tells both roles what it means for them.
     */
    @Test
    void legitimateInterestOutcomesExplainTheRightToObject() {
        for (String id : List.of("clause-binds", "clause-breach", "social-media-at-work")) {
            Tree tree = bundled.trees().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
            for (Outcome o : tree.outcomes()) {
                boolean allowed = o.verdict() == Verdict.YES || o.verdict() == Verdict.YES_IF;
                if (!allowed || !cites(o, "6 lid 1 sub f")) {
                    continue;
                }
                String where = id + "/" + o.id();
                assertTrue(cites(o, "art. 21 lid 1"), where + " relies on legitimate interest but does not cite art. 21");
                assertTrue(o.stepsFor(Role.EMPLOYEE).stream().anyMatch(s -> s.nl().contains("bezwaar")), where + " employee");
                assertTrue(o.stepsFor(Role.EMPLOYER).stream().anyMatch(s -> s.nl().contains("bezwaar")), where + " employer");
            }
        }
    }

    private static boolean cites(Outcome o, String pinpointPart) {
        return o.citations().stream().anyMatch(c -> c.sourceId().equals("avg")
                && c.pinpointText().filter(p -> p.contains(pinpointPart)).isPresent());
    }

    @Test
    void theGlossaryExplainsTermsInBothLanguages() {
        assertTrue(bundled.glossary().size() >= 10);
    }

    /** No invented case numbers: every ECLI in the register appears in the legal brief (when it is beside us). */
    @Test
    void everyEcliInTheRegisterComesFromTheLegalBrief() throws IOException {
        Path brief = Path.of("../shared/domain/legal-brief.md");
        assumeTrue(Files.isRegularFile(brief), "the legal brief is not beside the project");
        String text = Files.readString(brief);
        Pattern ecli = Pattern.compile("ECLI:[A-Z]{2}:[A-Z0-9]+:\\d{4}:[A-Z0-9.]+");
        for (Source source : bundled.sources().values()) {
            Matcher m = ecli.matcher(source.label() + " " + source.url());
            while (m.find()) {
                String found = m.group().replaceAll("[.]+$", "");
                assertTrue(text.contains(found), source.id() + ": " + found + " is not in the brief");
            }
            if (source.kind() == SourceKind.CASE_LAW && source.label().startsWith("ECLI")) {
                assertTrue(text.contains(source.label()), source.id());
            }
        }
    }
}
