package nl.profielwijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.profielwijzer.Fixtures;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.Verdict;

class ConsultationTest {
    @TempDir
    Path dir;
    Tree demo;

    @BeforeEach
    void load() {
        demo = Fixtures.demo(dir);
    }

    @Test
    void startsAtTheFirstQuestionWithHonestProgress() {
        Consultation c = Consultation.start(demo);
        assertEquals("client", c.current().id());
        assertEquals(new Progress(0, 1, 2), c.progress());
        assertFalse(c.hasOutcome());
        assertFalse(c.canGoBack());
    }

    @Test
    void answeringWalksToAnOutcome() {
        Consultation c = Consultation.start(demo).answer("client", "yes");
        assertEquals("needed", c.current().id());
        assertEquals(new Progress(1, 1, 1), c.progress());
        c = c.answer("needed", "partly");
        assertTrue(c.hasOutcome());
        assertEquals("allowed-if", c.outcome().orElseThrow().id());
        assertEquals(new Progress(2, 0, 0), c.progress());
        assertEquals(Map.of("client", "yes", "needed", "partly"), c.answersOnPath());
    }

    @Test
    void backShowsThePreviousQuestionAndKeepsTheAnswer() {
        Consultation done = Consultation.start(demo).answer("client", "yes").answer("needed", "partly");
        Consultation back = done.back();
        assertEquals("needed", back.current().id());
        assertEquals("partly", back.answerTo("needed").orElseThrow());
        assertTrue(back.hasOutcome(), "going back does not throw the outcome away");
        assertEquals("client", back.back().current().id());
        assertEquals(back.back(), back.back().back(), "back at the first question changes nothing");
        assertEquals(done, back.answer("needed", "partly"), "back then the same answer restores the state");
    }

    @Test
    void changingAnEarlyAnswerSetsLaterAnswersAsideAndRestoresThemWhenChangedBack() {
        Consultation done = Consultation.start(demo).answer("client", "yes").answer("needed", "partly");
        Consultation changed = done.jumpTo("client").answer("client", "no");
        assertEquals("not-allowed", changed.outcome().orElseThrow().id());
        assertEquals(Map.of("needed", "partly"), changed.setAside());
        assertEquals(Map.of("client", "no"), changed.answersOnPath());

        Consultation restored = changed.jumpTo("client").answer("client", "yes");
        assertEquals("needed", restored.current().id(), "the kept answer is shown again for a check");
        assertEquals("allowed-if", restored.outcome().orElseThrow().id(), "and the outcome is back");
        assertEquals(Map.of(), restored.setAside());
    }

    @Test
    void answeringOffThePathIsRefused() {
        Consultation c = Consultation.start(demo);
        assertThrows(IllegalArgumentException.class, () -> c.answer("needed", "yes"));
        assertThrows(IllegalArgumentException.class, () -> c.answer("client", "maybe"));
        assertThrows(IllegalArgumentException.class, () -> c.jumpTo("needed"));
    }

    @Test
    void whatWouldChangeListsOnlyAnswersWithAnotherVerdict() {
        Consultation done = Consultation.start(demo).answer("client", "yes").answer("needed", "partly");
        List<Alternative> alternatives = done.whatWouldChange();
        assertEquals(3, alternatives.size(), alternatives::toString);
        Alternative no = alternatives.get(0);
        assertEquals("client", no.step().question().id());
        assertEquals("no", no.instead().id());
        assertEquals("not-allowed", no.leadsTo().orElseThrow().id());
        assertEquals(Set.of(Verdict.NO), no.verdicts());
        assertEquals(Set.of("yes", "unsure"), Set.of(alternatives.get(1).instead().id(),
                alternatives.get(2).instead().id()));
    }

    @Test
    void whatWouldChangeGivesThePossibleVerdictsWhenQuestionsWouldFollow() {
        Consultation done = Consultation.start(demo).answer("client", "no");
        List<Alternative> alternatives = done.whatWouldChange();
        assertEquals(1, alternatives.size());
        assertTrue(alternatives.get(0).leadsTo().isEmpty());
        assertEquals(Set.of(Verdict.YES, Verdict.YES_IF, Verdict.UNCLEAR), alternatives.get(0).verdicts());
        assertEquals(List.of(), Consultation.start(demo).whatWouldChange(), "nothing before there is an outcome");
    }
}
