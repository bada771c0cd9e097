package nl.profielwijzer.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.TreeLibrary;
import nl.profielwijzer.tree.TreeLibraryLoader;
import nl.profielwijzer.ui.dialogs.Browser;
import nl.profielwijzer.ui.i18n.I18n;
import nl.profielwijzer.ui.shell.BackgroundWork;
import nl.profielwijzer.ui.theme.Appearance;

/** The real desktop app, wired with fake dialogs, browser, viewer and printer and a folder of test trees. */
final class TestDesktop {
    static final Path GUI_TREES = Path.of("src/test/resources/fixtures/gui");
    private static final Executor BACKGROUND = BackgroundWork.daemonThread();

    final FakeDialogs dialogs = new FakeDialogs();
    final List<String> opened = new ArrayList<>();
    /** Files the fake system viewer was asked to open. */
    final List<Path> viewed = new java.util.concurrent.CopyOnWriteArrayList<>();
    final FakePrinting printing = new FakePrinting();
    /** How often the app asked to end (Quit after the unsaved answers were dealt with). */
    final java.util.concurrent.atomic.AtomicInteger exits = new java.util.concurrent.atomic.AtomicInteger();
    /** Whether the fake viewer and browser find a program to show a file or link. */
    volatile boolean viewerAvailable = true;
    final DesktopApp.Desktop desktop;

    private TestDesktop(Stage stage, Path trees, Language language) {
        this(stage, () -> new TreeLibraryLoader().loadDirectory(trees), language);
    }

    private TestDesktop(Stage stage, java.util.function.Supplier<TreeLibrary> trees, Language language) {
        Browser browser = url -> {
            if (!Browser.mayOpen(url) || !viewerAvailable) {
                return false;
            }
            opened.add(url);
            return true;
        };
        desktop = DesktopApp.assemble(stage, new DesktopServices(trees, dialogs, browser, file -> {
            if (!viewerAvailable) {
                return false;
            }
            viewed.add(file);
            return true;
        }, printing, BACKGROUND, new I18n(language), new Appearance(), exits::incrementAndGet));
        desktop.open();
    }

    static TestDesktop open(Stage stage, Path trees, Language language) {
        return new TestDesktop(stage, trees, language);
    }

    /** Trees that load only when {@code release} counts down. */
    static TestDesktop openSlow(Stage stage, java.util.concurrent.CountDownLatch release) {
        return new TestDesktop(stage, () -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new TreeLibraryLoader().loadDirectory(GUI_TREES);
        }, Language.NL);
    }

    static TestDesktop open(Stage stage) {
        return open(stage, GUI_TREES, Language.NL);
    }

    /** Waits until the window is complete and the trees are loaded. */
    void awaitStart() {
        await(() -> desktop.window().isReady() && desktop.session().library() != null);
        // Since JavaFX 20 a stage may not get focus on show under Monocle; without it nothing is "focused".
        WaitForAsyncUtils.asyncFx(() -> desktop.window().scene().getWindow().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs on the JavaFX thread and returns the result. */
    static <T> T onFx(java.util.concurrent.Callable<T> work) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(work));
    }

    static void await(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    void fireMenu(String id) {
        MenuItem item = desktop.window().menu().item(id).orElseThrow(() -> new AssertionError("no menu item " + id));
        WaitForAsyncUtils.asyncFx(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks a node after focusing it, which scrolls it into view as it would for a keyboard user. */
    static void click(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(node::requestFocus);
        robot.clickOn(node);
    }

    /** Chooses employee (or employer) and the topic, through the screen. */
    static void begin(FxRobot robot, String role, String treeId) {
        click(robot, "#role-" + role);
        click(robot, "#topic-" + treeId);
    }

    /** Answers the question on screen by clicking the option and Next. */
    static void answer(FxRobot robot, String optionId) {
        click(robot, "#option-" + optionId);
        click(robot, "#next");
    }

    static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        if (node instanceof Labeled labeled) {
            return labeled.getText();
        }
        if (node instanceof javafx.scene.text.TextFlow flow) {
            StringBuilder out = new StringBuilder();
            flow.getChildren().forEach(c -> out.append(c instanceof javafx.scene.text.Text t ? t.getText()
                    : c instanceof Labeled l ? l.getText() : ""));
            return out.toString();
        }
        throw new AssertionError(query + " is a " + node.getClass().getSimpleName());
    }

    static void assertShows(String text, String... expected) {
        for (String e : expected) {
            if (!text.contains(e)) {
                throw new AssertionError("expected to see \"" + e + "\" in:\n" + text);
            }
        }
    }

    static void assertNotShows(String text, String... unexpected) {
        for (String e : unexpected) {
            if (text.contains(e)) {
                throw new AssertionError("expected not to see \"" + e + "\" in:\n" + text);
            }
        }
    }

    /** All visible text under a node, for assertions on what a person reads. */
    static String allText(Node root) {
        StringBuilder out = new StringBuilder();
        collect(root, out);
        return out.toString();
    }

    private static void collect(Node node, StringBuilder out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled) {
            if (labeled.getText() != null && !labeled.getText().isEmpty()) {
                out.append(labeled.getText()).append('\n');
            }
            if (labeled.getGraphic() != null) {
                collect(labeled.getGraphic(), out);
            }
            return;
        }
        if (node instanceof javafx.scene.text.Text text && text.getText() != null) {
            out.append(text.getText());
        }
        if (node instanceof javafx.scene.Parent parent) {
            if (node instanceof javafx.scene.text.TextFlow) {
                parent.getChildrenUnmodifiable().forEach(c -> out.append(c instanceof javafx.scene.text.Text t
                        ? t.getText() : c instanceof Labeled l ? l.getText() : ""));
                out.append('\n');
                return;
            }
            parent.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }
}
