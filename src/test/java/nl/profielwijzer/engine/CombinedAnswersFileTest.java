package nl.profielwijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.TreeLibrary;
import nl.profielwijzer.tree.TreeLibraryLoader;

/** Saved answers of a whole-company check: they name every topic and version, and reopen to the same walk. */
class CombinedAnswersFileTest {
    private static final TreeLibrary BUNDLED = new TreeLibraryLoader().loadBundled();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<Tree> seed() {
        return List.of("profile", "photo", "social-media-at-work", "linkedin").stream()
                .map(id -> BUNDLED.tree(id).orElseThrow()).toList();
    }

    private static CombinedConsultation finished() {
        CombinedConsultation c = CombinedConsultation.start(seed(), BUNDLED.facts());
        while (!c.isFinished()) {
            CombinedConsultation.Prompt p = c.frontier().orElseThrow();
            c = c.answer(p.key(), p.question().options().get(0).id());
        }
        return c;
    }

    @Test
    void aSavedCombinedConsultationOpensWithTheSameAnswersTopicsAndRole(@TempDir Path dir) throws Exception {
        CombinedConsultation done = finished();
        Path file = dir.resolve("a.pwa.json");
        CombinedAnswersFile.save(file, done, Role.EMPLOYER);
        ObjectNode saved = (ObjectNode) JSON.readTree(file.toFile());
        assertEquals(4, saved.get("topics").size());
        assertEquals("profile", saved.get("topics").get(0).get("tree").asText());
        assertEquals(BUNDLED.tree("profile").orElseThrow().version(),
                saved.get("topics").get(0).get("treeVersion").asText());

        CombinedAnswersFile.Opened opened = CombinedAnswersFile.openIfCombined(file, BUNDLED).orElseThrow();
        assertEquals(done.answers(), opened.consultation().answers());
        assertEquals(done.topics(), opened.consultation().topics());
        assertTrue(opened.consultation().isFinished());
        assertEquals(Role.EMPLOYER, opened.role().orElseThrow());
        assertTrue(opened.notFitting().isEmpty() && opened.otherVersions().isEmpty());
    }

    @Test
    void answersForOtherVersionsListWhatNoLongerFits(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("old.pwa.json");
        CombinedAnswersFile.save(file, finished(), Role.EMPLOYEE);
        ObjectNode saved = (ObjectNode) JSON.readTree(file.toFile());
        ((ObjectNode) saved.get("topics").get(1)).put("treeVersion", "0.1");
        ArrayNode answers = (ArrayNode) saved.get("answers");
        answers.addObject().put("key", "photo/no-such-question").put("option", "yes");
        answers.addObject().put("key", answers.get(0).get("key").asText() + "-gone").put("option", "yes");
        ((ObjectNode) answers.get(0)).put("option", "no-such-option");
        JSON.writeValue(file.toFile(), saved);

        CombinedAnswersFile.Opened opened = CombinedAnswersFile.openIfCombined(file, BUNDLED).orElseThrow();
        assertEquals(List.of("photo"), opened.otherVersions().stream().map(Tree::id).toList());
        List<AnswersFile.Misfit.Reason> reasons = opened.notFitting().stream().map(AnswersFile.Misfit::reason)
                .toList();
        assertTrue(reasons.contains(AnswersFile.Misfit.Reason.OPTION_GONE), reasons.toString());
        assertEquals(2, reasons.stream().filter(r -> r == AnswersFile.Misfit.Reason.QUESTION_GONE).count(),
                reasons.toString());
    }

    @Test
    void aSingleTopicFileIsNotTakenForACombinedOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("one.pwa.json");
        AnswersFile.save(file, Consultation.start(seed().get(0)), Role.EMPLOYEE);
        assertTrue(CombinedAnswersFile.openIfCombined(file, BUNDLED).isEmpty());
        Files.writeString(file, "{not json");
        assertTrue(CombinedAnswersFile.openIfCombined(file, BUNDLED).isEmpty(), "AnswersFile.open says what is wrong");
    }

    @Test
    void aCombinedFileWithAnUnknownTopicIsRefusedInPlainWords(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.pwa.json");
        Files.writeString(file, "{\"format\": \"profielwijzer-combined-answers\", \"formatVersion\": 1,"
                + " \"topics\": [{\"tree\": \"no-such-topic\", \"treeVersion\": \"1\"}], \"answers\": []}");
        AnswersFile.Refused refused = assertThrows(AnswersFile.Refused.class,
                () -> CombinedAnswersFile.openIfCombined(file, BUNDLED));
        assertEquals(new AnswersFile.Refused.UnknownTree("no-such-topic"), refused.reason());
        assertTrue(refused.getMessage().contains("no-such-topic"));
    }
}
