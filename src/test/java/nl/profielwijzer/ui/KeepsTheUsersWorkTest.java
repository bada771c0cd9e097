package nl.profielwijzer.ui;

import static nl.profielwijzer.ui.TestDesktop.answer;
import static nl.profielwijzer.ui.TestDesktop.assertShows;
import static nl.profielwijzer.ui.TestDesktop.begin;
import static nl.profielwijzer.ui.TestDesktop.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import nl.profielwijzer.engine.AnswersFile;
import nl.profielwijzer.engine.Consultation;
import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.ui.shell.Screen;

/** Issue 10, "never lose answers silently": every way out of a consultation keeps the answers or asks first. */
@ExtendWith(ApplicationExtension.class)
class KeepsTheUsersWorkTest {
    private TestDesktop app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = TestDesktop.open(stage);
    }

    private Screen screen() {
        return app.desktop.session().screen();
    }

    private void toDemoConclusion(FxRobot robot) {
        app.awaitStart();
        begin(robot, "employer", "demo");
        answer(robot, "yes");
        answer(robot, "partly");
        assertEquals(Screen.CONCLUSION, screen());
    }

    @Test
    void backToTheTopicsFromTheFirstQuestionKeepsTheAnswersAndOffersToStartAgain(FxRobot robot) {
        toDemoConclusion(robot);
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT); // conclusion → second question
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT); // → first question
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT); // → the topics
        assertEquals(Screen.START, screen());
        assertShows(TestDesktop.allText(app.desktop.window().page().node()), "bewaard");

        TestDesktop.click(robot, "#topic-demo");
        assertTrue(robot.lookup("#option-yes").queryAs(RadioButton.class).isSelected(), "the answer is still there");
        assertTrue(robot.lookup("#restart-topic").query().isVisible(), "\"Start this topic again\" is offered");
        TestDesktop.click(robot, "#next");
        assertTrue(robot.lookup("#option-partly").queryAs(RadioButton.class).isSelected());

        app.dialogs.choices.add(1); // never saved: discard
        TestDesktop.click(robot, "#restart-topic");
        assertEquals("choose", app.dialogs.last().orElseThrow().kind(), "unsaved answers: asked first");
        assertEquals("client", app.desktop.session().consultation().current().id());
        assertTrue(app.desktop.session().consultation().answersOnPath().isEmpty(), "then it starts empty");
    }

    @Test
    void startOverWithUnsavedAnswersAsksSaveDiscardOrCancel(FxRobot robot, @TempDir Path dir) {
        toDemoConclusion(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL); // no answer queued: Cancel
        assertEquals(List.of("Bewaren…", "Weggooien", "Annuleren"), app.dialogs.chooseButtons.get(0));
        assertShows(app.dialogs.last().orElseThrow().message(), "Demo");
        assertEquals(Screen.CONCLUSION, screen(), "Cancel keeps everything");

        app.dialogs.choices.add(0); // Save…
        app.dialogs.filesToSave.add(dir.resolve("kept"));
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        TestDesktop.await(() -> screen() == Screen.START);
        assertTrue(Files.exists(dir.resolve("kept.pwa.json")), "saved first, then started over");
        assertEquals(List.of("Antwoorden bewaren van: Demo"), app.dialogs.saveTitles);

        begin(robot, "employer", "demo");
        assertTrue(app.desktop.session().consultation().answersOnPath().isEmpty());
        int asked = app.dialogs.chooseButtons.size();
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        assertEquals(asked, app.dialogs.chooseButtons.size(), "nothing to lose: no question");
    }

    @Test
    void quittingOrClosingTheWindowWithUnsavedAnswersAsksFirst(FxRobot robot) {
        toDemoConclusion(robot);
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertEquals("choose", app.dialogs.last().orElseThrow().kind());
        assertEquals(0, app.exits.get(), "Cancel: the app stays");
        assertTrue(stage.isShowing());

        app.dialogs.choices.add(1); // Discard
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        assertEquals(1, app.exits.get(), "Discard: the app ends");
    }

    @Test
    void openingAnswersSavedForTheOtherRoleNeverChangesTheRoleSilently(FxRobot robot, @TempDir Path dir)
            throws Exception {
        app.awaitStart();
        Tree demo = app.desktop.session().library().tree("demo").orElseThrow();
        Path file = dir.resolve("werkgever.pwa.json");
        AnswersFile.save(file, Consultation.withAnswers(demo, Map.of("client", "no")), Role.EMPLOYER);
        TestDesktop.click(robot, "#role-employee");

        app.dialogs.filesToOpen.add(file); // the role question is cancelled
        app.fireMenu("menu-file-open");
        TestDesktop.await(() -> app.dialogs.last().isPresent());
        assertEquals(List.of("Als werkgever (zoals bewaard)", "Als werknemer (uw keuze)", "Annuleren"),
                app.dialogs.chooseButtons.get(0));
        assertEquals(Role.EMPLOYEE, app.desktop.session().role());
        assertEquals(Screen.START, screen(), "cancelled: nothing opened");

        app.dialogs.filesToOpen.add(file);
        app.dialogs.choices.add(1); // keep employee
        app.fireMenu("menu-file-open");
        TestDesktop.await(() -> screen() == Screen.CONCLUSION);
        assertEquals(Role.EMPLOYEE, app.desktop.session().role());
        assertShows(TestDesktop.allText(app.desktop.window().page().node()), "Nee, dat hoeft niet");
    }

    @Test
    void openingAnswersOverUnsavedAnswersOfThatTopicAsksFirst(FxRobot robot, @TempDir Path dir) throws Exception {
        toDemoConclusion(robot);
        Tree demo = app.desktop.session().library().tree("demo").orElseThrow();
        Path file = dir.resolve("ander.pwa.json");
        AnswersFile.save(file, Consultation.withAnswers(demo, Map.of("client", "no")), Role.EMPLOYER);
        app.dialogs.filesToOpen.add(file); // Save/Discard/Cancel: cancelled
        app.fireMenu("menu-file-open");
        TestDesktop.await(() -> app.dialogs.last().isPresent());
        assertEquals("Uw antwoorden zijn niet bewaard", app.dialogs.last().get().title());
        assertEquals("allowed-if", app.desktop.session().consultation().current().id(), "the answers stay");
    }

    @Test
    void switchingTheLanguageKeepsTheChosenOption(FxRobot robot) {
        app.awaitStart();
        begin(robot, "employee", "demo");
        robot.clickOn("#option-no");
        assertFalse(robot.lookup("#next").query().isDisabled());
        app.fireMenu("menu-language-en");
        assertEquals("Do you deal with clients?", text(robot, "#question-text"));
        assertTrue(robot.lookup("#option-no").queryAs(RadioButton.class).isSelected(), "still chosen");
        assertFalse(robot.lookup("#next").query().isDisabled(), "Next still works");
        app.fireMenu("menu-language-nl");
        assertTrue(robot.lookup("#option-no").queryAs(RadioButton.class).isSelected());
        TestDesktop.click(robot, "#next");
        assertEquals(Screen.CONCLUSION, screen());
        assertNull(app.desktop.session().chosen("client").orElse(null), "an answer, no longer a draft");
    }
}
