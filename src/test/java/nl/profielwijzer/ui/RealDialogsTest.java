package nl.profielwijzer.ui;

import static nl.profielwijzer.ui.TestDesktop.assertShows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import nl.profielwijzer.ui.dialogs.FxDialogService;

/** The real dialogs and the in-app file chooser (the other UI tests use a fake): they fit and leave no trace. */
@ExtendWith(ApplicationExtension.class)
class RealDialogsTest {
    private TestDesktop app;
    private Stage stage;
    private FxDialogService dialogs;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = TestDesktop.open(stage);
        dialogs = new FxDialogService(stage, app.desktop.shell().i18n(), app.desktop.shell().appearance()::applyTo);
    }

    private static Optional<Window> windowWith(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(n -> n.getScene().getWindow());
    }

    private static void assertOnScreen(Window window) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertTrue(window.getX() >= screen.getMinX() && window.getY() >= screen.getMinY()
                && window.getX() + window.getWidth() <= screen.getMaxX() + 1
                && window.getY() + window.getHeight() <= screen.getMaxY() + 1,
                "on screen: " + window.getX() + "," + window.getY() + " " + window.getWidth() + "×"
                        + window.getHeight() + " in " + screen);
    }

    @Test
    void dialogsWrapTheirTextScrollLongListsAndStayOnScreen(FxRobot robot) {
        app.awaitStart();
        String longLine = "Deze antwoorden passen niet meer bij het onderwerp en zijn daarom niet gebruikt. ".repeat(20);
        WaitForAsyncUtils.asyncFx(() -> dialogs.showInformation("Lang", longLine));
        TestDesktop.await(() -> windowWith(robot, "#dialog-message").isPresent());
        Window wide = windowWith(robot, "#dialog-message").orElseThrow();
        assertTrue(wide.getWidth() <= FxDialogService.TEXT_WIDTH + 150, "wraps: " + wide.getWidth() + " px wide");
        assertOnScreen(wide);
        robot.interact(wide::hide);

        String list = IntStream.rangeClosed(1, 300).mapToObj(i -> "• vraag " + i + ": antwoord " + i)
                .collect(Collectors.joining("\n"));
        WaitForAsyncUtils.asyncFx(() -> dialogs.showError("Veel", list));
        TestDesktop.await(() -> windowWith(robot, "#dialog-message").isPresent());
        Window tall = windowWith(robot, "#dialog-message").orElseThrow();
        assertOnScreen(tall);
        ScrollPane scroller = robot.lookup("#dialog-scroller").queryAs(ScrollPane.class);
        assertTrue(scroller.getViewportBounds().getHeight() < scroller.getContent().getBoundsInLocal().getHeight(),
                "the long list scrolls inside the dialog");
        robot.interact(tall::hide);
    }

    @Test
    void theFileChooserIsAWindowOfTheAppThatQuickHideCoversAndLeavesNoRecentFile(FxRobot robot, @TempDir Path dir)
            throws Exception {
        app.awaitStart();
        Path recent = Path.of(System.getProperty("user.home"), ".local/share/recently-used.xbel");
        String recentBefore = Files.exists(recent) ? Files.readString(recent) : null;

        Future<Optional<Path>> chosen = WaitForAsyncUtils.asyncFx(
                () -> dialogs.chooseAnswersToSave("Antwoorden bewaren van: Demo", "antwoorden-2026-11-29.pwa.json"));
        TestDesktop.await(() -> windowWith(robot, "#file-chooser").isPresent());
        Stage chooser = (Stage) windowWith(robot, "#file-chooser").orElseThrow();
        assertEquals(stage, chooser.getOwner(), "a window of the app, not the system's dialog");
        assertEquals("antwoorden-2026-11-29.pwa.json", robot.lookup("#chooser-name").queryAs(TextField.class).getText());
        assertOnScreen(chooser);

        robot.interact(() -> chooser.requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        assertTrue(app.desktop.shell().hiddenProperty().get());
        assertFalse(chooser.getScene().getRoot().isVisible(), "quick hide blanks the chooser");
        assertEquals("Document", chooser.getTitle());
        robot.type(KeyCode.ESCAPE);
        assertTrue(chooser.isShowing(), "while hidden, Escape does nothing");
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        assertTrue(chooser.getScene().getRoot().isVisible());

        TextField name = robot.lookup("#chooser-name").queryAs(TextField.class);
        robot.interact(() -> {
            name.setText(dir.resolve("mijn-antwoorden").toString());
            name.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        assertEquals(Optional.of(dir.resolve("mijn-antwoorden")), WaitForAsyncUtils.waitFor(chosen));
        assertEquals(recentBefore, Files.exists(recent) ? Files.readString(recent) : null,
                "no entry in the desktop's recent files");
    }

    @Test
    void theFileChooserListsFoldersAndMatchingFilesAndOpensByKeyboard(FxRobot robot, @TempDir Path dir)
            throws Exception {
        app.awaitStart();
        Files.createDirectory(dir.resolve("map"));
        Files.writeString(dir.resolve("map/oud.pwa.json"), "{}");
        Files.writeString(dir.resolve("map/foto.jpg"), "x");
        Future<Optional<Path>> chosen = WaitForAsyncUtils.asyncFx(() -> dialogs.chooseAnswersToOpen());
        TestDesktop.await(() -> windowWith(robot, "#file-chooser").isPresent());
        TextField name = robot.lookup("#chooser-name").queryAs(TextField.class);
        robot.interact(() -> {
            name.setText(dir.resolve("map").toString());
            name.requestFocus();
        });
        robot.type(KeyCode.ENTER); // a folder: it opens
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<Path> list = robot.lookup("#chooser-list").queryAs(javafx.scene.control.ListView.class);
        assertEquals(List.of(dir.resolve("map/oud.pwa.json")), List.copyOf(list.getItems()), "only answers files");
        assertShows(robot.lookup("#chooser-folder").queryAs(javafx.scene.control.Label.class).getText(), "map");
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        assertEquals(Optional.of(dir.resolve("map/oud.pwa.json")), WaitForAsyncUtils.waitFor(chosen));
    }
}
