package nl.profielwijzer.ui.start;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.Problem;
import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.TreeLibrary;
import nl.profielwijzer.ui.dialogs.DialogService;
import nl.profielwijzer.ui.i18n.I18n;
import nl.profielwijzer.ui.shell.ConsultationSession;
import nl.profielwijzer.ui.shell.ShellViewModel;

/** The start screen: who is asking, the topics to choose from, problems with tree files, opening saved answers. */
public final class StartViewModel {
    private final ConsultationSession session;
    private final ShellViewModel shell;
    private final DialogService dialogs;
    private final I18n i18n;
    private final ObservableList<TopicCard> topics = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final BooleanBinding loading;
    private final InvalidationListener refresher = o -> refresh();

    public StartViewModel(ConsultationSession session, ShellViewModel shell, DialogService dialogs, I18n i18n) {
        this.session = session;
        this.shell = shell;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.loading = Bindings.isNull(session.libraryProperty());
        // Weak: a start screen is rebuilt on every change of language and must not outlive it.
        session.libraryProperty().addListener(new WeakInvalidationListener(refresher));
        session.roleProperty().addListener(new WeakInvalidationListener(refresher));
        refresh();
    }

    public BooleanBinding loadingProperty() {
        return loading;
    }

    public Role role() {
        return session.role();
    }

    public void chooseRole(Role role) {
        session.chooseRole(role);
    }

    public ObservableList<TopicCard> topics() {
        return topics;
    }

    /** Errors in tree files, each as {@code FILE:LINE:COLUMN: message}. */
    public ObservableList<String> problems() {
        return problems;
    }

    private void refresh() {
        TreeLibrary library = session.library();
        if (library == null) {
            topics.clear();
            problems.clear();
            return;
        }
        Language language = i18n.language();
        Role role = session.role();
        List<TopicCard> cards = new ArrayList<>();
        for (Tree tree : library.trees()) {
            // Before a role is chosen the employee's wording shows: every topic reads plainly from the start.
            Role shown = role == null ? Role.EMPLOYEE : role;
            String headline = tree.headlineFor(shown).in(language, shown);
            String lawAsOf = i18n.format("start.lawAsOf", i18n.date(tree.lawAsOf()));
            cards.add(new TopicCard(tree.id(), tree.title().in(language, role), headline,
                    session.hasAnswers(tree.id()) ? lawAsOf + " · " + i18n.get("start.topic.resume") : lawAsOf));
        }
        topics.setAll(cards);
        problems.setAll(library.errors().stream().map(StartViewModel::describe).toList());
    }

    static String describe(Problem p) {
        return p.file() + ":" + p.line() + ":" + p.column() + ": " + p.message();
    }

    public boolean noTopics() {
        return session.library() != null && session.library().trees().isEmpty();
    }

    /**
     * Opens a topic: resumes its answers of this session, or begins it. Without a role yet, asks it first
     * (employer, employee or cancel): the verdict and next steps depend on it.
     */
    public void choose(String treeId) {
        if (roleChosen()) {
            session.library().tree(treeId).ifPresent(session::begin);
        }
    }

    /** Without a role yet, asks it (employer, employee or cancel); false when the user cancelled. */
    private boolean roleChosen() {
        if (session.role() == null) {
            int choice = dialogs.choose(i18n.get("start.role.ask.title"), i18n.get("start.role.ask.message"),
                    List.of(i18n.get("role.employer.choice"), i18n.get("role.employee.choice"),
                            i18n.get("dialog.cancel")));
            if (choice > 1) {
                return false;
            }
            session.chooseRole(choice == 0 ? Role.EMPLOYER : Role.EMPLOYEE);
        }
        return true;
    }

    /**
     * The whole-company check's choice, in the reader's words: "My employer asks several things" for an
     * employee (also before a role is chosen), "I want to ask several things of my staff" for an employer.
     */
    public String severalHeading() {
        return i18n.get(session.role() == Role.EMPLOYER ? "start.several.employer" : "start.several.employee");
    }

    /** The topics ticked for the whole-company check earlier in this session (tree ids). */
    public List<String> severalTicked() {
        return session.combinedTopics().stream().map(Tree::id).toList();
    }

    /**
     * Begins (or resumes) the whole-company check over the ticked topics, in the order of the topic list. Asks
     * the role first when none is chosen. Nothing happens when no topic is ticked.
     */
    public void chooseSeveral(List<String> treeIds) {
        TreeLibrary library = session.library();
        if (library == null || treeIds.isEmpty() || !roleChosen()) {
            return;
        }
        List<Tree> chosen = library.trees().stream().filter(t -> treeIds.contains(t.id())).toList();
        if (!chosen.isEmpty()) {
            session.beginCombined(chosen);
        }
    }

    public void openAnswers() {
        shell.openAnswers();
    }
}
