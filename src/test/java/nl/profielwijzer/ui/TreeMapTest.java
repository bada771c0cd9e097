package nl.profielwijzer.ui;

import static nl.profielwijzer.ui.TestDesktop.answer;
import static nl.profielwijzer.ui.TestDesktop.assertShows;
import static nl.profielwijzer.ui.TestDesktop.begin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Polyline;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import nl.profielwijzer.ui.theme.Styles;

/** The map of the whole tree: every node, the path highlighted, the current node marked, keyboard and zoom. */
@ExtendWith(ApplicationExtension.class)
class TreeMapTest {
    private static final Set<String> DEMO_NODES = Set.of("client", "needed", "allowed", "allowed-if", "not-allowed",
            "depends");

    private TestDesktop app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = TestDesktop.open(stage);
    }

    private static Set<String> ids(FxRobot robot, String query, String prefix) {
        return robot.lookup(query).queryAll().stream().map(Node::getId).map(id -> id.substring(prefix.length()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> chosenEdges(FxRobot robot) {
        return robot.lookup(".map-edge").queryAllAs(Polyline.class).stream()
                .filter(line -> line.getStyleClass().contains("map-chosen"))
                .map(line -> line.getId().substring("map-edge-".length()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean mapIsOpen(FxRobot robot) {
        return robot.lookup("#tree-map").tryQuery().isPresent();
    }

    private static Window mapWindow(FxRobot robot) {
        return robot.lookup("#tree-map").query().getScene().getWindow();
    }

    @Test
    void fromTheConclusionTheMapShowsEveryNodeAndHighlightsExactlyThePath(FxRobot robot) {
        app.awaitStart();
        begin(robot, "employer", "demo");
        answer(robot, "yes");
        answer(robot, "partly");
        TestDesktop.click(robot, "#show-map");
        TestDesktop.await(() -> mapIsOpen(robot));

        assertEquals(new TreeSet<>(DEMO_NODES), ids(robot, ".map-node", "map-node-"));
        assertEquals(5, robot.lookup(".map-edge").queryAll().size(), "one arrow per option");
        assertEquals(Set.of("client_yes", "needed_partly"), chosenEdges(robot));
        Node current = robot.lookup("#map-node-allowed-if").query();
        assertTrue(current.getStyleClass().containsAll(Set.of("map-current", "map-outcome", "verdict-yes-if")));
        assertEquals(Set.of("allowed-if"), ids(robot, ".map-current", "map-node-"));
        assertEquals(Set.of("allowed-if", "client", "needed"), ids(robot, ".map-on-path", "map-node-"));
        assertShows(TestDesktop.allText(current), "Ja, als aan voorwaarden is voldaan", "Mag, als");
        assertShows(current.getAccessibleText(), "Uitkomst: Ja, als aan voorwaarden is voldaan. Mag, als",
                "U bent hier.");
        assertEquals("U bent hier", ((Labeled) robot.lookup("#map-here").query()).getText());
        assertShows(robot.lookup("#map-node-client").query().getAccessibleText(),
                "Vraag: Heeft u contact met klanten? Uw antwoord: Ja.");
        assertShows(((Labeled) robot.lookup("#map-label-needed_unsure").query()).getText(), "Weet ik niet");
        assertShows(robot.lookup("#tree-map").query().getAccessibleText(), "2 vragen en 4 uitkomsten");
        for (String verdict : Set.of("Vraag", "Ja", "Ja, als aan voorwaarden is voldaan", "Nee", "Dat hangt ervan af",
                "Uw pad", "U bent hier")) {
            assertShows(TestDesktop.allText(robot.lookup("#map-legend").query()), verdict);
        }
        assertEquals(current, mapWindow(robot).getScene().getFocusOwner(), "the keyboard starts at the current node");

        robot.type(KeyCode.ESCAPE);
        TestDesktop.await(() -> !mapIsOpen(robot));
        assertEquals("Ja, als", TestDesktop.text(robot, "#verdict-label"), "back on the conclusion");
    }

    @Test
    void fromAQuestionCtrlTOpensTheMapAtThatQuestion(FxRobot robot) {
        app.awaitStart();
        begin(robot, "employee", "demo");
        answer(robot, "yes");
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        TestDesktop.await(() -> mapIsOpen(robot));
        assertEquals(Set.of("client_yes"), chosenEdges(robot));
        assertEquals(Set.of("needed"), ids(robot, ".map-current", "map-node-"));
        assertShows(robot.lookup("#map-node-needed").query().getAccessibleText(), "Is het nodig voor het werk?",
                "U bent hier.");
        assertEquals("Kaart van het onderwerp: Demo", ((Stage) mapWindow(robot)).getTitle());
        robot.clickOn("#map-close");
        TestDesktop.await(() -> !mapIsOpen(robot));
        assertEquals("Is het nodig voor het werk?", TestDesktop.text(robot, "#question-text"));
    }

    @Test
    void theMapZoomsToFitAnd100PercentAndByKeys(FxRobot robot) {
        app.awaitStart();
        begin(robot, "employer", "clause");
        TestDesktop.click(robot, "#show-map");
        TestDesktop.await(() -> mapIsOpen(robot));
        Node drawing = robot.lookup("#map-drawing").query();
        robot.clickOn("#map-actual");
        assertEquals(1.0, drawing.getScaleX(), 1e-9);
        assertEquals("100 %", ((Labeled) robot.lookup("#map-zoom").query()).getText());
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        assertEquals(0.8, drawing.getScaleX(), 1e-9);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertEquals(1.0, drawing.getScaleX(), 1e-9);
        robot.clickOn("#map-fit");
        assertTrue(drawing.getScaleX() <= 1.0);
        assertEquals(drawing.getScaleX(), drawing.getScaleY(), 1e-9);
        robot.type(KeyCode.ESCAPE);
        TestDesktop.await(() -> !mapIsOpen(robot));
    }

    @Test
    void theMapHasTheWindowsHighContrastAndTextSize(FxRobot robot) {
        app.awaitStart();
        robot.interact(() -> {
            app.desktop.shell().setHighContrast(true);
            app.desktop.shell().largerText();
        });
        begin(robot, "employer", "demo");
        TestDesktop.click(robot, "#show-map");
        TestDesktop.await(() -> mapIsOpen(robot));
        Node root = robot.lookup("#tree-map").query();
        assertTrue(root.getPseudoClassStates().contains(Styles.HIGH_CONTRAST));
        assertShows(root.getStyle(), "19px");
        robot.type(KeyCode.ESCAPE);
        TestDesktop.await(() -> !mapIsOpen(robot));
    }

    @Test
    void quickHideInTheMapBlanksItAndTheAppAndTheSameKeyBringsBothBack(FxRobot robot) {
        app.awaitStart();
        begin(robot, "employer", "demo");
        TestDesktop.click(robot, "#show-map");
        TestDesktop.await(() -> mapIsOpen(robot));
        Stage map = (Stage) mapWindow(robot);
        Node mapRoot = map.getScene().getRoot();
        String title = map.getTitle();
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        assertTrue(app.desktop.shell().hiddenProperty().get());
        assertTrue(robot.lookup("#quick-hide-cover").query().isVisible(), "the app is blanked at once");
        assertFalse(mapRoot.isVisible(), "and so is the map");
        assertEquals("Document", map.getTitle());
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        assertFalse(app.desktop.shell().hiddenProperty().get(), "and Ctrl+H brings it back");
        assertTrue(mapRoot.isVisible());
        assertEquals(title, map.getTitle());
    }

    @Test
    void aWindowThatOpensWhileHiddenOpensBlank(FxRobot robot) {
        app.awaitStart();
        begin(robot, "employer", "demo");
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        Stage[] dialog = new Stage[1];
        robot.interact(() -> {
            dialog[0] = new Stage();
            dialog[0].initOwner(app.desktop.window().scene().getWindow());
            dialog[0].setTitle("PDF opgeslagen");
            dialog[0].setScene(new javafx.scene.Scene(new javafx.scene.control.Label("Openen?"), 200, 100));
            dialog[0].show();
        });
        assertFalse(dialog[0].getScene().getRoot().isVisible(), "a dialog shown while hidden is blank");
        assertEquals("Document", dialog[0].getTitle());
        robot.interact(() -> app.desktop.shell().toggleHidden());
        assertTrue(dialog[0].getScene().getRoot().isVisible());
        assertEquals("PDF opgeslagen", dialog[0].getTitle());
        robot.interact(() -> dialog[0].close());
    }

    @Test
    void theMapNeitherCoversNorBlocksTheMainWindow(FxRobot robot) {
        app.awaitStart();
        begin(robot, "employee", "demo");
        TestDesktop.click(robot, "#show-map");
        TestDesktop.await(() -> mapIsOpen(robot));
        Stage map = (Stage) mapWindow(robot);
        assertEquals(javafx.stage.Modality.NONE, map.getModality(), "not modal: the main window stays usable");
        assertEquals(null, map.getOwner(), "no owner: the main window can come in front of it");
        robot.interact(() -> app.desktop.window().scene().getWindow().requestFocus());
        robot.interact(() -> robot.lookup("#option-no").query().requestFocus());
        robot.type(KeyCode.SPACE, KeyCode.ENTER);
        assertEquals(nl.profielwijzer.ui.shell.Screen.CONCLUSION, app.desktop.session().screen(),
                "the main window works while the map is open");
        robot.interact(map::close);
    }

    @Test
    void theMapShowsTheFullTextOfTheFocusedBoxAndItsEdgeLabelsDoNotCollide(FxRobot robot) {
        app.awaitStart();
        begin(robot, "employer", "clause");
        TestDesktop.click(robot, "#show-map");
        TestDesktop.await(() -> mapIsOpen(robot));
        Node box = robot.lookup(".map-node").query();
        robot.interact(box::requestFocus);
        assertEquals(box.getAccessibleText(), TestDesktop.text(robot, "#map-detail"), "full text on focus");
        java.util.List<Node> labels = java.util.List.copyOf(robot.lookup(".map-edge-label").queryAll());
        java.util.List<Node> boxes = java.util.List.copyOf(robot.lookup(".map-node").queryAll());
        for (Node a : labels) {
            for (Node b : labels) {
                if (a != b) {
                    assertFalse(a.getBoundsInParent().intersects(b.getBoundsInParent()), a.getId() + " × " + b.getId());
                }
            }
            for (Node b : boxes) {
                assertFalse(a.getBoundsInParent().intersects(b.getBoundsInParent()), a.getId() + " over " + b.getId());
            }
            javafx.scene.control.Label label = (javafx.scene.control.Label) a;
            assertTrue(label.getHeight() >= label.prefHeight(label.getWidth()) - 0.5, label.getText() + " is cut off");
        }
        robot.type(KeyCode.ESCAPE);
        TestDesktop.await(() -> !mapIsOpen(robot));
    }

    @Test
    void escapeWhileHiddenDoesNotCloseTheMap(FxRobot robot) {
        app.awaitStart();
        begin(robot, "employee", "demo");
        TestDesktop.click(robot, "#show-map");
        TestDesktop.await(() -> mapIsOpen(robot));
        Stage map = (Stage) mapWindow(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        robot.type(KeyCode.ESCAPE);
        assertTrue(map.isShowing(), "while hidden, only the quick-hide key does anything");
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        robot.type(KeyCode.ESCAPE);
        TestDesktop.await(() -> !map.isShowing());
    }

    @Test
    void aTreeTooLargeToDrawSaysSoInsteadOfDrawing(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        int questions = nl.profielwijzer.ui.map.TreeMapWindow.MAX_DRAWN_NODES;
        TestDesktop big = TestDesktop.onFx(() -> TestDesktop.open(stage, ChainTrees.write(dir, questions),
                nl.profielwijzer.tree.Language.NL));
        big.awaitStart();
        begin(robot, "employee", "chain");
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        TestDesktop.await(() -> robot.lookup("#map-too-large").tryQuery().isPresent());
        assertShows(TestDesktop.text(robot, "#map-too-large"), (2 * questions + 1) + " vragen en uitkomsten",
                "hoogstens " + questions);
        assertTrue(robot.lookup(".map-node").tryQuery().isEmpty(), "nothing drawn");
        robot.type(KeyCode.ESCAPE);
        TestDesktop.await(() -> robot.lookup("#map-too-large").tryQuery().isEmpty());
    }
}
