package nl.profielwijzer.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.profielwijzer.files.AtomicWrite;
import nl.profielwijzer.tree.Question;
import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.TreeLibrary;

/**
 * Saves the answers of a consultation to a small JSON file and opens them again. The file names the tree and
 * its version; answers made for another version are checked one by one. A damaged or foreign file is refused
 * with a plain message and never changed.
 */
public final class AnswersFile {
    public static final String FORMAT = "profielwijzer-answers";
    public static final int FORMAT_VERSION = 1;
    public static final String EXTENSION = ".pwa.json";
    private static final long MAX_BYTES = 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Why a file could not be opened, in plain words. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }

    /**
     * An opened file.
     *
     * @param notFitting   answers that no longer fit the tree (empty when all fit)
     * @param savedVersion the tree version the answers were made with
     */
    public record Opened(Consultation consultation, Optional<Role> role, String savedVersion,
            List<Misfit> notFitting) {
        public boolean otherVersion() {
            return !savedVersion.equals(consultation.tree().version());
        }
    }

    /** A saved answer that does not fit the tree as it is now. */
    public record Misfit(String questionId, String optionId, Reason reason) {
        public enum Reason {
            /** The tree no longer has this question. */
            QUESTION_GONE,
            /** The question no longer has this option. */
            OPTION_GONE,
            /** The answer is valid but the path no longer passes the question. */
            OFF_PATH
        }
    }

    private AnswersFile() {
    }

    public static void save(Path file, Consultation consultation, Role role) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("tree", consultation.tree().id());
        root.put("treeVersion", consultation.tree().version());
        root.put("savedAt", Instant.now().toString());
        if (role != null) {
            root.put("role", role.code());
        }
        ArrayNode answers = root.putArray("answers");
        consultation.answersOnPath().forEach((q, o) -> answers.addObject().put("question", q).put("option", o));
        byte[] bytes = JSON.writeValueAsBytes(root);
        AtomicWrite.write(file, bytes);
    }

    public static Opened open(Path file, TreeLibrary library) throws Refused {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        JsonNode root;
        try {
            if (!Files.isRegularFile(file)) {
                throw new Refused("\"" + name + "\" does not exist or is not a file.");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new Refused("\"" + name + "\" is too large to be a Profielwijzer answers file (limit 1 MB).");
            }
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw new Refused("\"" + name + "\" is damaged: it is not valid JSON" + where + ". The file was not"
                    + " changed.");
        } catch (IOException e) {
            throw new Refused("\"" + name + "\" could not be read: " + e.getMessage());
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new Refused("\"" + name + "\" is not a Profielwijzer answers file.");
        }
        if (root.path("formatVersion").asInt(-1) != FORMAT_VERSION) {
            throw new Refused("\"" + name + "\" was made by another version of Profielwijzer (answers format "
                    + root.path("formatVersion").asText("?") + "); this version reads format " + FORMAT_VERSION + ".");
        }
        String treeId = root.path("tree").asText("");
        Tree tree = library.tree(treeId).orElseThrow(() -> new Refused("\"" + name + "\" holds answers for the"
                + " topic \"" + treeId + "\", which this version of Profielwijzer does not have."));
        JsonNode list = root.path("answers");
        if (!list.isArray()) {
            throw new Refused("\"" + name + "\" is damaged: it has no list of answers. The file was not changed.");
        }
        List<Misfit> notFitting = new ArrayList<>();
        Map<String, String> answers = new LinkedHashMap<>();
        for (JsonNode item : list) {
            String q = item.path("question").asText("");
            String o = item.path("option").asText("");
            Optional<Question> question = tree.question(q);
            if (question.isEmpty()) {
                notFitting.add(new Misfit(q, o, Misfit.Reason.QUESTION_GONE));
            } else if (question.get().option(o).isEmpty()) {
                notFitting.add(new Misfit(q, o, Misfit.Reason.OPTION_GONE));
            } else {
                answers.put(q, o);
            }
        }
        Consultation consultation = Consultation.withAnswers(tree, answers);
        consultation.setAside().forEach((q, o) -> notFitting.add(new Misfit(q, o, Misfit.Reason.OFF_PATH)));
        Optional<Role> role = Role.fromCode(root.path("role").asText(""));
        return new Opened(consultation, role, root.path("treeVersion").asText("?"), notFitting);
    }
}
