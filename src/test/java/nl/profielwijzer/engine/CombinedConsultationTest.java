package nl.profielwijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import nl.profielwijzer.engine.CombinedConsultation.CombinedStep;
import nl.profielwijzer.engine.CombinedConsultation.Prompt;
import nl.profielwijzer.tree.Fact;
import nl.profielwijzer.tree.Option;
import nl.profielwijzer.tree.Question;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.TreeLibrary;
import nl.profielwijzer.tree.TreeLibraryLoader;

/**
 * The whole-company check over the bundled trees: shared facts asked once, the same outcomes as the single topics,
 * and a changed shared fact changes exactly the topics that ask it.
 */
class CombinedConsultationTest {
    private static final TreeLibrary BUNDLED = new TreeLibraryLoader().loadBundled();

    static Map<String, Fact> facts() {
        return BUNDLED.facts();
    }

    /** A subset of the bundled topics chosen by the bits of {@code mask} (never empty). */
    static List<Tree> topics(int mask) {
        List<Tree> all = BUNDLED.trees();
        List<Tree> chosen = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                chosen.add(all.get(i));
            }
        }
        return chosen.isEmpty() ? List.of(all.get(0)) : chosen;
    }

    /** A deterministic choice per question, the same for a fact wherever it is asked. */
    static String choose(String key, List<Option> options, long seed) {
        int pick = Math.floorMod((key + "#" + seed).hashCode(), options.size());
        return options.get(pick).id();
    }

    static CombinedConsultation walk(CombinedConsultation c, long seed) {
        int guard = 0;
        while (!c.isFinished()) {
            Prompt p = c.frontier().orElseThrow();
            c = c.answer(p.key(), choose(p.key(), p.question().options(), seed));
            assertTrue(++guard < 500, "the walk ends");
        }
        return c;
    }

    @Property(tries = 200)
    void eachSharedFactIsAskedAtMostOnceAndEveryKeyOnce(@ForAll @IntRange(min = 1, max = 63) int mask,
            @ForAll long seed) {
        CombinedConsultation done = walk(CombinedConsultation.start(topics(mask), facts()), seed);
        Set<String> keys = new HashSet<>();
        Set<String> facts = new HashSet<>();
        for (CombinedStep step : done.path()) {
            assertTrue(keys.add(step.key()), "asked twice: " + step.key());
            step.question().sharedFact().ifPresent(f -> assertTrue(facts.add(f), "fact asked twice: " + f));
        }
    }

    @Property(tries = 200)
    void outcomesEqualThoseOfTheSingleTopicsGivenTheSameAnswers(@ForAll @IntRange(min = 1, max = 63) int mask,
            @ForAll long seed) {
        List<Tree> topics = topics(mask);
        CombinedConsultation done = walk(CombinedConsultation.start(topics, facts()), seed);
        for (Tree tree : topics) {
            // The single topic, walked on its own with the same choice per question or fact.
            Consultation single = Consultation.start(tree);
            while (!single.hasOutcome()) {
                Question q = (Question) single.frontier();
                single = single.answer(q.id(), choose(CombinedConsultation.key(tree, q), q.options(), seed));
            }
            assertEquals(single.outcome(), done.consultation(tree.id()).orElseThrow().outcome(), tree.id());
        }
    }

    @Property(tries = 200)
    void changingASharedFactChangesExactlyTheTopicsThatAskIt(@ForAll @IntRange(min = 1, max = 63) int mask,
            @ForAll long seed) {
        CombinedConsultation done = walk(CombinedConsultation.start(topics(mask), facts()), seed);
        for (CombinedStep step : done.path()) {
            if (step.question().sharedFact().isEmpty()) {
                continue;
            }
            for (Option other : step.question().options()) {
                if (other.id().equals(step.option().id())) {
                    continue;
                }
                CombinedConsultation changed = done.answer(step.key(), other.id());
                for (int i = 0; i < done.topics().size(); i++) {
                    Consultation before = done.consultations().get(i);
                    Consultation after = changed.consultations().get(i);
                    boolean asks = before.path().stream()
                            .anyMatch(s -> step.question().fact().equals(s.question().fact()));
                    if (asks) {
                        assertNotEquals(before.answersOnPath(), after.answersOnPath(), done.topics().get(i).id());
                    } else {
                        assertEquals(before.answersOnPath(), after.answersOnPath(), done.topics().get(i).id());
                        assertEquals(before.outcome(), after.outcome());
                    }
                }
            }
        }
    }

    @Property(tries = 100)
    void progressCountsDownHonestly(@ForAll @IntRange(min = 1, max = 63) int mask, @ForAll long seed) {
        CombinedConsultation c = CombinedConsultation.start(topics(mask), facts());
        while (!c.isFinished()) {
            Progress before = c.progress();
            assertTrue(before.fewestToGo() >= 1 && before.fewestToGo() <= before.mostToGo(), before.toString());
            Prompt p = c.frontier().orElseThrow();
            c = c.answer(p.key(), choose(p.key(), p.question().options(), seed));
            Progress after = c.progress();
            assertEquals(before.answered() + 1, after.answered());
            assertTrue(after.mostToGo() <= before.mostToGo() - 1, before + " → " + after);
        }
        assertEquals(0, c.progress().mostToGo());
    }

    @Test
    void sharedFactsComeFirstAndNameNoTopic() {
        List<Tree> topics = topics(0b111);
        CombinedConsultation c = CombinedConsultation.start(topics, facts());
        assertFalse(c.sharedFacts().isEmpty(), "profile, photo and linkedin share facts");
        for (String fact : c.sharedFacts()) {
            Prompt p = c.frontier().orElseThrow();
            assertEquals(CombinedConsultation.FACT_PREFIX + fact, p.key());
            assertEquals(Optional.empty(), p.topic());
            c = c.answer(p.key(), p.question().options().get(0).id());
        }
        assertTrue(c.isFinished() || c.frontier().orElseThrow().topic().isPresent(),
                "after the shared facts, every question names its topic");
    }

    @Test
    void backAndJumpKeepAnswersAndChangingBackRestoresSetAsideOnes() {
        CombinedConsultation done = walk(CombinedConsultation.start(topics(0b111111), facts()), 7);
        assertTrue(done.isFinished());
        CombinedConsultation back = done.back();
        assertEquals(done.path().get(done.path().size() - 1).key(), back.current().orElseThrow().key());
        assertTrue(back.isFinished(), "going back throws no outcome away");
        CombinedStep first = done.path().get(0);
        CombinedConsultation jumped = done.jumpTo(first.key());
        assertEquals(first.key(), jumped.current().orElseThrow().key());
        String other = first.question().options().stream().map(Option::id)
                .filter(id -> !id.equals(first.option().id())).findFirst().orElseThrow();
        CombinedConsultation changedBack = done.answer(first.key(), other).answer(first.key(), first.option().id());
        assertEquals(done.answers(), changedBack.answers());
        assertEquals(done.path(), changedBack.path(), "set-aside answers come back");
    }

    @Test
    void whatWouldChangeNamesOnlyAnswersThatChangeAVerdict() {
        CombinedConsultation done = walk(CombinedConsultation.start(topics(0b111111), facts()), 3);
        for (CombinedConsultation.Alternative alternative : done.whatWouldChange()) {
            assertFalse(alternative.effects().isEmpty());
            for (CombinedConsultation.TopicEffect effect : alternative.effects()) {
                var now = done.consultation(effect.topic().id()).orElseThrow().outcome().orElseThrow().verdict();
                assertNotEquals(Set.of(now), effect.verdicts());
            }
        }
    }

    @Test
    void refusesNoTopicsATopicTwiceAndForeignAnswers() {
        assertThrows(IllegalArgumentException.class, () -> CombinedConsultation.start(List.of(), facts()));
        Tree one = BUNDLED.trees().get(0);
        assertThrows(IllegalArgumentException.class, () -> CombinedConsultation.start(List.of(one, one), facts()));
        CombinedConsultation c = CombinedConsultation.start(List.of(one), facts());
        assertThrows(IllegalArgumentException.class, () -> c.answer("nope/nope", "yes"));
        Prompt p = c.frontier().orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> c.answer(p.key(), "no-such-option"));
    }
}
