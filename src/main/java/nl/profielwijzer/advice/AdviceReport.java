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
import nl.profielwijzer.tree.Certainty;
import nl.profielwijzer.tree.Citation;
import nl.profielwijzer.tree.Judgment;
import nl.profielwijzer.tree.KnownFrom;
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
 * the printout and the copied text show. Built once; the renderers only lay it out. Every tree text is the
 * role's wording where the tree gives one ({@code LocalizedText.in(language, role)}).
 *
 * @param certainty    how sure the verdict is; {@code verdictLabel} already follows it ("Waarschijnlijk niet")
 * @param citations    the sources that support the outcome (its own and its views'), each once
 * @param history      judgments the outcome names only as history (e.g. set aside on appeal), never support
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
        Certainty certainty,
        String verdictLabel,
        String title,
        String explanation,
        List<String> conditions,
        List<ContestedView> views,
        List<String> nextSteps,
        List<Change> changes,
        List<Reference> citations,
        List<Reference> history,
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

    /**
     * A citation resolved against the register.
     *
     * @param summary      what the source is and says, in plain words (the register's summary in the report's
     *                     language)
     * @param court        for a judgment, the court as lawyers name it; null otherwise
     * @param decided      for a judgment, the date of the ruling ({@code YYYY-MM-DD}, {@code YYYY-MM} or
     *                     {@code YYYY}); null otherwise
     * @param standing     for a judgment, its standing code ({@code final}, {@code interim}, {@code appealed},
     *                     {@code set-aside}, {@code overtaken}); null otherwise
     * @param standingNote in words, in the report's language, why a reader should not take the source as
     *                     settled law: a judgment that is not final ("hoger beroep ingesteld; uitkomst onbekend"),
     *                     or a source known only from a report or an AI summary; null when there is nothing to say
     */
    public record Reference(String sourceId, String kind, String label, String pinpoint, String title,
            String summary, String url, String court, String decided, String standing, String standingNote) {

        /** A source that is not a judgment and is known from its text. */
        public Reference(String sourceId, String kind, String label, String pinpoint, String title, String summary,
                String url) {
            this(sourceId, kind, label, pinpoint, title, summary, url, null, null, null, null);
        }

        /** "art. 6 AVG, lid 1 sub b"-style text: the label with the pinpoint. */
        public String citationText() {
            return pinpoint == null || pinpoint.isBlank() ? label : label + ", " + pinpoint;
        }

        /** The citation text followed by the standing note in brackets, when there is one. */
        public String citationWithStanding() {
            return standingNote == null ? citationText() : citationText() + " (" + standingNote + ")";
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
            answers.add(new Answer(step.question().id(), step.question().text().in(language, role),
                    step.option().id(), step.option().label().in(language, role)));
        }
        List<ContestedView> views = new ArrayList<>();
        Set<Reference> all = new LinkedHashSet<>(references(outcome.citations(), register, role, language));
        Set<Reference> history = new LinkedHashSet<>(references(outcome.history(), register, role, language));
        for (View view : outcome.views()) {
            List<Reference> sources = references(view.citations(), register, role, language);
            all.addAll(sources);
            history.addAll(references(view.history(), register, role, language));
            views.add(new ContestedView(view.holder().in(language, role), view.position().in(language, role),
                    sources));
        }
        List<Change> changes = new ArrayList<>();
        for (Alternative alternative : consultation.whatWouldChange()) {
            changes.add(change(tree, alternative, outcome.verdict(), role, language));
        }
        return new AdviceReport(now, role, language, tree.id(), tree.title().in(language, role), tree.version(),
                tree.lawAsOf(), tree.headlineFor(role).in(language, role), answers, outcome.id(), outcome.verdict(),
                outcome.certainty(), verdictLabel(tree, role, outcome.verdict(), outcome.certainty(), language),
                outcome.title().in(language, role), outcome.explanation().in(language, role),
                texts(outcome.conditionTexts(), role, language), views, texts(outcome.stepsFor(role), role, language),
                changes, List.copyOf(all), List.copyOf(history), ReportText.get(language, "report.disclaimer"));
    }

    /** The role-phrased answer to the headline question for a settled verdict, or the plain verdict word. */
    public static String verdictLabel(Tree tree, Role role, Verdict verdict, Language language) {
        return verdictLabel(tree, role, verdict, Certainty.SETTLED, language);
    }

    /**
     * The banner words: the role-phrased answer for the verdict and its certainty ("Nee" or "Waarschijnlijk
     * niet"), or the plain words where the tree gives no label.
     */
    public static String verdictLabel(Tree tree, Role role, Verdict verdict, Certainty certainty,
            Language language) {
        return tree.verdictLabel(role, verdict, certainty).map(t -> t.in(language, role))
                .orElseGet(() -> ReportText.verdictWord(language, verdict, certainty));
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
            result = verdictLabel(tree, role, other.verdict(), other.certainty(), language) + " — "
                    + other.title().in(language, role);
        } else {
            String verdicts = alternative.verdicts().stream().filter(v -> v != now).sorted()
                    .map(v -> "\u201c" + verdictLabel(tree, role, v, language) + "\u201d")
                    .collect(Collectors.joining(ReportText.get(language, "report.change.or")));
            result = ReportText.format(language, "report.change.more", verdicts);
        }
        Step step = alternative.step();
        return new Change(step.question().id(), step.question().text().in(language, role),
                step.option().label().in(language, role), alternative.instead().id(),
                alternative.instead().label().in(language, role), alternative.verdicts(), result);
    }

    private static List<Reference> references(List<Citation> citations, Map<String, Source> register, Role role,
            Language language) {
        List<Reference> out = new ArrayList<>();
        for (Citation c : citations) {
            Optional<Source> source = Optional.ofNullable(register.get(c.sourceId()));
            source.ifPresent(s -> out.add(reference(s, c, register, role, language)));
        }
        return out;
    }

    private static Reference reference(Source s, Citation c, Map<String, Source> register, Role role,
            Language language) {
        Judgment j = s.judgment();
        return new Reference(s.id(), ReportText.get(language, "kind." + s.kind().code()), s.label(),
                c.pinpointText().orElse(null), s.title().in(language, role), s.summary().in(language, role), s.url(),
                j == null ? null : j.court(),
                j == null ? null : j.decided(), j == null ? null : j.standing().code(),
                standingNote(s, register, language));
    }

    /**
     * In words, why a source is not settled law: the standing of a judgment that is not final (with the later
     * ruling's label) and, for any source, that it is known only from a report or an AI summary. Null when
     * neither applies.
     */
    public static String standingNote(Source s, Map<String, Source> register, Language language) {
        List<String> parts = new ArrayList<>();
        Judgment j = s.judgment();
        if (j != null) {
            String later = j.laterRulings().stream()
                    .map(id -> Optional.ofNullable(register.get(id)).map(Source::label).orElse(id))
                    .collect(Collectors.joining(", "));
            switch (j.standing()) {
                case FINAL -> {
                }
                case INTERIM -> parts.add(ReportText.get(language,
                        j.court().contains("vzr.") ? "standing.interim.relief" : "standing.interim.judgment"));
                case APPEALED -> parts.add(ReportText.format(language, later.isEmpty() ? "standing.appealed"
                        : "standing.appealed.in", later));
                case SET_ASIDE -> parts.add(ReportText.format(language, "standing.set-aside", later));
                case OVERTAKEN -> parts.add(ReportText.format(language, "standing.overtaken", later));
            }
        }
        if (s.knownFrom() != KnownFrom.TEXT) {
            parts.add(ReportText.get(language, "knownFrom." + s.knownFrom().code()));
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static List<String> texts(List<LocalizedText> texts, Role role, Language language) {
        return texts.stream().map(t -> t.in(language, role)).toList();
    }
}
