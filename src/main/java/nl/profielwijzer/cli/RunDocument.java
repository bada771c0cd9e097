package nl.profielwijzer.cli;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.profielwijzer.advice.AdviceReport;
import nl.profielwijzer.engine.Consultation;
import nl.profielwijzer.engine.Progress;
import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.Question;
import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.Tree;

/**
 * The document {@code run --format json} prints, as records that Jackson serialises in component order. The shape
 * is stable and described in the README: add fields, never rename or remove them.
 *
 * @param status {@code "outcome"} or {@code "question"}
 * @param outcome present when status is outcome
 * @param question present when status is question
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RunDocument(String status, TreeInfo tree, String role, String language, String headline, List<PathStep> path,
        ProgressInfo progress, OutcomeInfo outcome, List<ChangeInfo> whatWouldChange, QuestionInfo question) {

    record TreeInfo(String id, String version, String title, String lawAsOf) {
    }

    record PathStep(String question, String answer, String questionText, String answerText) {
    }

    record ProgressInfo(int answered, int fewestToGo, int mostToGo) {
    }

    /**
     * @param verdict   the verdict's code: yes, yes-if, no, unclear
     * @param certainty settled or likely (ADR 0007); {@code verdictLabel} follows it
     * @param history   judgments named only as history (set aside or overtaken), never support
     */
    record OutcomeInfo(String id, String verdict, String certainty, String verdictLabel, String title,
            String explanation, List<String> conditions, List<ViewInfo> views, List<String> nextSteps,
            List<CitationInfo> citations, List<CitationInfo> history) {
    }

    record ViewInfo(String holder, String position, List<CitationInfo> citations) {
    }

    /**
     * @param pinpoint     absent when the citation names the whole source
     * @param summary      what the source is and says, in plain words (from the register)
     * @param court        for a judgment: the court; absent otherwise
     * @param decided      for a judgment: the date of the ruling (YYYY-MM-DD, or YYYY / YYYY-MM); absent otherwise
     * @param standing     for a judgment: final, interim, appealed, set-aside or overtaken; absent otherwise
     * @param standingNote in words, when a judgment is not final or a source is known only from a report or an AI
     *                     summary; absent otherwise
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CitationInfo(String source, String kind, String label, String pinpoint, String title, String summary,
            String url, String court, String decided, String standing, String standingNote) {
    }

    /** @param instead the option id that would be chosen instead; @param verdicts sorted verdict codes */
    record ChangeInfo(String question, String instead, List<String> verdicts, String result) {
    }

    /** @param why absent when the question has no "why we ask" text */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record QuestionInfo(String id, String text, String why, List<OptionInfo> options) {
    }

    /** @param unknown true for an "I don't know" answer; absent otherwise */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OptionInfo(String id, String label, Boolean unknown) {
    }

    /** The document for a consultation: with the report when it has an outcome, else the next question. */
    static RunDocument of(ConsultationRequest request, AdviceReport report) {
        Consultation c = request.consultation();
        Tree tree = c.tree();
        Language l = request.language();
        Role role = request.role();
        TreeInfo treeInfo = treeInfo(tree, l, role);
        List<PathStep> path = c.path().stream().map(s -> new PathStep(s.question().id(), s.option().id(),
                s.question().text().in(l, role), s.option().label().in(l, role))).toList();
        Progress p = c.progress();
        ProgressInfo progress = new ProgressInfo(p.answered(), p.fewestToGo(), p.mostToGo());
        String headline = tree.headlineFor(role).in(l, role);
        if (report == null) {
            Question q = (Question) c.frontier();
            QuestionInfo question = new QuestionInfo(q.id(), q.text().in(l, role), q.whyWeAsk()
                    .map(w -> w.in(l, role)).orElse(null), q.options().stream().map(o -> new OptionInfo(o.id(),
                            o.label().in(l, role), o.unknown() ? Boolean.TRUE : null)).toList());
            return new RunDocument("question", treeInfo, request.role().code(), l.code(), headline, path, progress,
                    null, List.of(), question);
        }
        OutcomeInfo outcome = outcome(report);
        List<ChangeInfo> changes = report.changes().stream().map(ch -> new ChangeInfo(ch.questionId(), ch.optionId(),
                ch.verdicts().stream().sorted().map(v -> v.code()).toList(), ch.result())).toList();
        return new RunDocument("outcome", treeInfo, request.role().code(), l.code(), headline, path, progress,
                outcome, changes, null);
    }

    /** The tree as the document names it, in the reader's role's wording. */
    static TreeInfo treeInfo(Tree tree, Language l, Role role) {
        return new TreeInfo(tree.id(), tree.version(), tree.title().in(l, role), tree.lawAsOf().toString());
    }

    /** The outcome part of a finished consultation's document (also used per topic by {@code check}). */
    static OutcomeInfo outcome(AdviceReport report) {
        return new OutcomeInfo(report.outcomeId(), report.verdict().code(),
                report.certainty().code(), report.verdictLabel(), report.title(), report.explanation(),
                report.conditions(),
                report.views().stream().map(v -> new ViewInfo(v.holder(), v.position(), citations(v.sources())))
                        .toList(),
                report.nextSteps(), citations(report.citations()), citations(report.history()));
    }

    private static List<CitationInfo> citations(List<AdviceReport.Reference> references) {
        return references.stream().map(r -> new CitationInfo(r.sourceId(), r.kind(), r.label(), r.pinpoint(),
                r.title(), r.summary(), r.url(), r.court(), r.decided(), r.standing(), r.standingNote())).toList();
    }
}
