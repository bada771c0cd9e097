package nl.profielwijzer.ui.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import nl.profielwijzer.engine.CombinedConsultation;
import nl.profielwijzer.engine.Consultation;
import nl.profielwijzer.engine.Progress;
import nl.profielwijzer.engine.Step;
import nl.profielwijzer.tree.GlossaryEntry;
import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.Option;
import nl.profielwijzer.tree.Question;
import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.ui.i18n.I18n;
import nl.profielwijzer.ui.shell.ConsultationSession;
import nl.profielwijzer.ui.shell.ShellViewModel;

/**
 * The question on screen: its text and options, the answer chosen, the path so far and honest progress.
 *
 * <p>The same screen serves one topic and the whole-company check: the model reads the walk once, from the
 * session's {@link Consultation} or, when one is on screen, its {@link CombinedConsultation}, into the same few
 * values (the key of the question on screen, the path, the open question, progress). In the combined walk a
 * question's key is its store key ({@link CombinedConsultation#key}) and the topic above the question is the
 * topic it belongs to, or "For all topics" for a shared fact asked first.
 */
public final class QuestionViewModel {
    /** Roughly how many characters of crumb text fit the content width at any text size. */
    private static final int CRUMB_BUDGET = 90;

    private final ConsultationSession session;
    private final ShellViewModel shell;
    private final I18n i18n;
    private final Consultation consultation;
    private final boolean combined;
    /** The key of the question on screen: its id, or in the combined walk its store key. */
    private final String key;
    private final Question question;
    /** The topic the question belongs to; empty for a shared fact asked first in the combined walk. */
    private final Optional<Tree> topicTree;
    private final List<Entry> path;
    /** The open question at the end of the path; null when the walk is finished. */
    private final Entry open;
    private final Progress progress;
    private final boolean canGoBack;
    private final Optional<String> remembered;
    /** In the combined walk, "topic 2 of 4"; empty otherwise. */
    private final int topicNumber;
    private final int topicCount;
    private final ReadOnlyStringWrapper selectedOption = new ReadOnlyStringWrapper(this, "selectedOption");
    private final BooleanBinding canProceed = selectedOption.isNotNull();

    private final Runnable showMap;

    /** @param showMap opens the map of the whole tree with the path so far */
    public QuestionViewModel(ConsultationSession session, ShellViewModel shell, I18n i18n, Runnable showMap) {
        this.session = session;
        this.shell = shell;
        this.i18n = i18n;
        this.showMap = showMap;
        this.consultation = session.consultation();
        CombinedConsultation walk = session.combined();
        this.combined = walk != null;
        List<Entry> steps = new ArrayList<>();
        if (walk != null) {
            CombinedConsultation.Prompt prompt = walk.current().orElseThrow();
            this.key = prompt.key();
            this.question = prompt.question();
            this.topicTree = prompt.topic();
            for (CombinedConsultation.CombinedStep step : walk.path()) {
                steps.add(new Entry(step.key(), step.topic(), step.question(), step.option()));
            }
            this.open = walk.frontier().map(p -> new Entry(p.key(), p.topic(), p.question(), null)).orElse(null);
            this.progress = walk.progress();
            this.canGoBack = walk.canGoBack();
            this.remembered = walk.answerTo(key);
            this.topicNumber = topicTree.map(t -> walk.topics().indexOf(t) + 1).orElse(0);
            this.topicCount = walk.topics().size();
        } else {
            this.question = (Question) consultation.current();
            this.key = question.id();
            this.topicTree = Optional.of(consultation.tree());
            for (Step step : consultation.path()) {
                steps.add(new Entry(step.question().id(), topicTree, step.question(), step.option()));
            }
            this.open = consultation.frontier() instanceof Question q ? new Entry(q.id(), topicTree, q, null) : null;
            this.progress = consultation.progress();
            this.canGoBack = consultation.canGoBack();
            this.remembered = consultation.answerTo(key);
            this.topicNumber = 0;
            this.topicCount = 1;
        }
        this.path = List.copyOf(steps);
        // An option chosen before the screen was rebuilt (a change of language) stays chosen; else the answer
        // remembered for this question.
        selectedOption.set(session.chosen(key).or(() -> remembered)
                .filter(o -> question.option(o).isPresent()).orElse(null));
    }

    /**
     * One question of the walk.
     *
     * @param key    its id, or in the combined walk its store key
     * @param topic  the topic it belongs to; empty for a shared fact asked first
     * @param option the answer given; null for the open question
     */
    private record Entry(String key, Optional<Tree> topic, Question question, Option option) {
    }

    private Language language() {
        return i18n.language();
    }

    /** The role the texts are phrased for (the tree's role variant where it gives one). */
    private Role role() {
        return session.role();
    }

    /** The question's id, or in the whole-company check its store key. */
    public String questionId() {
        return key;
    }

    /** The topic named above the question; in the whole-company check "For all topics" for a shared fact. */
    public String topic() {
        if (topicTree.isEmpty()) {
            return i18n.get("combined.forAllTopics");
        }
        String title = topicTree.get().title().in(language(), role());
        return combined ? i18n.format("combined.topicLine", topicNumber, topicCount, title) : title;
    }

    /** Whether this question is part of the whole-company check. */
    public boolean isCombined() {
        return combined;
    }

    public String text() {
        return question.text().in(language(), role());
    }

    public Optional<String> why() {
        return question.whyWeAsk().map(t -> t.in(language(), role()));
    }

    public List<OptionChoice> options() {
        return question.options().stream().map(o -> new OptionChoice(o.id(), o.label().in(language(), role()))).toList();
    }

    public void showMap() {
        showMap.run();
    }

    public List<GlossaryEntry> glossary() {
        return session.glossary();
    }

    public Language textLanguage() {
        return language();
    }

    /** The chosen option id; null until one is chosen. Pre-filled with a remembered answer. */
    public ReadOnlyStringProperty selectedOptionProperty() {
        return selectedOption.getReadOnlyProperty();
    }

    /** The user chose an option (not yet Next); null when none is chosen. */
    public void select(String optionId) {
        selectedOption.set(optionId);
        session.choose(key, optionId);
    }

    /** Whether this topic has answers that "Start this topic again" would drop. */
    public boolean canRestart() {
        // The whole-company check is begun again with Start over (it has no single topic to restart).
        return !combined && (!consultation.answersOnPath().isEmpty() || !consultation.setAside().isEmpty());
    }

    /** Drops this topic's answers (asking first when they are not saved) and begins at its first question. */
    public void restart() {
        shell.restartTopic();
    }

    public BooleanBinding canProceedProperty() {
        return canProceed;
    }

    /** The number of this question on the path, from 1. */
    public int number() {
        for (int i = 0; i < path.size(); i++) {
            if (path.get(i).key().equals(key)) {
                return i + 1;
            }
        }
        return path.size() + 1;
    }

    /** "Question 2 · 1 answered · 1 to 3 questions to go, this one included", or the review variant. */
    public String progressText() {
        Progress p = progress;
        String position = i18n.format("question.number", number());
        if (open == null || !open.key().equals(key)) {
            return position + " · " + i18n.format("question.progress.review", p.answered());
        }
        String toGo = p.fewestToGo() == p.mostToGo()
                ? (p.mostToGo() == 1 ? i18n.get("question.progress.lastOne")
                        : i18n.format("question.progress.exact", p.mostToGo()))
                : i18n.format("question.progress.range", p.fewestToGo(), p.mostToGo());
        String answered = p.answered() == 0 ? "" : i18n.format("question.progress.answered", p.answered()) + " · ";
        return position + " · " + answered + toGo;
    }

    /**
     * The path so far: every answered question, then the question on the frontier. A crumb names its question,
     * shortened so that the whole path fits on one line; the answer is in its tooltip and accessible text (in the
     * whole-company check with the topic it belongs to).
     */
    public List<Crumb> crumbs() {
        int count = path.size() + (open != null ? 1 : 0);
        int length = Math.max(10, Math.min(44, CRUMB_BUDGET / Math.max(1, count) - 4));
        List<Crumb> crumbs = new ArrayList<>();
        int n = 1;
        for (Entry step : path) {
            String q = step.question().text().in(language(), role());
            String a = step.option().label().in(language(), role());
            crumbs.add(new Crumb(step.key(), n + ". " + shorten(q, length),
                    topicPrefix(step) + i18n.format("question.crumb.answered", n, q, a), step.key().equals(key)));
            n++;
        }
        if (open != null) {
            String q = open.question().text().in(language(), role());
            crumbs.add(new Crumb(open.key(), n + ". " + shorten(q, length),
                    topicPrefix(open) + i18n.format("question.crumb.open", n, q), open.key().equals(key)));
        }
        return crumbs;
    }

    /** In the whole-company check, "Photo on the website — " before a crumb's text; else nothing. */
    private String topicPrefix(Entry step) {
        if (!combined) {
            return "";
        }
        return step.topic().map(t -> t.title().in(language(), role()))
                .orElseGet(() -> i18n.get("combined.forAllTopics")) + " — ";
    }

    private static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1).strip() + "…";
    }

    public void next() {
        String chosen = selectedOption.get();
        if (chosen != null) {
            session.answer(key, chosen);
        }
    }

    /** Back one question; from the first question back to the start screen. */
    public void back() {
        session.back();
    }

    public boolean isFirst() {
        return !canGoBack;
    }

    public void jumpTo(String questionId) {
        if (!questionId.equals(key)) {
            session.jumpTo(questionId);
        }
    }
}
