package nl.profielwijzer.ui.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import nl.profielwijzer.engine.Consultation;
import nl.profielwijzer.engine.Progress;
import nl.profielwijzer.engine.Step;
import nl.profielwijzer.tree.GlossaryEntry;
import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.Node;
import nl.profielwijzer.tree.Question;
import nl.profielwijzer.tree.Role;
import nl.profielwijzer.ui.i18n.I18n;
import nl.profielwijzer.ui.shell.ConsultationSession;
import nl.profielwijzer.ui.shell.ShellViewModel;

/** The question on screen: its text and options, the answer chosen, the path so far and honest progress. */
public final class QuestionViewModel {
    /** Roughly how many characters of crumb text fit the content width at any text size. */
    private static final int CRUMB_BUDGET = 90;

    private final ConsultationSession session;
    private final ShellViewModel shell;
    private final I18n i18n;
    private final Consultation consultation;
    private final Question question;
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
        this.question = (Question) consultation.current();
        // An option chosen before the screen was rebuilt (a change of language) stays chosen; else the answer
        // remembered for this question.
        selectedOption.set(session.chosen(question.id()).or(() -> consultation.answerTo(question.id()))
                .filter(o -> question.option(o).isPresent()).orElse(null));
    }

    private Language language() {
        return i18n.language();
    }

    /** The role the texts are phrased for (the tree's role variant where it gives one). */
    private Role role() {
        return session.role();
    }

    public String questionId() {
        return question.id();
    }

    public String topic() {
        return consultation.tree().title().in(language(), role());
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
        session.choose(question.id(), optionId);
    }

    /** Whether this topic has answers that "Start this topic again" would drop. */
    public boolean canRestart() {
        return !consultation.answersOnPath().isEmpty() || !consultation.setAside().isEmpty();
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
        List<Step> path = consultation.path();
        for (int i = 0; i < path.size(); i++) {
            if (path.get(i).question().id().equals(question.id())) {
                return i + 1;
            }
        }
        return path.size() + 1;
    }

    /** "Question 2 · 1 answered · 1 to 3 questions to go, this one included", or the review variant. */
    public String progressText() {
        Progress p = consultation.progress();
        String position = i18n.format("question.number", number());
        Node frontier = consultation.frontier();
        if (!frontier.id().equals(question.id())) {
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
     * shortened so that the whole path fits on one line; the answer is in its tooltip and accessible text.
     */
    public List<Crumb> crumbs() {
        List<Step> path = consultation.path();
        Node frontier = consultation.frontier();
        int count = path.size() + (frontier instanceof Question ? 1 : 0);
        int length = Math.max(10, Math.min(44, CRUMB_BUDGET / Math.max(1, count) - 4));
        List<Crumb> crumbs = new ArrayList<>();
        int n = 1;
        for (Step step : path) {
            String q = step.question().text().in(language(), role());
            String a = step.option().label().in(language(), role());
            crumbs.add(new Crumb(step.question().id(), n + ". " + shorten(q, length),
                    i18n.format("question.crumb.answered", n, q, a), step.question().id().equals(question.id())));
            n++;
        }
        if (frontier instanceof Question open) {
            String q = open.text().in(language(), role());
            crumbs.add(new Crumb(open.id(), n + ". " + shorten(q, length), i18n.format("question.crumb.open", n, q),
                    open.id().equals(question.id())));
        }
        return crumbs;
    }

    private static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1).strip() + "…";
    }

    public void next() {
        String chosen = selectedOption.get();
        if (chosen != null) {
            session.answer(question.id(), chosen);
        }
    }

    /** Back one question; from the first question back to the start screen. */
    public void back() {
        session.back();
    }

    public boolean isFirst() {
        return !consultation.canGoBack();
    }

    public void jumpTo(String questionId) {
        if (!questionId.equals(question.id())) {
            session.jumpTo(questionId);
        }
    }
}
