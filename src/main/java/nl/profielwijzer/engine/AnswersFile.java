package nl.profielwijzer.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.profielwijzer.files.AtomicWrite;
import nl.profielwijzer.files.RegularFile;
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
    /** The largest answers file opened: 1 MB (a real one is a few KB). */
    public static final long MAX_BYTES = 1024 * 1024;
    /** The most answers a file may hold (a path through the largest tree is far shorter). */
    public static final int MAX_ANSWERS = 1_000;
    /**
     * Strict reading: a key twice in one object, or anything after the end of the JSON value (trailing garbage,
     * two files saved into one) makes the file damaged.
     */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /**
     * Why a file could not be opened: one record per reason, carrying the values a message needs, so the app can
     * say it in the user's language. {@link #getMessage()} says it in English, for the command line and the logs.
     */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        /** What is wrong with the file. */
        public sealed interface Reason {
        }

        /** The file does not exist or is not a regular file. */
        public record Missing() implements Reason {
        }

        /** Larger than the limit, in megabytes. */
        public record TooLarge(long limitMegabytes) implements Reason {
        }

        /** Not valid JSON; line and column (from 1) where reading stopped, when the parser knows them. */
        public record NotJson(Optional<Integer> line, Optional<Integer> column) implements Reason {
        }

        /** Reading failed; the system's reason. */
        public record Unreadable(String systemReason) implements Reason {
        }

        /** Valid JSON but not an answers file. */
        public record Foreign() implements Reason {
        }

        /** An answers file in another format version: the version found (as written), the version read here. */
        public record OtherFormat(String found, int readable) implements Reason {
        }

        /** Answers for a tree this version does not have. */
        public record UnknownTree(String treeId) implements Reason {
        }

        /** An answers file without its list of answers. */
        public record NoAnswers() implements Reason {
        }

        /** Answer {@code number} (from 1) is not one question id with one option id, or repeats a question. */
        public record BadAnswer(int number) implements Reason {
        }

        /** More answers than the limit. */
        public record TooManyAnswers(int limit) implements Reason {
        }

        private final transient Reason reason;
        private final String fileName;

        public Refused(String fileName, Reason reason) {
            super(english(reason, fileName));
            this.reason = reason;
            this.fileName = fileName;
        }

        public Reason reason() {
            return reason;
        }

        /** The file's name (without its folder), as the user knows it. */
        public String fileName() {
            return fileName;
        }

        private static String english(Reason reason, String name) {
            String file = "\"" + name + "\"";
            if (reason instanceof TooLarge r) {
                return file + " is too large to be a Profielwijzer answers file (limit " + r.limitMegabytes() + " MB).";
            } else if (reason instanceof NotJson r) {
                return file + " is damaged: it is not valid JSON" + r.line().map(l -> " (line " + l + ", column "
                        + r.column().orElse(0) + ")").orElse("") + ". The file was not changed.";
            } else if (reason instanceof Unreadable r) {
                return file + " could not be read: " + r.systemReason();
            } else if (reason instanceof Foreign) {
                return file + " is not a Profielwijzer answers file.";
            } else if (reason instanceof OtherFormat r) {
                return file + " was made by another version of Profielwijzer (answers format " + r.found()
                        + "); this version reads format " + r.readable() + ".";
            } else if (reason instanceof UnknownTree r) {
                return file + " holds answers for the topic \"" + r.treeId()
                        + "\", which this version of Profielwijzer does not have.";
            } else if (reason instanceof NoAnswers) {
                return file + " is damaged: it has no list of answers. The file was not changed.";
            } else if (reason instanceof BadAnswer r) {
                return file + " is damaged: answer " + r.number() + " is not one question with one option. The file"
                        + " was not changed.";
            } else if (reason instanceof TooManyAnswers r) {
                return file + " holds more than " + r.limit() + " answers, the limit for an answers file. The file"
                        + " was not changed.";
            }
            return file + " does not exist or is not a file.";
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

    /**
     * Opens an answers file, or refuses it (never changing it): not a regular file, above {@link #MAX_BYTES}, not
     * strictly valid JSON (trailing text, a key twice), not an answers file, a {@code formatVersion} that is not
     * the integer {@value #FORMAT_VERSION}, an answer that is not an object of a question id and an option id,
     * a question answered twice, or more than {@link #MAX_ANSWERS} answers.
     */
    public static Opened open(Path file, TreeLibrary library) throws Refused {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        JsonNode root;
        try {
            root = JSON.readTree(RegularFile.read(file, MAX_BYTES));
        } catch (RegularFile.TooLarge e) {
            throw new Refused(name, new Refused.TooLarge(MAX_BYTES / (1024 * 1024)));
        } catch (RegularFile.Refused e) {
            throw new Refused(name, new Refused.Missing());
        } catch (JsonProcessingException e) {
            throw new Refused(name, e.getLocation() == null ? new Refused.NotJson(Optional.empty(), Optional.empty())
                    : new Refused.NotJson(Optional.of(e.getLocation().getLineNr()),
                            Optional.of(e.getLocation().getColumnNr())));
        } catch (IOException e) {
            throw new Refused(name, new Refused.Unreadable(String.valueOf(e.getMessage())));
        }
        if (root == null || !root.isObject() || !root.path("format").isTextual()
                || !FORMAT.equals(root.path("format").asText())) {
            throw new Refused(name, new Refused.Foreign());
        }
        JsonNode version = root.path("formatVersion");
        if (!version.isIntegralNumber()) {
            throw new Refused(name, new Refused.Foreign()); // "1", 1.0, missing: not written by Profielwijzer
        }
        if (!version.canConvertToInt() || version.intValue() != FORMAT_VERSION) {
            throw new Refused(name, new Refused.OtherFormat(version.asText(), FORMAT_VERSION));
        }
        String treeId = root.path("tree").asText("");
        Tree tree = library.tree(treeId).orElseThrow(() -> new Refused(name, new Refused.UnknownTree(treeId)));
        JsonNode list = root.path("answers");
        if (!list.isArray()) {
            throw new Refused(name, new Refused.NoAnswers());
        }
        if (list.size() > MAX_ANSWERS) {
            throw new Refused(name, new Refused.TooManyAnswers(MAX_ANSWERS));
        }
        List<Misfit> notFitting = new ArrayList<>();
        Map<String, String> answers = new LinkedHashMap<>();
        java.util.Set<String> asked = new java.util.HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            if (!item.isObject() || item.size() != 2 || !item.path("question").isTextual()
                    || !item.path("option").isTextual() || !asked.add(item.path("question").asText())) {
                throw new Refused(name, new Refused.BadAnswer(i + 1));
            }
            String q = item.path("question").asText();
            String o = item.path("option").asText();
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
