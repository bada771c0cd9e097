package nl.profielwijzer.cli;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.profielwijzer.advice.CombinedAdviceReport;
import nl.profielwijzer.engine.CombinedConsultation;
import nl.profielwijzer.engine.Progress;
import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.Tree;

/**
 * The document {@code check --format json} prints, as records Jackson serialises in component order. Stable and
 * described in the README: add fields, never rename or remove them. Outcomes have the shape of {@code run}'s.
 *
 * @param status    {@code "outcome"} when every topic has one, else {@code "question"}
 * @param topics    per topic: its tree and, once reached, its outcome
 * @param nextSteps the merged next steps (present with status outcome)
 * @param path      the answers in walk order, each with its topic id or {@code "shared"}
 * @param question  the next question with its topic (present with status question)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CheckDocument(String status, String role, String language, List<TopicInfo> topics, List<String> nextSteps,
        List<PathStep> path, RunDocument.ProgressInfo progress, QuestionInfo question) {

    /** @param outcome absent while the topic has no outcome */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TopicInfo(RunDocument.TreeInfo tree, String headline, RunDocument.OutcomeInfo outcome) {
    }

    /** @param answer the id to use with --answer: a shared fact id or TOPIC/QUESTION */
    record PathStep(String topic, String answer, String option, String questionText, String answerText) {
    }

    /** @param why absent when the question has no "why we ask" text */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record QuestionInfo(String topic, String id, String text, String why, List<RunDocument.OptionInfo> options) {
    }

    static CheckDocument of(CheckRequest request, CombinedAdviceReport report) {
        CombinedConsultation c = request.combined();
        Language l = request.language();
        Role role = request.role();
        List<TopicInfo> topics = new ArrayList<>();
        for (int i = 0; i < c.topics().size(); i++) {
            Tree tree = c.topics().get(i);
            RunDocument.OutcomeInfo outcome = report == null ? null : RunDocument.outcome(report.topics().get(i));
            topics.add(new TopicInfo(RunDocument.treeInfo(tree, l, role), tree.headlineFor(role).in(l, role), outcome));
        }
        List<PathStep> path = c.path().stream().map(s -> new PathStep(s.topic().map(Tree::id).orElse("shared"),
                CheckRequest.answerId(s.key()), s.option().id(), s.question().text().in(l, role), s.option().label().in(l, role)))
                .toList();
        Progress p = c.progress();
        RunDocument.ProgressInfo progress = new RunDocument.ProgressInfo(p.answered(), p.fewestToGo(), p.mostToGo());
        if (report != null) {
            return new CheckDocument("outcome", request.role().code(), l.code(), topics, report.nextSteps(), path,
                    progress, null);
        }
        CombinedConsultation.Prompt prompt = c.frontier().orElseThrow();
        QuestionInfo question = new QuestionInfo(prompt.topic().map(Tree::id).orElse("shared"),
                CheckRequest.answerId(prompt.key()), prompt.question().text().in(l, role),
                prompt.question().whyWeAsk().map(w -> w.in(l, role)).orElse(null),
                prompt.question().options().stream().map(o -> new RunDocument.OptionInfo(o.id(),
                        o.label().in(l, role), o.unknown() ? Boolean.TRUE : null))
                        .toList());
        return new CheckDocument("question", request.role().code(), l.code(), topics, null, path, progress,
                question);
    }
}
