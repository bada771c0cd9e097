package nl.profielwijzer.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

import nl.profielwijzer.engine.AnswersFile;
import nl.profielwijzer.engine.Consultation;
import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.Problem;
import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.TreeLibrary;
import nl.profielwijzer.ui.dialogs.DialogService;
import nl.profielwijzer.ui.dialogs.SavedFiles;
import nl.profielwijzer.ui.i18n.I18n;
import nl.profielwijzer.ui.theme.TextSize;

/**
 * The window around the screens: language, text size, contrast, quick hide, and the commands of the menu
 * (start over, save and open answers, about). Slow work goes through {@link BackgroundWork}.
 */
public final class ShellViewModel {
    private static final Logger LOG = Logger.getLogger(ShellViewModel.class.getName());

    private final ConsultationSession session;
    private final I18n i18n;
    private final DialogService dialogs;
    private final BackgroundWork background;
    private final ObjectProperty<TextSize> textSize = new SimpleObjectProperty<>(this, "textSize", TextSize.NORMAL);
    private final BooleanProperty highContrast = new SimpleBooleanProperty(this, "highContrast");
    private final BooleanProperty hidden = new SimpleBooleanProperty(this, "hidden");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanBinding canSave;
    private final BooleanBinding showsConclusion;
    private final BooleanBinding showsConsultation;

    public ShellViewModel(ConsultationSession session, I18n i18n, DialogService dialogs, BackgroundWork background) {
        this.session = session;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.background = background;
        this.canSave = Bindings.createBooleanBinding(() -> session.consultation() != null
                && !session.consultation().path().isEmpty(), session.consultationProperty());
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

    public ObjectProperty<Language> languageProperty() {
        return i18n.languageProperty();
    }

    public ObjectProperty<TextSize> textSizeProperty() {
        return textSize;
    }

    public BooleanProperty highContrastProperty() {
        return highContrast;
    }

    /** True while the window is blanked by quick hide. */
    public BooleanProperty hiddenProperty() {
        return hidden;
    }

    /** A short message at the bottom of the window, e.g. where the answers were saved. */
    public StringProperty statusProperty() {
        return status;
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

    public void largerText() {
        textSize.set(textSize.get().larger());
    }

    public void smallerText() {
        textSize.set(textSize.get().smaller());
    }

    public void normalText() {
        textSize.set(TextSize.NORMAL);
    }

    public void toggleHidden() {
        hidden.set(!hidden.get());
    }

    /** Loads the trees off the JavaFX thread; the start screen shows them when they arrive. */
    public void loadTrees(Supplier<TreeLibrary> loader) {
        background.run(loader::get, session.libraryProperty()::set, error -> {
            LOG.log(Level.SEVERE, "Loading the trees failed", error);
            session.libraryProperty().set(new TreeLibrary(List.of(), Map.of(), List.of(), List.of(
                    new Problem("trees/", 1, 1, Problem.Severity.ERROR, String.valueOf(error.getMessage())))));
        });
    }

    public void startOver() {
        session.startOver();
    }

    public void saveAnswers() {
        Consultation consultation = session.consultation();
        if (consultation == null) {
            return;
        }
        Role role = session.role();
        String name = consultation.tree().id() + "-" + i18n.get("file.save.suggestedSuffix") + AnswersFile.EXTENSION;
        dialogs.chooseAnswersToSave(name).ifPresent(chosen -> {
            Path file = SavedFiles.withExtension(chosen, AnswersFile.EXTENSION);
            background.run(() -> SavedFiles.write(file, () -> {
                AnswersFile.save(file, consultation, role);
                return file;
            }), saved -> status.set(i18n.format("status.saved", saved.toString())),
                    error -> dialogs.showError(i18n.get("file.save.failed.title"), i18n.format(
                            "file.save.failed.message", file.toString(), SavedFiles.reason(error, i18n))));
        });
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
        background.run(() -> AnswersFile.open(file, library),
                this::opened, error -> {
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

    private void opened(AnswersFile.Opened opened) {
        Role role = opened.role().orElse(session.role() == null ? Role.EMPLOYEE : session.role());
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
