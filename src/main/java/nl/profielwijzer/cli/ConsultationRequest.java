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

    static final Set<String> OPTIONS = Set.of("answer", "role", "lang", "trees");

    /** Parses the arguments of a command that answers a tree: the shared options plus the command's own. */
    static Arguments parse(List<String> argList, String... ownOptions) throws UsageError {
        Set<String> options = new HashSet<>(OPTIONS);
        options.addAll(List.of(ownOptions));
        return Arguments.parse(argList, options, Set.of("answer"));
    }

    static ConsultationRequest from(Arguments args, Terminal terminal) throws UsageError, Library.Failed {
        String treeArg = Library.treeArgument(args);
        Role role = Library.role(args);
        Language language = Library.language(args);
        Library.Found found = Library.find(treeArg, args, terminal);
        Tree tree = found.tree();
        Map<String, String> answers = answers(tree, args.all("answer"));
        Consultation consultation = Consultation.withAnswers(tree, answers);
        checkOnPath(consultation);
        return new ConsultationRequest(consultation, found.library(), role, language);
    }

    /** The advice for the finished consultation, made now. */
    AdviceReport report() {
        return AdviceReport.of(consultation, library.sources(), role, language, ZonedDateTime.now());
    }

    private static Map<String, String> answers(Tree tree, List<String> given) throws UsageError {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String answer : given) {
            int eq = answer.indexOf('=');
            if (eq <= 0 || eq == answer.length() - 1) {
                throw new UsageError("--answer " + answer + ": write QUESTION_ID=OPTION_ID");
            }
            String q = answer.substring(0, eq);
            String o = answer.substring(eq + 1);
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
