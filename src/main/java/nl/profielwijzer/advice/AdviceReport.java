package nl.profielwijzer.advice;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.profielwijzer.engine.Alternative;
import nl.profielwijzer.engine.Consultation;
import nl.profielwijzer.engine.Step;
import nl.profielwijzer.tree.Citation;
import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.LocalizedText;
import nl.profielwijzer.tree.Outcome;
import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.Source;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.Verdict;
import nl.profielwijzer.tree.View;

/**
 * The advice for one finished consultation, in one language and for one role: everything the screen, the PDF,
 * the printout and the copied text show. Built once; the renderers only lay it out.
 */
public record AdviceReport(
        ZonedDateTime createdAt,
        Role role,
        Language language,
        String treeId,
        String treeTitle,
        String treeVersion,
        LocalDate lawAsOf,
        String headline,
        List<Answer> answers,
        String outcomeId,
        Verdict verdict,
        String verdictLabel,
        String title,
        String explanation,
        List<String> conditions,
        List<ContestedView> views,
        List<String> nextSteps,
        List<Change> changes,
        List<Reference> citations,
        String disclaimer) {

    /** A question and the answer given. */
    public record Answer(String questionId, String question, String optionId, String answer) {
    }

    /** One position on a contested point. */
    public record ContestedView(String holder, String position, List<Reference> sources) {
    }

    /** Another answer that would change the verdict. */
    public record Change(String questionId, String question, String currentAnswer, String optionId,
            String otherAnswer, Set<Verdict> verdicts, String result) {
    }

    /** Whether some alternative leads to more questions (then the note "more questions would follow" is due). */
    public boolean changesNeedMoreQuestions() {
        return changes.stream().anyMatch(c -> c.verdicts().size() > 1);
    }

    /** A citation resolved against the register. */
    public record Reference(String sourceId, String kind, String label, String pinpoint, String title, String url) {
        /** "art. 6 AVG, lid 1 sub b"-style text: the label with the pinpoint. */
        public String citationText() {
            return pinpoint == null || pinpoint.isBlank() ? label : label + ", " + pinpoint;
        }
    }

    /**
     * Builds the report.
     *
     * @throws IllegalArgumentException when the consultation has no outcome yet
     */
    public static AdviceReport of(Consultation consultation, Map<String, Source> register, Role role,
            Language language, ZonedDateTime now) {
        Outcome outcome = consultation.outcome().orElseThrow(() -> new IllegalArgumentException(
                "the consultation has no outcome yet"));
        Tree tree = consultation.tree();
        List<Answer> answers = new ArrayList<>();
        for (Step step : consultation.path()) {
            answers.add(new Answer(step.question().id(), step.question().text().in(language), step.option().id(),
                    step.option().label().in(language)));
        }
        List<ContestedView> views = new ArrayList<>();
        Set<Reference> all = new LinkedHashSet<>(references(outcome.citations(), register, language));
        for (View view : outcome.views()) {
            List<Reference> sources = references(view.citations(), register, language);
            all.addAll(sources);
            views.add(new ContestedView(view.holder().in(language), view.position().in(language), sources));
        }
        List<Change> changes = new ArrayList<>();
        for (Alternative alternative : consultation.whatWouldChange()) {
            changes.add(change(tree, alternative, outcome.verdict(), role, language));
        }
        return new AdviceReport(now, role, language, tree.id(), tree.title().in(language), tree.version(),
                tree.lawAsOf(), tree.headlineFor(role).in(language), answers, outcome.id(), outcome.verdict(),
                verdictLabel(tree, role, outcome.verdict(), language), outcome.title().in(language),
                outcome.explanation().in(language), texts(outcome.conditionTexts(), language), views,
                texts(outcome.stepsFor(role), language), changes, List.copyOf(all),
                ReportText.get(language, "report.disclaimer"));
    }

    /** The role-phrased answer to the headline question, or the plain verdict word. */
    public static String verdictLabel(Tree tree, Role role, Verdict verdict, Language language) {
        return tree.verdictLabel(role, verdict).map(t -> t.in(language))
                .orElseGet(() -> ReportText.verdictWord(language, verdict));
    }

    /**
     * An alternative in words: the outcome it leads to with its verdict, or, when more questions would decide,
     * only the verdicts other than the present one ("could end in: No, … or That is uncertain *"); the note that
     * explains the mark is given once for all ({@link #changesNeedMoreQuestions()}).
     */
    private static Change change(Tree tree, Alternative alternative, Verdict now, Role role, Language language) {
        String result;
        if (alternative.leadsTo().isPresent()) {
            Outcome other = alternative.leadsTo().get();
            result = verdictLabel(tree, role, other.verdict(), language) + " — " + other.title().in(language);
        } else {
            String verdicts = alternative.verdicts().stream().filter(v -> v != now).sorted()
                    .map(v -> "\u201c" + verdictLabel(tree, role, v, language) + "\u201d")
                    .collect(Collectors.joining(ReportText.get(language, "report.change.or")));
            result = ReportText.format(language, "report.change.more", verdicts);
        }
        Step step = alternative.step();
        return new Change(step.question().id(), step.question().text().in(language),
                step.option().label().in(language), alternative.instead().id(),
                alternative.instead().label().in(language), alternative.verdicts(), result);
    }

    private static List<Reference> references(List<Citation> citations, Map<String, Source> register,
            Language language) {
        List<Reference> out = new ArrayList<>();
        for (Citation c : citations) {
            Optional<Source> source = Optional.ofNullable(register.get(c.sourceId()));
            source.ifPresent(s -> out.add(new Reference(s.id(), ReportText.get(language, "kind." + s.kind().code()),
                    s.label(), c.pinpointText().orElse(null), s.title().in(language), s.url())));
        }
        return out;
    }

    private static List<String> texts(List<LocalizedText> texts, Language language) {
        return texts.stream().map(t -> t.in(language)).toList();
    }
}
