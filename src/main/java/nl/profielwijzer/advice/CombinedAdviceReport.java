package nl.profielwijzer.advice;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.profielwijzer.engine.CombinedConsultation;
import nl.profielwijzer.engine.Consultation;
import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.Source;
import nl.profielwijzer.tree.Verdict;

/**
 * The advice of a finished whole-company check: a summary (topic → verdict), each topic's own
 * {@link AdviceReport} as for a single topic, one merged list of next steps and one list of sources. Built once;
 * the renderers (screen, PDF, text, command line) only lay it out.
 *
 * @param summary   one row per topic, in the order the topics were asked
 * @param topics    each topic's advice, same order as {@code summary}
 * @param nextSteps the next steps of all topics for the role, each once (the same step from two topics once;
 *                  compared after trimming and folding white space), in first-seen order
 * @param sources   every source cited by any topic (outcome or view), each source and pinpoint once
 * @param history   judgments any topic mentions only as history (never as support), each once
 */
public record CombinedAdviceReport(
        ZonedDateTime createdAt,
        Role role,
        Language language,
        List<TopicSummary> summary,
        List<AdviceReport> topics,
        List<String> nextSteps,
        List<AdviceReport.Reference> sources,
        List<AdviceReport.Reference> history,
        String disclaimer) {

    public CombinedAdviceReport {
        summary = List.copyOf(summary);
        topics = List.copyOf(topics);
        nextSteps = List.copyOf(nextSteps);
        sources = List.copyOf(sources);
        history = List.copyOf(history);
    }

    /**
     * One row of the summary table.
     *
     * @param verdictLabel the banner words for this role and language (verdict and certainty)
     * @param title        the outcome's title
     */
    public record TopicSummary(String treeId, String treeTitle, String treeVersion, LocalDate lawAsOf,
            Verdict verdict, String verdictLabel, String title) {
    }

    /**
     * Builds the combined advice.
     *
     * @throws IllegalArgumentException when a topic has no outcome yet
     */
    public static CombinedAdviceReport of(CombinedConsultation combined, Map<String, Source> register, Role role,
            Language language, ZonedDateTime now) {
        if (!combined.isFinished()) {
            throw new IllegalArgumentException("not every topic has an outcome yet");
        }
        List<AdviceReport> topics = new ArrayList<>();
        List<TopicSummary> summary = new ArrayList<>();
        Map<String, String> steps = new LinkedHashMap<>();
        Map<String, AdviceReport.Reference> sources = new LinkedHashMap<>();
        Map<String, AdviceReport.Reference> history = new LinkedHashMap<>();
        for (Consultation consultation : combined.consultations()) {
            AdviceReport r = AdviceReport.of(consultation, register, role, language, now);
            topics.add(r);
            summary.add(new TopicSummary(r.treeId(), r.treeTitle(), r.treeVersion(), r.lawAsOf(), r.verdict(),
                    r.verdictLabel(), r.title()));
            for (String step : r.nextSteps()) {
                steps.putIfAbsent(normalised(step), step);
            }
            for (AdviceReport.Reference reference : r.citations()) {
                sources.putIfAbsent(reference.sourceId() + "\u0000" + reference.pinpoint(), reference);
            }
            for (AdviceReport.Reference reference : r.history()) {
                history.putIfAbsent(reference.sourceId() + "\u0000" + reference.pinpoint(), reference);
            }
        }
        return new CombinedAdviceReport(now, role, language, summary, topics, List.copyOf(steps.values()),
                List.copyOf(sources.values()), List.copyOf(history.values()), ReportText.get(language, "report.disclaimer"));
    }

    private static String normalised(String step) {
        return step.strip().replaceAll("\\s+", " ");
    }
}
