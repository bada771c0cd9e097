package nl.profielwijzer.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.profielwijzer.engine.AnswersFile.Misfit;
import nl.profielwijzer.engine.AnswersFile.Refused;
import nl.profielwijzer.files.AtomicWrite;
import nl.profielwijzer.files.RegularFile;
import nl.profielwijzer.tree.Question;
import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.TreeLibrary;

/**
 * The saved answers of a whole-company check ({@link CombinedConsultation}): the same extension and the same
 * safety rules as {@link AnswersFile}, with its own {@code format} so a single-topic reader never mistakes it.
 *
 * <pre>{@code
 * {"format": "profielwijzer-combined-answers", "formatVersion": 1, "savedAt": "…", "role": "employee",
 *  "topics": [{"tree": "profile", "treeVersion": "1.2"}, …],
 *  "answers": [{"key": "fact:still-employed", "option": "yes"}, {"key": "photo/purpose", "option": "…"}, …]}
 * }</pre>
 *
 * Keys are the store keys of {@link CombinedConsultation#key}. Opening answers made for other tree versions
 * lists, per answer, what no longer fits ({@link Misfit} with the key as its question id), as for one topic.
 */
public final class CombinedAnswersFile {
    public static final String FORMAT = "profielwijzer-combined-answers";
    public static final int FORMAT_VERSION = 1;
    /** Strict reading, as for one topic: a key twice in one object, or anything after the JSON value, is damage. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /**
     * An opened combined answers file.
     *
     * @param savedVersions per topic id, the tree version the answers were made with (file order)
     * @param notFitting    answers that no longer fit (question id = store key); empty when all fit
     */
    public record Opened(CombinedConsultation consultation, Optional<Role> role, Map<String, String> savedVersions,
            List<Misfit> notFitting) {
        public Opened {
            savedVersions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(savedVersions));
            notFitting = List.copyOf(notFitting);
        }

        /** The topics whose tree version differs from the one the answers were made with. */
        public List<Tree> otherVersions() {
            return consultation.topics().stream()
                    .filter(t -> !t.version().equals(savedVersions.get(t.id()))).toList();
        }
    }

    private CombinedAnswersFile() {
    }

    /** Writes every remembered answer with every topic's id and version, atomically. */
    public static void save(Path file, CombinedConsultation consultation, Role role) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("savedAt", Instant.now().toString());
        if (role != null) {
            root.put("role", role.code());
        }
        ArrayNode topics = root.putArray("topics");
        consultation.topics().forEach(t -> topics.addObject().put("tree", t.id()).put("treeVersion", t.version()));
        ArrayNode answers = root.putArray("answers");
        consultation.answers().forEach((k, o) -> answers.addObject().put("key", k).put("option", o));
        AtomicWrite.write(file, JSON.writeValueAsBytes(root));
    }

    /**
     * Opens the file when it is a combined answers file; empty when it is anything else (open it with
     * {@link AnswersFile#open}, which also says what is wrong with a damaged, too large, not regular or foreign
     * file). Read as strictly as a single-topic file: a regular file of at most {@link AnswersFile#MAX_BYTES},
     * strict JSON, at most {@link AnswersFile#MAX_ANSWERS} answers, each an object with a key and an option.
     *
     * @throws Refused when it is a combined answers file that cannot be used: another format version, a topic
     *                 this version does not have, no topics or no list of answers, a bad answer, too many answers
     */
    public static Optional<Opened> openIfCombined(Path file, TreeLibrary library) throws Refused {
        JsonNode root;
        try {
            root = JSON.readTree(RegularFile.read(file, AnswersFile.MAX_BYTES));
        } catch (IOException e) {
            return Optional.empty(); // AnswersFile.open says what is wrong
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            return Optional.empty();
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (root.path("formatVersion").asInt(-1) != FORMAT_VERSION) {
            throw new Refused(name, new Refused.OtherFormat(root.path("formatVersion").asText("?"), FORMAT_VERSION));
        }
        JsonNode topicList = root.path("topics");
        JsonNode answerList = root.path("answers");
        if (!topicList.isArray() || topicList.isEmpty() || !answerList.isArray()) {
            throw new Refused(name, new Refused.NoAnswers());
        }
        if (answerList.size() > AnswersFile.MAX_ANSWERS) {
            throw new Refused(name, new Refused.TooManyAnswers(AnswersFile.MAX_ANSWERS));
        }
        List<Tree> topics = new ArrayList<>();
        Map<String, String> versions = new LinkedHashMap<>();
        for (JsonNode item : topicList) {
            String id = item.path("tree").asText("");
            Tree tree = library.tree(id).orElseThrow(() -> new Refused(name, new Refused.UnknownTree(id)));
            if (versions.putIfAbsent(id, item.path("treeVersion").asText("?")) == null) {
                topics.add(tree);
            }
        }
        List<Misfit> notFitting = new ArrayList<>();
        Map<String, String> answers = new LinkedHashMap<>();
        int number = 0;
        for (JsonNode item : answerList) {
            number++;
            if (!item.isObject() || !item.path("key").isTextual() || !item.path("option").isTextual()
                    || answers.containsKey(item.path("key").asText())) {
                throw new Refused(name, new Refused.BadAnswer(number));
            }
            String key = item.path("key").asText("");
            String option = item.path("option").asText("");
            Optional<List<String>> options = optionsOf(key, topics);
            if (options.isEmpty()) {
                notFitting.add(new Misfit(key, option, Misfit.Reason.QUESTION_GONE));
            } else if (!options.get().contains(option)) {
                notFitting.add(new Misfit(key, option, Misfit.Reason.OPTION_GONE));
            } else {
                answers.put(key, option);
            }
        }
        CombinedConsultation consultation = CombinedConsultation.withAnswers(topics, library.facts(), answers);
        java.util.Set<String> onPath = new java.util.HashSet<>();
        consultation.path().forEach(step -> onPath.add(step.key()));
        answers.forEach((key, option) -> {
            if (!onPath.contains(key)) {
                notFitting.add(new Misfit(key, option, Misfit.Reason.OFF_PATH));
            }
        });
        Optional<Role> role = Role.fromCode(root.path("role").asText(""));
        return Optional.of(new Opened(consultation, role, versions, notFitting));
    }

    /** The option ids a store key can take among these topics, or empty when no topic asks it any more. */
    private static Optional<List<String>> optionsOf(String key, List<Tree> topics) {
        for (Tree tree : topics) {
            for (Question q : tree.questions()) {
                if (CombinedConsultation.key(tree, q).equals(key)) {
                    return Optional.of(q.options().stream().map(nl.profielwijzer.tree.Option::id).toList());
                }
            }
        }
        return Optional.empty();
    }
}
