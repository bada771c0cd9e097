package nl.profielwijzer.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

import nl.profielwijzer.engine.AnswersFile;
import nl.profielwijzer.engine.CombinedAnswersFile;
import nl.profielwijzer.engine.CombinedConsultation;
import nl.profielwijzer.engine.Consultation;
import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.Problem;
import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.TreeLibrary;
import nl.profielwijzer.ui.dialogs.DialogService;
import nl.profielwijzer.ui.dialogs.SavedFiles;
import nl.profielwijzer.ui.i18n.I18n;
import nl.profielwijzer.ui.theme.Appearance;
import nl.profielwijzer.ui.theme.TextSize;

/**
 * The window around the screens: language, text size, contrast, quick hide, and the commands of the menu
 * (start over, save and open answers, quit, about). Slow work goes through {@link BackgroundWork}, which logs
 * every failure; this class only tells the user in plain words.
 *
 * <p>Its state is read-only from outside: views observe the properties and change them through the methods.
 * Nothing that would lose answers happens without asking: start over, opening answers over unsaved ones and
 * quitting first ask "Save / Discard / Cancel" ({@link #whenSaved}).
 */
public final class ShellViewModel {
    private final ConsultationSession session;
    private final I18n i18n;
    private final DialogService dialogs;
    private final BackgroundWork background;
    private final Runnable exit;
    private final Appearance appearance;
    private final ReadOnlyBooleanWrapper hidden = new ReadOnlyBooleanWrapper(this, "hidden");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final BooleanBinding canSave;
    private final BooleanBinding showsConclusion;
    private final BooleanBinding showsConsultation;

    /** @param exit ends the app (after the user agreed to lose or saved the answers) */
    public ShellViewModel(ConsultationSession session, I18n i18n, Appearance appearance, DialogService dialogs,
            BackgroundWork background, Runnable exit) {
        this.session = session;
        this.appearance = appearance;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.background = background;
        this.exit = exit;
        this.canSave = Bindings.createBooleanBinding(() -> session.combined() != null
                ? !session.combined().path().isEmpty()
                : session.consultation() != null && !session.consultation().path().isEmpty(),
                session.consultationProperty(), session.combinedProperty());
        this.showsConclusion = Bindings.createBooleanBinding(() -> session.screen() == Screen.CONCLUSION,
                session.consultationProperty());
        this.showsConsultation = session.consultationProperty().isNotNull();
        session.consultationProperty().addListener((o, a, b) -> status.set(""));
    }

    public ConsultationSession session() {
        return session;
    }

    public I18n i18n() {
        return i18n;
    }

    public ReadOnlyObjectProperty<Language> languageProperty() {
        return i18n.languageProperty();
    }

    /** Switches the language of every screen; answers and a chosen option stay. */
    public void chooseLanguage(Language language) {
        i18n.languageProperty().set(language);
    }

    public Appearance appearance() {
        return appearance;
    }

    public ReadOnlyObjectProperty<TextSize> textSizeProperty() {
        return appearance.textSizeProperty();
    }

    public ReadOnlyBooleanProperty highContrastProperty() {
        return appearance.highContrastProperty();
    }

    public void setHighContrast(boolean on) {
        appearance.setHighContrast(on);
    }

    /** True while the window is blanked by quick hide. */
    public ReadOnlyBooleanProperty hiddenProperty() {
        return hidden.getReadOnlyProperty();
    }

    /** A short message at the bottom of the window, e.g. where the answers were saved. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Shows a short message at the bottom of the window; "" removes it. */
    public void showStatus(String message) {
        status.set(message);
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** True while a conclusion is on screen: only then can its advice be printed, saved as PDF or copied. */
    public BooleanBinding showsConclusionProperty() {
        return showsConclusion;
    }

    /** True while a question or a conclusion is on screen: then there is a tree to show as a map. */
    public BooleanBinding showsConsultationProperty() {
        return showsConsultation;
    }

    public String windowTitle() {
        return hidden.get() ? i18n.get("quickhide.title") : i18n.get("app.title");
    }

    public void chooseTextSize(TextSize size) {
        appearance.setTextSize(size);
    }

    public void largerText() {
        appearance.setTextSize(textSizeProperty().get().larger());
    }

    public void smallerText() {
        appearance.setTextSize(textSizeProperty().get().smaller());
    }

    public void normalText() {
        appearance.setTextSize(TextSize.NORMAL);
    }

    public void toggleHidden() {
        hidden.set(!hidden.get());
    }

    /** Loads the trees off the JavaFX thread; the start screen shows them when they arrive. */
    public void loadTrees(Supplier<TreeLibrary> loader) {
        background.run(loader::get, session::libraryLoaded, error -> session.libraryLoaded(new TreeLibrary(
                List.of(), Map.of(), List.of(), List.of(new Problem("trees/", 1, 1, Problem.Severity.ERROR,
                        String.valueOf(error.getMessage()))))));
    }

    /** Forgets every topic's answers and shows the start screen; asks first when answers are not saved. */
    public void startOver() {
        whenSaved(session.unsavedTopics(), session.unsavedCombined(), session::forgetAll);
    }

    /** Begins the topic on screen again from its first question; asks first when its answers are not saved. */
    public void restartTopic() {
        Consultation now = session.consultation();
        if (now != null && session.combined() == null) {
            whenSaved(session.unsavedTopics().stream().filter(c -> c.tree() == now.tree()).toList(),
                    session::restartTopic);
        }
    }

    /** Ends the app (the menu, Ctrl+Q and closing the window); asks first when answers are not saved. */
    public void quit() {
        whenSaved(session.unsavedTopics(), session.unsavedCombined(), exit);
    }

    /**
     * Runs {@code then} at once when {@code unsaved} is empty; else asks "Save / Discard / Cancel": Save saves
     * each consultation (a file chooser for each) and runs {@code then} once all are saved; Discard runs it;
     * Cancel, or cancelling a file chooser, or a failed save, runs nothing.
     */
    void whenSaved(List<Consultation> unsaved, Runnable then) {
        whenSaved(unsaved, Optional.empty(), then);
    }

    /** As {@link #whenSaved(List, Runnable)}, with the whole-company check when its answers are not saved. */
    void whenSaved(List<Consultation> unsaved, Optional<CombinedConsultation> combined, Runnable then) {
        if (unsaved.isEmpty() && combined.isEmpty()) {
            then.run();
            return;
        }
        Language language = i18n.language();
        List<String> lines = new ArrayList<>();
        combined.ifPresent(c -> lines.add("• " + combinedName(c)));
        unsaved.forEach(c -> lines.add("• " + c.tree().title().in(language)));
        int choice = dialogs.choose(i18n.get("unsaved.title"), i18n.format("unsaved.message",
                String.join("\n", lines)),
                List.of(i18n.get("unsaved.save"), i18n.get("unsaved.discard"), i18n.get("dialog.cancel")));
        if (choice == 0) {
            Runnable topics = () -> saveEach(unsaved, 0, then);
            combined.ifPresentOrElse(c -> saveCombined(c, topics), topics);
        } else if (choice == 1) {
            then.run();
        }
    }

    /** "Several topics: Profile, Photo" — how the whole-company check is named in dialogs. */
    String combinedName(CombinedConsultation combined) {
        Language language = i18n.language();
        return i18n.format("combined.name", String.join(", ",
                combined.topics().stream().map(t -> t.title().in(language)).toList()));
    }

    private void saveEach(List<Consultation> unsaved, int index, Runnable then) {
        if (index == unsaved.size()) {
            then.run();
        } else {
            save(unsaved.get(index), () -> saveEach(unsaved, index + 1, then));
        }
    }

    /** Saves the answers on screen (Ctrl+S). */
    public void saveAnswers() {
        CombinedConsultation combined = session.combined();
        Consultation consultation = session.consultation();
        if (combined != null) {
            saveCombined(combined, () -> { });
        } else if (consultation != null) {
            save(consultation, () -> { });
        }
    }

    /** As {@link #save}, for the whole-company check: one file with every topic's id and version. */
    private void saveCombined(CombinedConsultation combined, Runnable then) {
        Role role = session.role();
        String name = suggestedName("file.save.suggested", AnswersFile.EXTENSION);
        dialogs.chooseAnswersToSave(i18n.format("file.save.titleFor", combinedName(combined)), name)
                .ifPresent(chosen -> {
                    Path file = SavedFiles.withExtension(chosen, AnswersFile.EXTENSION);
                    background.run(() -> SavedFiles.write(file, () -> {
                        CombinedAnswersFile.save(file, combined, role);
                        return file;
                    }), saved -> {
                        session.markSaved(combined);
                        status.set(i18n.format("status.saved", saved.toString()));
                        then.run();
                    }, error -> dialogs.showError(i18n.get("file.save.failed.title"), i18n.format(
                            "file.save.failed.message", file.toString(), SavedFiles.reason(error, i18n))));
                });
    }

    /** Asks where, writes off the JavaFX thread, then runs {@code then}; a failure is shown and stops there. */
    private void save(Consultation consultation, Runnable then) {
        Role role = session.role();
        String name = suggestedName("file.save.suggested", AnswersFile.EXTENSION);
        String topic = consultation.tree().title().in(i18n.language());
        dialogs.chooseAnswersToSave(i18n.format("file.save.titleFor", topic), name).ifPresent(chosen -> {
            Path file = SavedFiles.withExtension(chosen, AnswersFile.EXTENSION);
            background.run(() -> SavedFiles.write(file, () -> {
                AnswersFile.save(file, consultation, role);
                return file;
            }), saved -> {
                session.markSaved(consultation);
                status.set(i18n.format("status.saved", saved.toString()));
                then.run();
            }, error -> dialogs.showError(i18n.get("file.save.failed.title"), i18n.format(
                    "file.save.failed.message", file.toString(), SavedFiles.reason(error, i18n))));
        });
    }

    /**
     * A file name that says nothing about the topic (a shared computer shows file names to others), with today's
     * date: {@code antwoorden-2026-11-29.pwa.json}.
     */
    public String suggestedName(String key, String extension) {
        return i18n.get(key) + "-" + java.time.LocalDate.now() + extension;
    }

    public void openAnswers() {
        TreeLibrary library = session.library();
        if (library == null) {
            dialogs.showInformation(i18n.get("file.open.failed.title"), i18n.get("start.loading"));
            return;
        }
        dialogs.chooseAnswersToOpen().ifPresent(file -> openAnswers(file, library));
    }

    /**
     * Opens an answers file as soon as the trees are loaded (at once if they are): the file the app was started
     * with, e.g. by "Open with Profielwijzer" in a file manager. A file that cannot be opened is refused in a
     * dialog, as through the menu.
     */
    public void openAnswersWhenLoaded(Path file) {
        if (session.library() != null) {
            openAnswers(file, session.library());
            return;
        }
        session.libraryProperty().addListener(new ChangeListener<TreeLibrary>() {
            @Override
            public void changed(ObservableValue<? extends TreeLibrary> property, TreeLibrary before,
                    TreeLibrary loaded) {
                if (loaded != null) {
                    property.removeListener(this);
                    openAnswers(file, loaded);
                }
            }
        });
    }

    private void openAnswers(Path file, TreeLibrary library) {
        background.run(() -> {
            Optional<CombinedAnswersFile.Opened> combined = CombinedAnswersFile.openIfCombined(file, library);
            return combined.isPresent() ? (Object) combined.get() : AnswersFile.open(file, library);
        }, opened -> {
            if (opened instanceof CombinedAnswersFile.Opened combined) {
                opened(combined);
            } else {
                opened((AnswersFile.Opened) opened);
            }
        }, error -> {
                    String message = i18n.get("file.open.failed.message");
                    if (error instanceof AnswersFile.Refused refused) {
                        message += "\n\n" + refusedText(refused);
                    }
                    dialogs.showError(i18n.get("file.open.failed.title"), message);
                });
    }

    /** Why a file was refused, in the language of the window (the engine's own message is English). */
    String refusedText(AnswersFile.Refused refused) {
        String name = refused.fileName();
        AnswersFile.Refused.Reason reason = refused.reason();
        if (reason instanceof AnswersFile.Refused.TooLarge r) {
            return i18n.format("file.refused.tooLarge", name, r.limitMegabytes());
        } else if (reason instanceof AnswersFile.Refused.NotJson r) {
            return r.line().isPresent() ? i18n.format("file.refused.notJsonAt", name, r.line().get(),
                    r.column().orElse(0)) : i18n.format("file.refused.notJson", name);
        } else if (reason instanceof AnswersFile.Refused.Unreadable r) {
            return i18n.format("file.refused.unreadable", name, r.systemReason());
        } else if (reason instanceof AnswersFile.Refused.Foreign) {
            return i18n.format("file.refused.foreign", name);
        } else if (reason instanceof AnswersFile.Refused.OtherFormat r) {
            return i18n.format("file.refused.otherFormat", name, r.found(), r.readable());
        } else if (reason instanceof AnswersFile.Refused.UnknownTree r) {
            return i18n.format("file.refused.unknownTree", name, r.treeId());
        } else if (reason instanceof AnswersFile.Refused.NoAnswers) {
            return i18n.format("file.refused.noAnswers", name);
        } else if (reason instanceof AnswersFile.Refused.BadAnswer r) {
            return i18n.format("file.refused.badAnswer", name, r.number());
        } else if (reason instanceof AnswersFile.Refused.TooManyAnswers r) {
            return i18n.format("file.refused.tooManyAnswers", name, r.limit());
        }
        return i18n.format("file.refused.missing", name);
    }

    /**
     * Opened answers replace the topic's answers of this session: asks first when those were not saved. The role
     * never changes silently: when the file was saved for the other role, the user chooses.
     */
    private void opened(AnswersFile.Opened opened) {
        Tree tree = opened.consultation().tree();
        List<Consultation> overwritten = session.unsavedTopics().stream().filter(c -> c.tree() == tree).toList();
        whenSaved(overwritten, () -> chooseRoleFor(opened).ifPresent(role -> show(opened, role)));
    }

    /** As {@link #opened(AnswersFile.Opened)}, for a whole-company check: it replaces the one of this session. */
    private void opened(CombinedAnswersFile.Opened opened) {
        whenSaved(List.of(), session.unsavedCombined(), () -> chooseRoleFor(opened.role()).ifPresent(role -> {
            session.resumeCombined(opened.consultation(), role);
            status.set(i18n.format("status.opened", combinedName(opened.consultation())));
            List<String> lines = new ArrayList<>();
            for (Tree tree : opened.otherVersions()) {
                lines.add(tree.title().in(i18n.language()) + ": " + i18n.format("file.open.otherVersion",
                        opened.savedVersions().getOrDefault(tree.id(), "?"), tree.version()));
            }
            if (!opened.notFitting().isEmpty()) {
                lines.add(i18n.get("file.open.misfits.intro"));
                for (AnswersFile.Misfit misfit : opened.notFitting()) {
                    lines.add("• " + combinedMisfitText(opened.consultation(), misfit));
                }
            }
            if (!lines.isEmpty()) {
                String title = opened.notFitting().isEmpty() ? "file.open.otherVersion.title"
                        : "file.open.misfits.title";
                dialogs.showInformation(i18n.get(title), String.join("\n", lines));
            }
        }));
    }

    /** A misfit of a combined file: the key names a shared fact or a topic's question. */
    private String combinedMisfitText(CombinedConsultation combined, AnswersFile.Misfit misfit) {
        String key = misfit.questionId();
        int slash = key.indexOf('/');
        if (!key.startsWith(CombinedConsultation.FACT_PREFIX) && slash > 0) {
            String treeId = key.substring(0, slash);
            Optional<Tree> tree = combined.topics().stream().filter(t -> t.id().equals(treeId)).findFirst();
            if (tree.isPresent()) {
                return misfitText(tree.get(), new AnswersFile.Misfit(key.substring(slash + 1), misfit.optionId(),
                        misfit.reason()));
            }
        }
        String fact = key.startsWith(CombinedConsultation.FACT_PREFIX)
                ? key.substring(CombinedConsultation.FACT_PREFIX.length()) : key;
        String question = session.library().fact(fact).map(f -> f.text().in(i18n.language())).orElse(fact);
        return switch (misfit.reason()) {
            case QUESTION_GONE -> i18n.format("misfit.questionGone", question, misfit.optionId());
            case OPTION_GONE -> i18n.format("misfit.optionGone", question, misfit.optionId());
            case OFF_PATH -> i18n.format("misfit.offPath", question, misfit.optionId());
        };
    }

    private Optional<Role> chooseRoleFor(AnswersFile.Opened opened) {
        return chooseRoleFor(opened.role());
    }

    private Optional<Role> chooseRoleFor(Optional<Role> saved) {
        Role now = session.role();
        Role inFile = saved.orElse(null);
        if (inFile == null || now == null || inFile == now) {
            return Optional.of(inFile != null ? inFile : now != null ? now : Role.EMPLOYEE);
        }
        int choice = dialogs.choose(i18n.get("file.open.role.title"), i18n.format("file.open.role.message",
                roleName(inFile), roleName(now)), List.of(i18n.format("file.open.role.asSaved", roleName(inFile)),
                i18n.format("file.open.role.keep", roleName(now)), i18n.get("dialog.cancel")));
        return choice == 0 ? Optional.of(inFile) : choice == 1 ? Optional.of(now) : Optional.empty();
    }

    private String roleName(Role role) {
        return i18n.get(role == Role.EMPLOYER ? "role.employer" : "role.employee");
    }

    private void show(AnswersFile.Opened opened, Role role) {
        session.resume(opened.consultation(), role);
        status.set(i18n.format("status.opened", opened.consultation().tree().title().in(i18n.language())));
        if (!opened.otherVersion() && opened.notFitting().isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        if (opened.otherVersion()) {
            lines.add(i18n.format("file.open.otherVersion", opened.savedVersion(),
                    opened.consultation().tree().version()));
        }
        if (!opened.notFitting().isEmpty()) {
            lines.add(i18n.get("file.open.misfits.intro"));
            for (AnswersFile.Misfit misfit : opened.notFitting()) {
                lines.add("• " + misfitText(opened.consultation().tree(), misfit));
            }
        }
        String title = opened.notFitting().isEmpty() ? "file.open.otherVersion.title" : "file.open.misfits.title";
        dialogs.showInformation(i18n.get(title), String.join("\n", lines));
    }

    private String misfitText(Tree tree, AnswersFile.Misfit misfit) {
        Language language = i18n.language();
        String question = tree.question(misfit.questionId()).map(q -> q.text().in(language))
                .orElse(misfit.questionId());
        String answer = tree.question(misfit.questionId()).flatMap(q -> q.option(misfit.optionId()))
                .map(o -> o.label().in(language)).orElse(misfit.optionId());
        return switch (misfit.reason()) {
            case QUESTION_GONE -> i18n.format("misfit.questionGone", question, answer);
            case OPTION_GONE -> i18n.format("misfit.optionGone", question, answer);
            case OFF_PATH -> i18n.format("misfit.offPath", question, answer);
        };
    }

    public void showKeys() {
        dialogs.showInformation(i18n.get("keys.title"), i18n.get("keys.text"));
    }

    public void showAbout() {
        Language language = i18n.language();
        StringBuilder text = new StringBuilder();
        text.append(i18n.format("about.version", version())).append("\n\n");
        text.append(i18n.get("about.trees")).append('\n');
        TreeLibrary library = session.library();
        if (library == null) {
            text.append("  ").append(i18n.get("start.loading")).append('\n');
        } else {
            for (Tree tree : library.trees()) {
                text.append("• ").append(i18n.format("about.tree", tree.title().in(language), tree.version(),
                        i18n.date(tree.lawAsOf()))).append('\n');
            }
        }
        text.append('\n').append(i18n.get("about.licences"));
        dialogs.showInformation(i18n.get("about.title"), text.toString());
    }

    /** The version in the jar's manifest, or "dev" when run from the classes folder. */
    public static String version() {
        String v = ShellViewModel.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
