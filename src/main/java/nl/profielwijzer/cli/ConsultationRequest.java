package nl.profielwijzer.cli;

import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.profielwijzer.advice.AdviceReport;
import nl.profielwijzer.engine.Consultation;
import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.Node;
import nl.profielwijzer.tree.Option;
import nl.profielwijzer.tree.Question;
import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.TreeLibrary;

/**
 * TREE and {@code --answer QUESTION_ID=OPTION_ID ...} turned into a consultation, shared by run and export.
 * Unknown ids and answers off the path are usage errors that name the valid choices.
 */
record ConsultationRequest(Consultation consultation, TreeLibrary library, Role role, Language language) {

    /** Loads the tree and answers it; unknown ids and answers off the path are usage errors. */
    static ConsultationRequest from(CliOptions.Consultation options, Terminal terminal)
            throws UsageError, Library.Failed {
        Library.Found found = Library.find(options.tree, options.trees, terminal);
        Tree tree = found.tree();
        Map<String, String> answers = answers(tree, options.answers);
        Consultation consultation = Consultation.withAnswers(tree, answers);
        checkOnPath(consultation);
        return new ConsultationRequest(consultation, found.library(), options.role, options.lang.language());
    }

    /** The advice for the finished consultation, made now. */
    AdviceReport report() {
        return AdviceReport.of(consultation, library.sources(), role, language, ZonedDateTime.now());
    }

    private static Map<String, String> answers(Tree tree, List<CliOptions.Answer> given) throws UsageError {
        Map<String, String> answers = new LinkedHashMap<>();
        for (CliOptions.Answer answer : given) {
            String q = answer.question();
            String o = answer.option();
            Question question = tree.question(q).orElseThrow(() -> new UsageError("--answer " + answer
                    + ": tree \"" + tree.id() + "\" has no question \"" + q + "\"; its questions are: "
                    + String.join(", ", tree.questions().stream().map(Question::id).toList())));
            if (question.option(o).isEmpty()) {
                throw new UsageError("--answer " + answer + ": question \"" + q + "\" has no option \"" + o
                        + "\"; choose one of: " + String.join(", ", question.options().stream().map(Option::id)
                                .toList()));
            }
            if (answers.put(q, o) != null) {
                throw new UsageError("--answer " + answer + ": question \"" + q + "\" is answered twice");
            }
        }
        return answers;
    }

    /** Answers to questions the path does not pass (and cannot pass any more) are refused. */
    private static void checkOnPath(Consultation c) throws UsageError {
        Set<String> ahead = c.hasOutcome() ? Set.of() : reachableFrom(c.tree(), c.frontier().id());
        for (String q : c.setAside().keySet()) {
            if (!ahead.contains(q)) {
                String path = c.answersOnPath().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .reduce((a, b) -> a + " " + b).orElse("(no answers)");
                throw new UsageError("--answer " + q + "=" + c.setAside().get(q) + ": question \"" + q
                        + "\" is not on the path of these answers (path: " + path + ")");
            }
        }
    }

    private static Set<String> reachableFrom(Tree tree, String start) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(start);
        while (!todo.isEmpty()) {
            String id = todo.poll();
            if (!seen.add(id)) {
                continue;
            }
            Node node = tree.nodes().get(id);
            if (node instanceof Question q) {
                q.options().forEach(o -> todo.add(o.next()));
            }
        }
        return seen;
    }
}
