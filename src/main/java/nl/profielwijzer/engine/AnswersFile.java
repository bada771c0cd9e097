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

    /**
     * Why a file could not be opened: a {@link Reason} with the values a message needs, so the app can say it in
     * the user's language. {@link #getMessage()} says it in English, for the command line and the logs.
     */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        /** What is wrong with the file; each names the {@link #details()} it carries. */
        public enum Reason {
            /** The file does not exist or is not a regular file. No details. */
            MISSING,
            /** Larger than the limit. Details: the limit in megabytes. */
            TOO_LARGE,
            /** Not valid JSON. Details: line and column where known, else none. */
            NOT_JSON,
            /** Reading failed. Details: the system's reason. */
            UNREADABLE,
            /** Valid JSON but not an answers file. No details. */
            FOREIGN,
            /** An answers file in another format version. Details: its version, the version this one reads. */
            OTHER_FORMAT,
            /** Answers for a tree this version does not have. Details: the tree id. */
            UNKNOWN_TREE,
            /** An answers file without its list of answers. No details. */
            NO_ANSWERS
        }

        private final Reason reason;
        private final String fileName;
        private final transient List<String> details;

        public Refused(Reason reason, String fileName, String... details) {
            super(english(reason, fileName, List.of(details)));
            this.reason = reason;
            this.fileName = fileName;
            this.details = List.of(details);
        }

        public Reason reason() {
            return reason;
        }

        /** The file's name (without its folder), as the user knows it. */
        public String fileName() {
            return fileName;
        }

        /** The values of the message, in the order the reason names them. */
        public List<String> details() {
            return details;
        }

        private static String english(Reason reason, String name, List<String> d) {
            String file = "\"" + name + "\"";
            return switch (reason) {
                case MISSING -> file + " does not exist or is not a file.";
                case TOO_LARGE -> file + " is too large to be a Profielwijzer answers file (limit " + d.get(0)
                        + " MB).";
                case NOT_JSON -> file + " is damaged: it is not valid JSON"
                        + (d.size() == 2 ? " (line " + d.get(0) + ", column " + d.get(1) + ")" : "")
                        + ". The file was not changed.";
                case UNREADABLE -> file + " could not be read: " + d.get(0);
                case FOREIGN -> file + " is not a Profielwijzer answers file.";
                case OTHER_FORMAT -> file + " was made by another version of Profielwijzer (answers format "
                        + d.get(0) + "); this version reads format " + d.get(1) + ".";
                case UNKNOWN_TREE -> file + " holds answers for the topic \"" + d.get(0)
                        + "\", which this version of Profielwijzer does not have.";
                case NO_ANSWERS -> file + " is damaged: it has no list of answers. The file was not changed.";
            };
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
                throw new Refused(Refused.Reason.MISSING, name);
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new Refused(Refused.Reason.TOO_LARGE, name, String.valueOf(MAX_BYTES / (1024 * 1024)));
            }
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw e.getLocation() == null ? new Refused(Refused.Reason.NOT_JSON, name)
                    : new Refused(Refused.Reason.NOT_JSON, name, String.valueOf(e.getLocation().getLineNr()),
                            String.valueOf(e.getLocation().getColumnNr()));
        } catch (IOException e) {
            throw new Refused(Refused.Reason.UNREADABLE, name, String.valueOf(e.getMessage()));
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new Refused(Refused.Reason.FOREIGN, name);
        }
        if (root.path("formatVersion").asInt(-1) != FORMAT_VERSION) {
            throw new Refused(Refused.Reason.OTHER_FORMAT, name, root.path("formatVersion").asText("?"),
                    String.valueOf(FORMAT_VERSION));
        }
        String treeId = root.path("tree").asText("");
        Tree tree = library.tree(treeId).orElseThrow(() -> new Refused(Refused.Reason.UNKNOWN_TREE, name, treeId));
        JsonNode list = root.path("answers");
        if (!list.isArray()) {
            throw new Refused(Refused.Reason.NO_ANSWERS, name);
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
