package nl.profielwijzer.ui;

import static nl.profielwijzer.ui.TestDesktop.answer;
import static nl.profielwijzer.ui.TestDesktop.assertShows;
import static nl.profielwijzer.ui.TestDesktop.begin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import nl.profielwijzer.tree.Language;
import nl.profielwijzer.ui.shell.Screen;
import nl.profielwijzer.ui.theme.TextSize;

/** Issue 10, "screens that fit": at 800×600 and the largest text nothing is cut off or pushed out of reach. */
@ExtendWith(ApplicationExtension.class)
class ScreensFitTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private TestDesktop open(FxRobot robot, Path trees) {
        TestDesktop app = TestDesktop.onFx(() -> TestDesktop.open(stage, trees, Language.NL));
        app.awaitStart();
        robot.interact(() -> {
            stage.setWidth(800);
            stage.setHeight(600);
        });
        return app;
    }

    /** The stage is shared with the test classes that follow: give it back at the app's own size. */
    @org.junit.jupiter.api.AfterEach
    void restoreSize() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
        TestDesktop.onFx(() -> {
            stage.setWidth(1000);
            stage.setHeight(720);
            return null;
        });
    }

    private static Bounds onScreen(Node node) {
        return node.localToScreen(node.getBoundsInLocal());
    }

    @Test
    void theBreadcrumbBarNeverWidensThePageAndShowsTheFullTextOnFocus(FxRobot robot, @TempDir Path dir)
            throws Exception {
        TestDesktop app = open(robot, ChainTrees.write(dir, 12));
        begin(robot, "employee", "chain");
        for (int i = 0; i < 9; i++) {
            answer(robot, "yes");
        }
        assertEquals("q10", app.desktop.session().consultation().current().id());
        double windowRight = onScreen(app.desktop.window().scene().getRoot()).getMaxX();
        for (String id : new String[] {"#next", "#option-yes", "#question-text", "#breadcrumb-scroller"}) {
            assertTrue(onScreen(robot.lookup(id).query()).getMaxX() <= windowRight + 1,
                    id + " stays inside the 800 px window");
        }
        ScrollPane crumbs = robot.lookup("#breadcrumb-scroller").queryAs(ScrollPane.class);
        assertTrue(crumbs.getContent().getBoundsInLocal().getWidth() > crumbs.getViewportBounds().getWidth(),
                "the path is wider than the window, so the bar scrolls on its own");

        Node first = robot.lookup("#crumb-q1").query();
        robot.interact(first::requestFocus);
        assertShows(TestDesktop.text(robot, "#crumb-detail"), "Vraag 1: heeft de werknemer in zijn werk direct contact",
                "Ja, dagelijks en met veel verschillende klanten");
        assertTrue(onScreen(first).getMinX() >= onScreen(crumbs).getMinX() - 4, "the focused crumb is scrolled into view");
        assertTrue(crumbs.getViewportBounds().getHeight() >= crumbs.getContent().prefHeight(-1) - 0.5,
                "the crumbs are not cut off below by the scroll bar");
    }

    @Test
    void changeButtonsKeepTheirWordWhenTheQuestionWraps(FxRobot robot, @TempDir Path dir) throws Exception {
        TestDesktop app = open(robot, ChainTrees.write(dir, 3));
        robot.interact(() -> app.desktop.shell().chooseTextSize(TextSize.LARGEST));
        begin(robot, "employee", "chain");
        answer(robot, "yes");
        answer(robot, "no");
        assertEquals(Screen.CONCLUSION, app.desktop.session().screen());
        for (String id : new String[] {"#change-q1", "#change-q2"}) {
            Button change = robot.lookup(id).queryAs(Button.class);
            assertTrue(change.getWidth() >= change.prefWidth(-1) - 0.5, id + " is as wide as its word");
            assertEquals("Wijzig", change.getText());
            assertTrue(onScreen(change).getMaxX() <= onScreen(app.desktop.window().scene().getRoot()).getMaxX() + 1);
        }
    }

    @Test
    void pageDownScrollsAScreenfulNotALine(FxRobot robot, @TempDir Path dir) throws Exception {
        TestDesktop app = open(robot, TestDesktop.GUI_TREES);
        robot.interact(() -> app.desktop.shell().chooseTextSize(TextSize.LARGEST));
        begin(robot, "employee", "demo");
        answer(robot, "yes");
        answer(robot, "unsure");
        ScrollPane page = robot.lookup("#page-scroller").queryAs(ScrollPane.class);
        double content = ((Region) page.getContent()).getHeight();
        double viewport = page.getViewportBounds().getHeight();
        assertTrue(content > 2 * viewport, "a long conclusion at the largest text");
        assertEquals(0, page.getVvalue(), 1e-9);
        robot.type(KeyCode.PAGE_DOWN);
        double moved = page.getVvalue() * (content - viewport);
        assertTrue(moved > viewport * 0.8, "moved " + moved + " px of a " + viewport + " px view");
        robot.type(KeyCode.PAGE_UP);
        assertEquals(0, page.getVvalue(), 1e-9);
    }

    @Test
    void altLeftOnTheConclusionGoesBackToTheLastQuestion(FxRobot robot) {
        TestDesktop app = open(robot, TestDesktop.GUI_TREES);
        begin(robot, "employee", "demo");
        answer(robot, "no");
        assertEquals(Screen.CONCLUSION, app.desktop.session().screen());
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        assertEquals("client", app.desktop.session().consultation().current().id());
    }
}
