package nl.profielwijzer.ui;

import static nl.profielwijzer.ui.TestDesktop.assertNotShows;
import static nl.profielwijzer.ui.TestDesktop.assertShows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.Node;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import nl.profielwijzer.tree.Language;

/** The start screen: role, topic cards, privacy promise, problems with tree files. */
@ExtendWith(ApplicationExtension.class)
class StartScreenTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void offersEachTopicWithItsHeadlineForTheRoleAndItsLawDate(FxRobot robot) {
        TestDesktop app = TestDesktop.onFx(() -> TestDesktop.open(stage));
        app.awaitStart();
        Node page = app.desktop.window().page().node();

        assertShows(TestDesktop.allText(page), "Uw antwoorden blijven op deze computer", "Demo", "Klantenafspraak",
                "Stand van het recht: 22 november 2026", "Stand van het recht: 1 oktober 2026");

        robot.clickOn("#role-employee");
        assertFalse(robot.lookup("#topic-demo").query().isDisabled());
        assertShows(TestDesktop.allText(page), "Moet ik meewerken?", "Bindt het beding mij?");

        robot.clickOn("#role-employer");
        assertShows(TestDesktop.allText(page), "Mag ik het eisen?");
        assertNotShows(TestDesktop.allText(page), "Moet ik meewerken?");
        assertShows(robot.lookup("#topic-demo").query().getAccessibleText(), "Demo",
                "Mag ik het eisen?", "22 november 2026");
    }

    @Test
    void choosingATopicStartsItsFirstQuestion(FxRobot robot) {
        TestDesktop app = TestDesktop.onFx(() -> TestDesktop.open(stage));
        app.awaitStart();
        TestDesktop.begin(robot, "employee", "demo");
        assertEquals("Heeft u contact met klanten?", TestDesktop.text(robot, "#question-text"));
    }

    @Test
    void aBrokenTreeFileIsNamedWithLineAndColumnWhileTheOtherTopicsStayUsable(FxRobot robot, @TempDir Path dir)
            throws IOException {
        for (String name : new String[] {"sources.json", "glossary.json", "demo.json"}) {
            Files.copy(TestDesktop.GUI_TREES.resolve(name), dir.resolve(name));
        }
        Files.writeString(dir.resolve("broken.json"), "{\n  \"id\": \"broken\",\n  \"version\": 1.0.0\n}\n");
        TestDesktop app = TestDesktop.onFx(() -> TestDesktop.open(stage, dir, Language.NL));
        app.awaitStart();

        Node notice = robot.lookup("#library-problems").query();
        assertTrue(notice.isVisible());
        String text = TestDesktop.allText(notice);
        assertShows(text, "Een onderwerp kon niet worden geladen", "broken.json:3:");
        assertTrue(text.matches("(?s).*broken\\.json:3:\\d+: .+"), text);

        TestDesktop.begin(robot, "employer", "demo");
        assertEquals("Heeft u contact met klanten?", TestDesktop.text(robot, "#question-text"));
    }

    @Test
    void showsTheWindowBeforeTheTreesHaveLoaded(FxRobot robot) {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        TestDesktop app = TestDesktop.onFx(() -> TestDesktop.openSlow(stage, release));
        TestDesktop.await(() -> app.desktop.window().isReady());
        assertShows(TestDesktop.allText(app.desktop.window().page().node()), "De onderwerpen worden geladen");
        release.countDown();
        app.awaitStart();
        assertTrue(robot.lookup("#topic-demo").tryQuery().isPresent());
        assertNotShows(TestDesktop.allText(app.desktop.window().page().node()), "worden geladen");
    }
}
