package nl.profielwijzer.cli;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.profielwijzer.advice.CombinedAdviceReport;
import nl.profielwijzer.engine.CombinedConsultation;
import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.Option;
import nl.profielwijzer.tree.Question;
import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.TreeLibrary;

/**
 * TOPIC[,TOPIC...] and {@code --answer ID=OPTION ...} turned into a combined consultation (the whole-company
 * check). An answer's ID is a shared fact id ({@code still-employed}), a question id that only one chosen topic
 * has ({@code channel}), or {@code TOPIC/QUESTION} ({@code photo/channel}). Unknown ids, ambiguous ids and answers
 * to questions that no path of these answers asks are usage errors that name the valid choices.
 */
record CheckRequest(CombinedConsultation combined, TreeLibrary library, Role role, Language language) {

    /** The id a user types for an answer with this store key: the fact id, or TOPIC/QUESTION. */
    static String answerId(String key) {
        return key.startsWith(CombinedConsultation.FACT_PREFIX)
                ? key.substring(CombinedConsultation.FACT_PREFIX.length()) : key;
    }

    static CheckRequest from(List<String> topicIds, List<CliOptions.Answer> given, Role role, Language language,
            CliOptions.Trees trees) throws UsageError {
        TreeLibrary library = Library.load(trees);
        List<Tree> topics = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String id : topicIds) {
            if (id.isBlank()) {
                throw new UsageError("an empty topic in the list; write TOPIC[,TOPIC...], e.g. profile,photo");
            }
            if (!seen.add(id)) {
                throw new UsageError("the topic \"" + id + "\" is named twice");
            }
            topics.add(library.tree(id).orElseThrow(() -> new UsageError("unknown topic \"" + id + "\"; topics: "
                    + String.join(", ", library.trees().stream().map(Tree::id).toList()))));
        }
        CombinedConsultation start = CombinedConsultation.start(topics, library.facts());
        Map<String, String> answers = new LinkedHashMap<>();
        for (CliOptions.Answer answer : given) {
            String key = keyFor(answer, topics, library);
            List<Option> options = optionsFor(key, topics, library);
            if (options.stream().noneMatch(o -> o.id().equals(answer.option()))) {
                throw new UsageError("--answer " + answer + ": \"" + answer.question() + "\" has no option \""
                        + answer.option() + "\"; choose one of: "
                        + String.join(", ", options.stream().map(Option::id).toList()));
            }
            if (answers.put(key, answer.option()) != null) {
                throw new UsageError("--answer " + answer + ": \"" + answerId(key) + "\" is answered twice");
            }
        }
        CombinedConsultation combined = CombinedConsultation.withAnswers(topics, library.facts(), answers);
        checkOnPath(combined);
        return new CheckRequest(combined, library, role, language);
    }

    /** The combined advice, made now. */
    CombinedAdviceReport report() {
        return CombinedAdviceReport.of(combined, library.sources(), role, language, ZonedDateTime.now());
    }

    private static String keyFor(CliOptions.Answer answer, List<Tree> topics, TreeLibrary library)
            throws UsageError {
        String id = answer.question();
        int slash = id.indexOf('/');
        if (slash > 0) {
            String topicId = id.substring(0, slash);
            Tree tree = topics.stream().filter(t -> t.id().equals(topicId)).findFirst().orElseThrow(
                    () -> new UsageError("--answer " + answer + ": \"" + topicId + "\" is not one of the topics "
                            + "checked"));
            Question q = tree.question(id.substring(slash + 1)).orElseThrow(() -> new UsageError("--answer "
                    + answer + ": topic \"" + topicId + "\" has no question \"" + id.substring(slash + 1) + "\""));
            return CombinedConsultation.key(tree, q);
        }
        if (library.facts().containsKey(id) && askedByAny(id, topics)) {
            return CombinedConsultation.FACT_PREFIX + id;
        }
        Set<String> keys = new LinkedHashSet<>();
        for (Tree tree : topics) {
            tree.question(id).ifPresent(q -> keys.add(CombinedConsultation.key(tree, q)));
        }
        if (keys.size() == 1) {
            return keys.iterator().next();
        }
        if (keys.isEmpty()) {
            throw new UsageError("--answer " + answer + ": no shared fact or question \"" + id + "\" in these "
                    + "topics; run without this answer to see the next question and its ids");
        }
        throw new UsageError("--answer " + answer + ": several topics ask \"" + id + "\"; write one of: "
                + String.join(", ", keys.stream().map(CheckRequest::answerId).toList()));
    }

    private static boolean askedByAny(String fact, List<Tree> topics) {
        return topics.stream().flatMap(t -> t.questions().stream()).anyMatch(q -> fact.equals(q.fact()));
    }

    private static List<Option> optionsFor(String key, List<Tree> topics, TreeLibrary library) {
        if (key.startsWith(CombinedConsultation.FACT_PREFIX)) {
            String fact = answerId(key);
            return library.fact(fact).map(f -> f.options().stream()
                    .map(a -> new Option(a.id(), a.label(), null)).toList()).orElse(List.of());
        }
        for (Tree tree : topics) {
            if (key.startsWith(tree.id() + "/")) {
                return tree.question(key.substring(tree.id().length() + 1)).map(Question::options)
                        .orElse(List.of());
            }
        }
        return List.of();
    }

    /** Answers that no path of the chosen topics can use any more are refused, as {@code run} does. */
    private static void checkOnPath(CombinedConsultation c) throws UsageError {
        Set<String> used = new LinkedHashSet<>();
        c.path().forEach(s -> used.add(s.key()));
        Optional<CombinedConsultation.Prompt> next = c.frontier();
        if (next.isPresent()) {
            // Still open: an answer may be for a question further on; only refuse keys of finished topics.
            for (var entry : c.answers().entrySet()) {
                String key = entry.getKey();
                if (used.contains(key) || stillAhead(c, key)) {
                    continue;
                }
                throw offPath(c, key, entry.getValue());
            }
            return;
        }
        for (var entry : c.answers().entrySet()) {
            if (!used.contains(entry.getKey())) {
                throw offPath(c, entry.getKey(), entry.getValue());
            }
        }
    }

    /** Whether a topic that has no outcome yet can still reach the question with this key. */
    private static boolean stillAhead(CombinedConsultation c, String key) {
        if (key.startsWith(CombinedConsultation.FACT_PREFIX)) {
            return true;
        }
        for (int i = 0; i < c.topics().size(); i++) {
            Tree tree = c.topics().get(i);
            if (key.startsWith(tree.id() + "/") && !c.consultations().get(i).hasOutcome()) {
                return true;
            }
        }
        return false;
    }

    private static UsageError offPath(CombinedConsultation c, String key, String option) {
        String path = c.path().stream().map(s -> answerId(s.key()) + "=" + s.option().id())
                .reduce((a, b) -> a + " " + b).orElse("(no answers)");
        return new UsageError("--answer " + answerId(key) + "=" + option + ": no path of these answers asks \""
                + answerId(key) + "\" (path: " + path + ")");
    }
}
