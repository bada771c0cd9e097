package nl.profielwijzer.ui;

import java.util.Locale;
import java.util.function.Function;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.TreeLibraryLoader;
import nl.profielwijzer.ui.conclusion.AdviceActions;
import nl.profielwijzer.ui.conclusion.CombinedConclusionView;
import nl.profielwijzer.ui.conclusion.CombinedConclusionViewModel;
import nl.profielwijzer.ui.conclusion.ConclusionView;
import nl.profielwijzer.ui.conclusion.ConclusionViewModel;
import nl.profielwijzer.ui.dialogs.DialogService;
import nl.profielwijzer.ui.dialogs.ErrorReporter;
import nl.profielwijzer.ui.dialogs.FxDialogService;
import nl.profielwijzer.ui.dialogs.SystemBrowser;
import nl.profielwijzer.ui.dialogs.SystemDocumentViewer;
import nl.profielwijzer.ui.i18n.I18n;
import nl.profielwijzer.ui.map.TreeMapWindow;
import nl.profielwijzer.ui.print.FxPrinting;
import nl.profielwijzer.ui.question.QuestionView;
import nl.profielwijzer.ui.question.QuestionViewModel;
import nl.profielwijzer.ui.shell.BackgroundWork;
import nl.profielwijzer.ui.shell.Command;
import nl.profielwijzer.ui.shell.ConsultationCommands;
import nl.profielwijzer.ui.shell.ConsultationSession;
import nl.profielwijzer.ui.shell.FirstFrameProbe;
import nl.profielwijzer.ui.shell.MainWindow;
import nl.profielwijzer.ui.shell.Screen;
import nl.profielwijzer.ui.shell.ShellViewModel;
import nl.profielwijzer.ui.start.StartView;
import nl.profielwijzer.ui.start.StartViewModel;
import nl.profielwijzer.ui.theme.Appearance;

/**
 * The desktop app. All wiring happens in {@link #assemble}: the session, the view models and the screens, each
 * given what it needs through its constructor. The window's first frame is a quiet one; then the window is
 * completed, and then the trees load off the JavaFX thread.
 */
public final class DesktopApp extends Application {

    /** The assembled app: its window and the state behind it. */
    public record Desktop(MainWindow window, ShellViewModel shell, ConsultationSession session,
            DesktopServices services) {
        /** Shows the window; after its first frame it is completed and the trees start loading. */
        public void open() {
            window.show(() -> { }, () -> shell.loadTrees(services.trees()));
        }
    }

    public static void launchApp(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        I18n i18n = new I18n(Language.forLocale(Locale.getDefault()));
        Appearance appearance = new Appearance();
        DialogService dialogs = new FxDialogService(stage, i18n, appearance::applyTo);
        new ErrorReporter(dialogs, i18n).install();
        DesktopServices services = new DesktopServices(
                () -> options.trees().map(dir -> new TreeLibraryLoader().loadDirectory(dir))
                        .orElseGet(() -> new TreeLibraryLoader().loadBundled()),
                dialogs, new SystemBrowser(getHostServices()), new SystemDocumentViewer(getHostServices()),
                new FxPrinting(stage), BackgroundWork.daemonThread(), i18n, appearance, Platform::exit);
        Desktop desktop = assemble(stage, services);
        if (options.smoke()) {
            desktop.window().show(DesktopApp::reportFirstFrameAndExit, () -> { });
        } else {
            desktop.open();
            options.answers().ifPresent(desktop.shell()::openAnswersWhenLoaded);
        }
    }

    private static void reportFirstFrameAndExit() {
        System.out.println("first-frame-ms=" + FirstFrameProbe.millisSinceJvmStart());
        System.out.flush();
        Platform.exit();
        System.exit(0);
    }

    /** Builds the app around a stage; call {@link Desktop#open()} to show it. */
    public static Desktop assemble(Stage stage, DesktopServices services) {
        I18n i18n = services.i18n();
        ConsultationSession session = new ConsultationSession();
        BackgroundWork background = new BackgroundWork(services.background());
        ShellViewModel shell = new ShellViewModel(session, i18n, services.appearance(), services.dialogs(),
                background, services.exit());
        AdviceActions advice = new AdviceActions(shell, services.dialogs(), background, services.printing(),
                services.viewer());
        Runnable showMap = () -> TreeMapWindow.open(stage, shell);
        ConsultationCommands commands = new ConsultationCommands(
                new Command(advice::print, advice.availableProperty()),
                new Command(advice::savePdf, advice.availableProperty()),
                new Command(advice::copy, advice.availableProperty()),
                new Command(showMap, shell.showsConsultationProperty()));
        Function<Screen, Page> pages = screen -> switch (screen) {
            case START -> new StartView(new StartViewModel(session, shell, services.dialogs(), i18n), i18n);
            case QUESTION -> new QuestionView(new QuestionViewModel(session, shell, i18n, showMap), i18n);
            case CONCLUSION -> session.combined() != null
                    ? new CombinedConclusionView(new CombinedConclusionViewModel(session, shell, services.browser(),
                            i18n, advice, showMap), i18n)
                    : new ConclusionView(new ConclusionViewModel(session, shell, services.browser(), i18n,
                            advice, showMap), i18n);
        };
        MainWindow window = new MainWindow(stage, shell, pages::apply, commands);
        return new Desktop(window, shell, session, services);
    }
}
