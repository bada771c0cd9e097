package nl.profielwijzer.ui;

import static nl.profielwijzer.ui.TestDesktop.answer;
import static nl.profielwijzer.ui.TestDesktop.assertNotShows;
import static nl.profielwijzer.ui.TestDesktop.assertShows;
import static nl.profielwijzer.ui.TestDesktop.begin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.Node;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import nl.profielwijzer.tree.Role;
import nl.profielwijzer.ui.shell.Screen;

/** Issue 10, "what the conclusion says": the banner's tone, what would change, topics before a role. */
@ExtendWith(ApplicationExtension.class)
class ConclusionSaysTest {
    private TestDesktop app;

    @Start
    void start(Stage stage) {
        app = TestDesktop.open(stage);
    }

    private List<String> bannerClasses(FxRobot robot) {
        return List.copyOf(robot.lookup("#verdict-banner").query().getStyleClass());
    }

    @Test
    void aNoThatIsGoodNewsForTheEmployeeIsGreenWithACheckNotARedCross(FxRobot robot) {
        app.awaitStart();
        begin(robot, "employee", "demo"); // "Must I cooperate?"
        answer(robot, "no");
        assertEquals("Nee, dat hoeft niet", TestDesktop.text(robot, "#verdict-label"));
        assertTrue(bannerClasses(robot).contains("tone-good"), bannerClasses(robot).toString());
    }

    @Test
    void theSameNoForTheEmployerIsAnAnswerToActOnNotAnError(FxRobot robot) {
        app.awaitStart();
        begin(robot, "employer", "demo"); // "May I require it?"
        answer(robot, "no");
        assertTrue(bannerClasses(robot).contains("tone-attention"), bannerClasses(robot).toString());
    }

    @Test
    void aYesOrNoInATreeWithoutGoodNewsIsPlain(FxRobot robot) {
        app.awaitStart();
        begin(robot, "employee", "clause");
        while (app.desktop.session().screen() == Screen.QUESTION) {
            String first = ((Node) robot.lookup(".option").query()).getId().substring("option-".length());
            answer(robot, first);
        }
        List<String> classes = bannerClasses(robot);
        String verdict = app.desktop.session().consultation().outcome().orElseThrow().verdict().code();
        String expected = switch (verdict) {
            case "yes-if" -> "tone-conditional";
            case "unclear" -> "tone-unclear";
            default -> "tone-plain";
        };
        assertTrue(classes.contains(expected), verdict + " → " + classes);
    }

    @Test
    void whatWouldChangeNamesOnlyOtherVerdictsInWordsAndSaysMoreQuestionsOnce(FxRobot robot) {
        app.awaitStart();
        begin(robot, "employee", "demo");
        answer(robot, "no"); // "Nee, dat hoeft niet"; "Ja" would lead to three more outcomes
        String changes = TestDesktop.allText(robot.lookup("#changes").query());
        assertShows(changes, "Heeft u contact met klanten?", "Ja, u moet meewerken", "Ja, als", "Dat hangt ervan af",
                "er volgen dan nog vragen");
        assertNotShows(changes, " / ", "Nee, dat hoeft niet");
        assertEquals(1, changes.split("nog vragen", -1).length - 1, "said once:\n" + changes);
    }

    @Test
    void topicsAreVisibleBeforeARoleAndChoosingOneFirstAsksTheRole(FxRobot robot) {
        app.awaitStart();
        Node topic = robot.lookup("#topic-demo").query();
        assertFalse(topic.isDisabled(), "topics can be chosen before a role");
        assertShows(TestDesktop.allText(app.desktop.window().page().node()), "Moet ik meewerken?");

        TestDesktop.click(robot, "#topic-demo"); // the role question is cancelled
        assertEquals(List.of("Ik ben de werkgever", "Ik ben de werknemer", "Annuleren"),
                app.dialogs.chooseButtons.get(0));
        assertEquals(Screen.START, app.desktop.session().screen());

        app.dialogs.choices.add(0);
        TestDesktop.click(robot, "#topic-demo");
        assertEquals(Role.EMPLOYER, app.desktop.session().role());
        assertEquals(Screen.QUESTION, app.desktop.session().screen());
    }
}
