package nl.profielwijzer.ui;

import static nl.profielwijzer.ui.TestDesktop.allText;
import static nl.profielwijzer.ui.TestDesktop.assertShows;
import static nl.profielwijzer.ui.TestDesktop.click;
import static nl.profielwijzer.ui.TestDesktop.onFx;
import static nl.profielwijzer.ui.TestDesktop.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import nl.profielwijzer.engine.CombinedConsultation;
import nl.profielwijzer.tree.Language;
import nl.profielwijzer.ui.shell.Screen;

/**
 * The whole-company check in the desktop app, on the bundled trees: the seed case (website profile, photo,
 * social-media promotion and LinkedIn discussions) as employee and employer, in Dutch and English.
 */
@ExtendWith(ApplicationExtension.class)
class WholeCompanyCheckTest {
    private static final List<String> SEED = List.of("profile", "photo", "social-media-at-work", "linkedin");

    private TestDesktop app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void open(Language language) {
        app = onFx(() -> TestDesktop.open(stage, Path.of("trees"), language));
        app.awaitStart();
    }

    private Node page() {
        return app.desktop.window().page().node();
    }

    private Screen screen() {
        return onFx(() -> app.desktop.session().screen());
    }

    /** Chooses the role, opens "several things" and ticks the seed topics with the keyboard (Space). */
    private void tickSeed(FxRobot robot, String role) {
        click(robot, "#role-" + role);
        TitledPane several = robot.lookup("#several").queryAs(TitledPane.class);
        robot.interact(() -> several.setExpanded(true));
        for (String topic : SEED) {
            CheckBox box = robot.lookup("#several-" + topic).queryAs(CheckBox.class);
            robot.interact(box::requestFocus);
            robot.type(KeyCode.SPACE);
            assertTrue(box.isSelected(), topic + " is ticked by Space");
        }
        click(robot, "#begin-several");
    }

    /**
     * Answers every question with the option {@code pick} chooses until the conclusion, checking that no store
     * key is asked twice and that each question names its topic (or "for all topics"). Returns the keys asked.
     */
    private List<String> walk(FxRobot robot, String forAll, java.util.function.Function<String, Integer> pick) {
        List<String> asked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 80 && screen() == Screen.QUESTION; i++) {
            CombinedConsultation.Prompt prompt = onFx(() -> app.desktop.session().combined().current().orElseThrow());
            assertTrue(seen.add(prompt.key()), "asked twice: " + prompt.key());
            asked.add(prompt.key());
            String topic = text(robot, "#topic-name");
            if (prompt.topic().isEmpty()) {
                assertEquals(forAll, topic);
            } else {
                assertShows(topic, prompt.topic().get().title().in(app.desktop.shell().i18n().language()));
            }
            List<Node> options = new ArrayList<>(robot.lookup(".option").queryAll());
            Node option = options.get(Math.min(options.size() - 1, pick.apply(prompt.key())));
            robot.interact(option::requestFocus);
            robot.clickOn(option);
            click(robot, "#next");
        }
        assertEquals(Screen.CONCLUSION, screen());
        return asked;
    }

    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource({
        "employee, NL, 'Voor alle onderwerpen', 'Ik krijg meerdere vragen van mijn werkgever', 'Overzicht', 'Bronnen'",
        "employer, NL, 'Voor alle onderwerpen', 'Ik wil meerdere dingen van mijn personeel vragen', 'Overzicht', 'Bronnen'",
        "employee, EN, 'For all topics', 'My employer asks several things', 'Summary', 'Sources'",
        "employer, EN, 'For all topics', 'I want to ask several things of my staff', 'Summary', 'Sources'"})
    void theSeedCaseAsksSharedFactsOnceAndEndsInFourVerdictsAndOnePdf(String role, Language language, String forAll,
            String severalHeading, String summary, String sources, FxRobot robot, @TempDir Path dir)
            throws IOException {
        open(language);
        click(robot, "#role-" + role);
        assertEquals(severalHeading, robot.lookup("#several").queryAs(TitledPane.class).getText());
        tickSeed(robot, role);
        CombinedConsultation first = onFx(() -> app.desktop.session().combined());
        assertTrue(first.sharedFacts().size() >= 2, "the seed topics share facts: " + first.sharedFacts());
        List<String> asked = walk(robot, forAll, key -> 0);
        // The shared facts come first, each once.
        for (int i = 0; i < first.sharedFacts().size(); i++) {
            assertEquals(CombinedConsultation.FACT_PREFIX + first.sharedFacts().get(i), asked.get(i));
        }
        for (String topic : SEED) {
            Node row = robot.lookup("#summary-" + topic).query();
            assertFalse(text(robot, "#summary-verdict-" + topic).isBlank());
            assertTrue(row.getStyleClass().stream().anyMatch(c -> c.startsWith("tone-")), "the row has a tone");
            assertTrue(robot.lookup("#summary-" + topic + " .image-view").tryQuery().isPresent(), "and an icon");
            assertTrue(robot.lookup("#topic-part-" + topic).tryQuery().isPresent(), topic + " has its conclusion");
        }
        assertEquals(1, robot.lookup("#next-steps").queryAll().size(), "one merged list of next steps");
        assertEquals(1, robot.lookup("#citations").queryAll().size(), "one list of sources");
        assertShows(allText(page()), summary, sources);

        Path pdf = dir.resolve("advies.pdf");
        app.dialogs.pdfsToSave.add(pdf);
        app.dialogs.confirmations.add(false);
        click(robot, "#save-pdf");
        TestDesktop.await(() -> pdf.toFile().isFile() && app.dialogs.last().isPresent());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String all = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (String topic : SEED) {
                String title = app.desktop.session().library().tree(topic).orElseThrow().title().in(language);
                assertShows(all, title);
            }
            assertShows(all, language == Language.NL ? "Advies over meerdere onderwerpen" : "Advice on several topics");
        }
    }

    @Test
    void aCombinedConsultationIsSavedAndOpenedAgainWithTheSameVerdicts(FxRobot robot, @TempDir Path dir) {
        open(Language.NL);
        tickSeed(robot, "employee");
        walk(robot, "Voor alle onderwerpen", key -> 0);
        Map<String, String> verdicts = new java.util.LinkedHashMap<>();
        SEED.forEach(t -> verdicts.put(t, text(robot, "#summary-verdict-" + t)));
        Path file = dir.resolve("antwoorden.pwa.json");
        app.dialogs.filesToSave.add(file);
        click(robot, "#save-answers");
        TestDesktop.await(() -> file.toFile().isFile());
        TestDesktop.await(() -> app.desktop.session().unsavedCombined().isEmpty());

        app.fireMenu("menu-file-startOver"); // saved: nothing to ask
        assertEquals(Screen.START, screen());
        app.dialogs.filesToOpen.add(file);
        app.fireMenu("menu-file-open");
        TestDesktop.await(() -> app.desktop.session().screen() == Screen.CONCLUSION);
        SEED.forEach(t -> assertEquals(verdicts.get(t), text(robot, "#summary-verdict-" + t)));
    }

    @Test
    void changingASharedFactFromATopicsConclusionGoesBackToTheSharedQuestion(FxRobot robot) {
        open(Language.EN);
        tickSeed(robot, "employee");
        walk(robot, "For all topics", key -> 0);
        CombinedConsultation done = onFx(() -> app.desktop.session().combined());
        // A topic's part lists a shared fact among its answers; its Change goes to the one shared question.
        String[] fact = new String[1];
        Button change = robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> b.getId() != null && b.getId().startsWith("change-"))
                .filter(b -> SEED.stream().anyMatch(topic -> b.getId().startsWith("change-" + topic + "-")
                        && onFx(() -> app.desktop.session().library().tree(topic).orElseThrow()
                                .question(b.getId().substring(("change-" + topic + "-").length()))
                                .flatMap(q -> q.sharedFact()).filter(done.sharedFacts()::contains)
                                .map(f -> fact[0] = f).isPresent())))
                .findFirst().orElseThrow();
        robot.interact(change::requestFocus);
        robot.clickOn(change);
        assertEquals(Screen.QUESTION, screen());
        assertEquals("For all topics", text(robot, "#topic-name"));
        assertEquals(CombinedConsultation.FACT_PREFIX + fact[0],
                onFx(() -> app.desktop.session().combined().current().orElseThrow().key()));
    }

    @Test
    void unsavedCombinedAnswersAreNeverLostWithoutAsking(FxRobot robot) {
        open(Language.NL);
        tickSeed(robot, "employee");
        click(robot, "#option-yes");
        click(robot, "#next");
        app.dialogs.choices.add(2); // Save / Discard / Cancel: cancel
        app.fireMenu("menu-file-startOver");
        TestDesktop.await(() -> app.dialogs.last().isPresent());
        assertEquals("Uw antwoorden zijn niet bewaard", app.dialogs.last().get().title());
        assertShows(app.dialogs.last().get().message(), "Meerdere onderwerpen: Profiel van de werknemer online");
        assertEquals(Screen.QUESTION, screen(), "cancelled: the walk stays");
        assertEquals(1, onFx(() -> app.desktop.session().combined().path().size()));

        click(robot, "#back");
        click(robot, "#back"); // from the first question back to the topics; the walk is kept for the session
        assertEquals(Screen.START, screen());
        robot.interact(() -> robot.lookup("#several").queryAs(TitledPane.class).setExpanded(true));
        for (String topic : SEED) {
            assertTrue(robot.lookup("#several-" + topic).queryAs(CheckBox.class).isSelected(), topic + " stays ticked");
        }
        click(robot, "#begin-several");
        assertEquals(1, onFx(() -> app.desktop.session().combined().answers().size()), "the answer is kept");
    }
}
