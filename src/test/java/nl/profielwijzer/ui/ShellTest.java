package nl.profielwijzer.ui;

import static nl.profielwijzer.ui.TestDesktop.answer;
import static nl.profielwijzer.ui.TestDesktop.assertNotShows;
import static nl.profielwijzer.ui.TestDesktop.assertShows;
import static nl.profielwijzer.ui.TestDesktop.begin;
import static nl.profielwijzer.ui.TestDesktop.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.Node;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import nl.profielwijzer.ui.dialogs.ErrorReporter;
import nl.profielwijzer.ui.i18n.I18n;
import nl.profielwijzer.ui.theme.Styles;

/** The window around the screens: menu, text size, contrast, quick hide, answers files, about, errors. */
@ExtendWith(ApplicationExtension.class)
class ShellTest {
    private TestDesktop app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = TestDesktop.open(stage);
    }

    private Node root() {
        return app.desktop.window().scene().getRoot();
    }

    @Test
    void quickHideBlanksTheWindowAtOnceAndTheSameKeyBringsItBack(FxRobot robot) {
        app.awaitStart();
        begin(robot, "employee", "demo");
        robot.clickOn("#option-yes");
        Node cover = robot.lookup("#quick-hide-cover").query();
        assertFalse(cover.isVisible());

        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        assertTrue(cover.isVisible(), "the blank layer covers the window");
        assertFalse(app.desktop.window().scene().getRoot().getChildrenUnmodifiable().get(0).isVisible());
        assertEquals("Document", stage.getTitle());
        robot.type(KeyCode.TAB, KeyCode.SPACE, KeyCode.ENTER);
        assertEquals("Heeft u contact met klanten?", text(robot, "#question-text"), "keys do nothing while hidden");

        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        assertFalse(cover.isVisible());
        assertEquals("Profielwijzer", stage.getTitle());
        assertEquals("option-yes", app.desktop.window().scene().getFocusOwner().getId(), "focus comes back");
        assertTrue(robot.lookup("#option-yes").queryAs(RadioButton.class).isSelected(), "the answer is kept");
    }

    @Test
    void textSizeHasFourStepsAndHighContrastSwitchesTheColourTokens(FxRobot robot) {
        app.awaitStart();
        assertTrue(root().getStyle().contains("16px"), root().getStyle());
        app.fireMenu("menu-view-textSize-larger");
        assertTrue(root().getStyle().contains("19px"), root().getStyle());
        app.fireMenu("menu-view-textSize-larger");
        app.fireMenu("menu-view-textSize-larger");
        assertTrue(root().getStyle().contains("22px"), "stops at the largest step");
        app.fireMenu("menu-size-small");
        assertTrue(root().getStyle().contains("14px"));
        app.fireMenu("menu-view-textSize-reset");
        assertTrue(root().getStyle().contains("16px"));

        assertFalse(root().getPseudoClassStates().contains(Styles.HIGH_CONTRAST));
        javafx.scene.control.CheckMenuItem contrast = (javafx.scene.control.CheckMenuItem) app.desktop.window().menu()
                .item("menu-contrast").orElseThrow();
        robot.interact(() -> contrast.setSelected(true)); // what clicking the check item does
        assertTrue(root().getPseudoClassStates().contains(Styles.HIGH_CONTRAST));
        robot.interact(() -> contrast.setSelected(false));
        assertFalse(root().getPseudoClassStates().contains(Styles.HIGH_CONTRAST));
    }

    /** Answers the demo tree as an employer up to its "yes, if" conclusion and saves the answers in dir. */
    private Path answerDemoAndSave(FxRobot robot, Path dir) {
        app.awaitStart();
        begin(robot, "employer", "demo");
        answer(robot, "yes");
        answer(robot, "partly");
        app.dialogs.filesToSave.add(dir.resolve("mine"));
        TestDesktop.click(robot, "#save-answers");
        Path saved = dir.resolve("mine.pwa.json");
        TestDesktop.await(() -> Files.exists(saved));
        return saved;
    }

    @Test
    void savedAnswersOpenAgainAtTheSameConclusion(FxRobot robot, @TempDir Path dir) {
        Path saved = answerDemoAndSave(robot, dir);
        TestDesktop.await(() -> text(robot, "#status").contains("opgeslagen"));
        assertEquals("antwoorden-" + java.time.LocalDate.now() + ".pwa.json", app.dialogs.suggestedNames.get(0),
                "a neutral name: nothing about the topic");

        app.fireMenu("menu-file-startOver");
        assertTrue(robot.lookup("#topic-demo").tryQuery().isPresent());
        app.dialogs.filesToOpen.add(saved);
        app.fireMenu("menu-file-open");
        TestDesktop.await(() -> robot.lookup("#verdict-label").tryQuery().isPresent());
        assertEquals("Ja, als", text(robot, "#verdict-label"));
        assertTrue(app.dialogs.shown.isEmpty(), app.dialogs.shown.toString());
    }

    @Test
    void anAnswersFileTheAppIsStartedWithOpensOnceTheTreesHaveLoaded(FxRobot robot, @TempDir Path dir) {
        Path saved = answerDemoAndSave(robot, dir);

        // A second window, started with the file ("Open with Profielwijzer"), whose trees are still loading.
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        TestDesktop started = TestDesktop.onFx(() -> TestDesktop.openSlow(new Stage(), release));
        TestDesktop.onFx(() -> {
            started.desktop.shell().openAnswersWhenLoaded(saved);
            return null;
        });
        TestDesktop.await(() -> started.desktop.window().isReady());
        assertTrue(started.dialogs.shown.isEmpty(), started.dialogs.shown.toString());
        release.countDown();
        TestDesktop.await(() -> started.desktop.session().consultation() != null
                && started.desktop.session().consultation().outcome().isPresent());
        assertEquals("demo", started.desktop.session().consultation().tree().id());
        assertTrue(started.dialogs.shown.isEmpty(), started.dialogs.shown.toString());
        TestDesktop.onFx(() -> {
            started.desktop.window().scene().getWindow().hide();
            return null;
        });
    }

    @Test
    void answersThatCannotBeSavedSayWhyInPlainWords(FxRobot robot, @TempDir Path dir) {
        app.awaitStart();
        begin(robot, "employer", "demo");
        answer(robot, "yes");
        app.dialogs.filesToSave.add(dir.resolve("no/such/folder/mine.pwa.json"));
        app.fireMenu("menu-file-save");
        TestDesktop.await(() -> app.dialogs.last().isPresent());
        FakeDialogs.Shown shown = app.dialogs.last().get();
        assertEquals("error", shown.kind());
        assertEquals("Opslaan is niet gelukt", shown.title());
        assertShows(shown.message(), "de map bestaat niet");
        assertFalse(Files.exists(dir.resolve("no")));
    }

    @Test
    void aDamagedAnswersFileIsRefusedInADialogAndLeftUntouched(FxRobot robot, @TempDir Path dir)
            throws IOException {
        app.awaitStart();
        Path damaged = dir.resolve("damaged.pwa.json");
        byte[] bytes = "{\"format\": \"profielwijzer-answers\", \"formatVersion\": 1, \"tree\": ".getBytes();
        Files.write(damaged, bytes);
        app.dialogs.filesToOpen.add(damaged);
        app.fireMenu("menu-file-open");
        TestDesktop.await(() -> app.dialogs.last().isPresent());
        FakeDialogs.Shown shown = app.dialogs.last().get();
        assertEquals("error", shown.kind());
        assertEquals("Openen is niet gelukt", shown.title());
        assertShows(shown.message(), "\"damaged.pwa.json\" is beschadigd: het is geen geldige JSON (regel 1, kolom",
                "Het bestand is niet veranderd");
        assertNotShows(shown.message(), "damaged:", "line", "The file");
        assertArrayEquals(bytes, Files.readAllBytes(damaged));
        assertTrue(robot.lookup("#topic-demo").tryQuery().isPresent(), "still on the start screen");
    }

    @Test
    void openingAnswersThatNoLongerFitSaysWhichOnes(FxRobot robot, @TempDir Path dir) throws IOException {
        app.awaitStart();
        Path file = dir.resolve("old.pwa.json");
        Files.writeString(file, """
                {"format": "profielwijzer-answers", "formatVersion": 1, "tree": "demo", "treeVersion": "0.9.0",
                 "role": "employee",
                 "answers": [{"question": "client", "option": "yes"}, {"question": "needed", "option": "maybe"},
                             {"question": "colour", "option": "blue"}]}
                """);
        app.dialogs.filesToOpen.add(file);
        app.fireMenu("menu-file-open");
        TestDesktop.await(() -> app.dialogs.last().isPresent());
        FakeDialogs.Shown shown = app.dialogs.last().get();
        assertEquals("Niet alle antwoorden passen nog", shown.title());
        assertShows(shown.message(), "versie 0.9.0", "versie 1.0.0",
                "Bij de vraag \"Is het nodig voor het werk?\" bestaat het antwoord \"maybe\" niet meer",
                "De vraag \"colour\" bestaat niet meer (uw antwoord: blue)");
        assertEquals("Is het nodig voor het werk?", text(robot, "#question-text"));
        assertEquals(nl.profielwijzer.tree.Role.EMPLOYEE, app.desktop.session().role());
    }

    @Test
    void aboutNamesVersionTreesWithVersionsAndDatesAndLicences(FxRobot robot) {
        app.awaitStart();
        app.fireMenu("menu-help-about");
        FakeDialogs.Shown shown = app.dialogs.last().orElseThrow();
        assertEquals("Over Profielwijzer", shown.title());
        assertShows(shown.message(), "versie", "Demo: versie 1.0.0, stand van het recht 22 november 2026",
                "Klantenafspraak: versie 2.1.0, stand van het recht 1 oktober 2026", "OpenJFX", "ControlsFX",
                "Apache License 2.0");
        app.fireMenu("menu-help-keys");
        assertShows(app.dialogs.last().orElseThrow().message(), "Ctrl+H", "Alt+Pijl links", "Enter");
    }

    @Test
    void anUncaughtErrorShowsAReadableMessageWithoutStackTraceAndIsLogged(FxRobot robot) {
        app.awaitStart();
        ErrorReporter reporter = new ErrorReporter(app.dialogs, new I18n(nl.profielwijzer.tree.Language.NL));
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        java.util.List<java.util.logging.LogRecord> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                logged.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger.getLogger("nl.profielwijzer.ui").addHandler(capture);
        try {
            WaitForAsyncUtils.asyncFx(reporter::install);
            WaitForAsyncUtils.waitForFxEvents();
            javafx.application.Platform.runLater(() -> {
                throw new IllegalStateException("boom at nl.profielwijzer.Secret");
            });
            TestDesktop.await(() -> app.dialogs.last().isPresent());
        } finally {
            java.util.logging.Logger.getLogger("nl.profielwijzer.ui").removeHandler(capture);
            Thread.setDefaultUncaughtExceptionHandler(before);
            WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().setUncaughtExceptionHandler(null));
        }
        FakeDialogs.Shown shown = app.dialogs.last().get();
        assertEquals("error", shown.kind());
        assertEquals("Er ging iets mis", shown.title());
        assertShows(shown.message(), "Uw antwoorden zijn niet verloren", "bewaart niets op schijf");
        assertNotShows(shown.message(), "IllegalStateException", "boom", "at nl.");
        assertTrue(logged.stream().anyMatch(r -> r.getThrown() != null
                && "boom at nl.profielwijzer.Secret".equals(r.getThrown().getMessage())), "the details are logged");
        TestDesktop.begin(robot, "employee", "demo");
        assertEquals("Heeft u contact met klanten?", text(robot, "#question-text"), "the window stays usable");
    }
}
