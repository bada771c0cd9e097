package nl.profielwijzer.trees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.profielwijzer.engine.Consultation;
import nl.profielwijzer.tree.Citation;
import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.LocalizedText;
import nl.profielwijzer.tree.Outcome;
import nl.profielwijzer.tree.Question;
import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.TreeLibrary;
import nl.profielwijzer.tree.TreeLibraryLoader;
import nl.profielwijzer.tree.Verdict;

/**
 * Issue 9 for the profile, photo and LinkedIn trees: rules of the corrected brief (§11) that hold for every outcome,
 * not only for the scenarios.
 */
class PeopleTreesTest {
    private static final List<String> TREES = List.of("profile", "photo", "linkedin");
    private final TreeLibrary bundled = new TreeLibraryLoader().loadBundled();

    private Tree tree(String id) {
        return bundled.tree(id).orElseThrow(() -> new AssertionError("no bundled tree " + id));
    }

    private static Stream<Citation> allCitations(Outcome o) {
        return Stream.concat(o.citations().stream(), o.views().stream().flatMap(v -> v.citations().stream()));
    }

    private static boolean cites(Outcome o, String source, String pinpoint) {
        return allCitations(o).anyMatch(c -> c.sourceId().equals(source)
                && (pinpoint == null || pinpoint.equals(c.pinpoint())));
    }

    @Test
    void theThreeTreesStateTheCorrectedLaw() {
        for (String id : TREES) {
            Tree t = tree(id);
            assertEquals(LocalDate.of(2026, 11, 29), t.lawAsOf(), id);
            assertFalse(t.version().startsWith("1.0"), id + " " + t.version());
        }
    }

    /** Brief §11.11: legitimate interest → the employee hears of art. 21 AVG, the employer what to do with it. */
    @Test
    void everyOutcomeOnLegitimateInterestExplainsTheRightToObject() {
        List<String> missing = new ArrayList<>();
        for (String id : TREES) {
            for (Outcome o : tree(id).outcomes()) {
                boolean legitimateInterest = allCitations(o).anyMatch(c -> c.sourceId().equals("avg")
                        && c.pinpoint() != null && c.pinpoint().startsWith("art. 6 lid 1 sub f"));
                if (!legitimateInterest) {
                    continue;
                }
                boolean cited = o.citations().stream()
                        .anyMatch(c -> c.sourceId().equals("avg") && "art. 21 lid 1".equals(c.pinpoint()));
                boolean employee = mentions(o.stepsFor(Role.EMPLOYEE), "art. 21 AVG");
                boolean employer = mentions(o.stepsFor(Role.EMPLOYER), "art. 21 AVG");
                if (!(cited && employee && employer)) {
                    missing.add(id + "/" + o.id());
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    /** Brief §1.5.b: where consent is the basis the under-16 rule is told to both roles, not only on one path. */
    @Test
    void everyOutcomeOnConsentGivesTheUnder16Rule() {
        List<String> missing = new ArrayList<>();
        for (String id : List.of("profile", "photo")) {
            Set<String> pastTheAgeQuestion = reachableAvoiding(tree(id), "under-16");
            for (Outcome o : tree(id).outcomes()) {
                if (!pastTheAgeQuestion.contains(o.id())) {
                    continue; // only reached through the question "under 16?": the age is known there
                }
                boolean consent = cites(o, "avg", "art. 6 lid 1 sub a") || o.explanation().nl().contains("toestemming")
                        || o.views().stream().anyMatch(v -> v.position().nl().contains("toestemming"));
                if (!consent) {
                    continue;
                }
                if (o.id().startsWith("ex-employee")) {
                    continue; // a former employee: consent for new use is asked anew, the age question is moot
                }
                if (!cites(o, "uavg-5", null) || !mentions(o.stepsFor(Role.EMPLOYEE), "16")
                        && !mentions(List.of(o.explanation()), "16")) {
                    missing.add(id + "/" + o.id());
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    /** Issue 9 item 9: a photo used in advertising engages the portrait right; it is cited wherever that path ends. */
    @Test
    void everyAdvertisingPathOfThePhotoTreeCitesThePortraitRight() {
        Tree photo = tree("photo");
        for (String age : List.of("yes", "no")) {
            for (String clause : List.of("yes", "no", "unknown")) {
                Map<String, String> answers = Map.of("recognisable", "yes", "still-employed", "yes",
                        "channel", "advertising", "under-16", age, "photo-clause", clause);
                Consultation c = Consultation.withAnswers(photo, answers);
                Outcome o = c.outcome().orElseThrow(() -> new AssertionError("no outcome for " + answers));
                assertTrue(cites(o, "auteurswet-21", null), o.id());
                assertTrue(cites(o, "ecli-rbnne-2020-3807", null), o.id());
                assertTrue(o.verdict() == Verdict.NO, o.id() + " " + o.verdict());
            }
        }
    }

    /** Issue 9 item 4 and brief §11.7: a former employee's profile and photo come down, in both trees. */
    @Test
    void aFormerEmployeesProfileAndPhotoComeDown() {
        Outcome profile = Consultation.withAnswers(tree("profile"),
                Map.of("identifiable", "yes", "still-employed", "no")).outcome().orElseThrow();
        Outcome photo = Consultation.withAnswers(tree("photo"),
                Map.of("recognisable", "yes", "still-employed", "no", "post-employment-clause", "no"))
                .outcome().orElseThrow();
        for (Outcome o : List.of(profile, photo)) {
            assertEquals(Verdict.NO, o.verdict(), o.id());
            assertTrue(cites(o, "avg", "art. 17 lid 1"), o.id());
            assertTrue(cites(o, "ap-publiceren-verwijderen", null), o.id());
        }
    }

    /**
     * Issue 9 item 2 and brief §11.6: the account question decides; a personal account's password is never given,
     * a page made for the employer is handed over (admin rights and its logins), before and after leaving alike.
     */
    @Test
    void aPageMadeForTheEmployerIsNotThePersonalAccount() {
        Tree linkedin = tree("linkedin");
        for (String request : List.of("password", "after")) {
            Question q = linkedin.question(request + "-account").orElseThrow();
            assertEquals("account", q.fact());
            Outcome company = Consultation.withAnswers(linkedin, Map.of("request", request, q.id(), "company"))
                    .outcome().orElseThrow();
            assertEquals("employer-page", company.id());
            assertEquals(Verdict.YES_IF, company.verdict());
            assertTrue(cites(company, "ecli-rbgel-2019-4651", null));
        }
        Outcome password = Consultation.withAnswers(linkedin, Map.of("request", "password", "password-account",
                "private")).outcome().orElseThrow();
        assertEquals(Verdict.NO, password.verdict());
    }

    @Test
    void noOutcomeCitesTheSamePassageTwice() {
        List<String> twice = new ArrayList<>();
        for (String id : TREES) {
            for (Outcome o : tree(id).outcomes()) {
                Set<Citation> seen = new HashSet<>();
                o.citations().stream().filter(c -> !seen.add(c)).forEach(c -> twice.add(id + "/" + o.id() + " " + c));
            }
        }
        assertEquals(List.of(), twice);
    }

    /** Role variants: the employee is asked about themselves, the employer about the employee. */
    @Test
    void questionsSpeakToTheRoleChosen() {
        Question under16 = tree("photo").question("under-16").orElseThrow();
        assertEquals("Bent u jonger dan 16 jaar?", under16.text().in(Language.NL, Role.EMPLOYEE));
        assertEquals("Is de werknemer jonger dan 16 jaar?", under16.text().in(Language.NL, Role.EMPLOYER));
        for (String id : TREES) {
            for (Question q : tree(id).questions()) {
                for (var o : q.options()) {
                    String employerLabel = o.label().in(Language.NL, Role.EMPLOYER);
                    assertFalse(employerLabel.matches("(?i).*\\b(mijn|mij|ik ben|ik werk)\\b.*"),
                            id + "/" + q.id() + "/" + o.id() + ": " + employerLabel);
                }
            }
        }
    }

    /** The ids of the nodes reached from the start on paths that do not pass the given question. */
    private static Set<String> reachableAvoiding(Tree t, String questionId) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(t.start()));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (id.equals(questionId) || !seen.add(id)) {
                continue;
            }
            t.question(id).ifPresent(q -> q.options().forEach(o -> todo.push(o.next())));
        }
        return seen;
    }

    private static boolean mentions(List<LocalizedText> texts, String needle) {
        return texts.stream().anyMatch(t -> t.nl().contains(needle) && t.en().contains(needle.replace("AVG", "GDPR"))
                || t.nl().contains(needle) && t.en().contains(needle));
    }
}
