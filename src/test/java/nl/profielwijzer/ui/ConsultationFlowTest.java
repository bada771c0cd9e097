package nl.profielwijzer.ui;

import static nl.profielwijzer.ui.TestDesktop.allText;
import static nl.profielwijzer.ui.TestDesktop.answer;
import static nl.profielwijzer.ui.TestDesktop.assertNotShows;
import static nl.profielwijzer.ui.TestDesktop.assertShows;
import static nl.profielwijzer.ui.TestDesktop.begin;
import static nl.profielwijzer.ui.TestDesktop.click;
import static nl.profielwijzer.ui.TestDesktop.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Whole consultations through the question and conclusion screens, by mouse and by keyboard. */
@ExtendWith(ApplicationExtension.class)
class ConsultationFlowTest {
    private TestDesktop app;

    @Start
    void start(Stage stage) {
        app = TestDesktop.open(stage);
    }

    private Node page() {
        return app.desktop.window().page().node();
    }

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({
        "employee, yes,     'yes',          verdict-yes,     'Ja, u moet meewerken'",
        "employer, yes,     'yes',          verdict-yes,     'Ja, dat mag'",
        "employer, yes,     'partly',       verdict-yes-if,  'Ja, als'",
        "employee, no,      '',             verdict-no,      'Nee, dat hoeft niet'",
        "employer, yes,     'unsure',       verdict-unclear, 'Dat hangt ervan af'"})
    void aFullConsultationEndsInTheVerdictPhrasedForTheRole(String role, String first, String second,
            String verdictClass, String label, FxRobot robot) {
        app.awaitStart();
        begin(robot, role, "demo");
        answer(robot, first);
        if (!second.isEmpty()) {
            answer(robot, second);
        }
        Node banner = robot.lookup("#verdict-banner").query();
        assertTrue(banner.getStyleClass().contains(verdictClass), banner.getStyleClass().toString());
        assertEquals(label, text(robot, "#verdict-label"));
        assertShows(banner.getAccessibleText(), label);
        assertTrue(robot.lookup("#verdict-banner .image-view").tryQuery().isPresent(), "the verdict has an icon");
        String all = allText(page());
        assertShows(all, "Uw antwoorden", "Wat zou de uitkomst veranderen?", "Wat kunt u nu doen?", "Bronnen",
                "Stand van het recht: 22 november 2026", "Dit is algemene informatie",
                "Heeft u contact met klanten?");
        boolean contested = verdictClass.equals("verdict-unclear");
        assertEquals(contested, robot.lookup("#views").tryQuery().isPresent());
        assertEquals(verdictClass.equals("verdict-yes-if"), robot.lookup("#conditions").tryQuery().isPresent());
        if (contested) {
            assertShows(allText(robot.lookup("#views").query()), "Hierover verschillen de meningen", "AP",
                    "Toestemming nodig.", "Rechter", "Mag wel.", "ECLI:NL:HR:2017:364");
        }
        if (verdictClass.equals("verdict-yes-if")) {
            assertShows(allText(robot.lookup("#conditions").query()), "U informeert de werknemer.");
        }
        assertShows(all, role.equals("employee") ? "U bent werknemer" : "U bent werkgever");
    }

    @Test
    void aTreeWithoutVerdictLabelsUsesThePlainVerdictWord(FxRobot robot) {
        app.awaitStart();
        begin(robot, "employee", "clause");
        answer(robot, "no");
        assertEquals("Nee", text(robot, "#verdict-label"));
        assertShows(allText(page()), "Bindt het beding mij?");
    }

    /** ADR 0007: "probably" under a likely verdict; a judgment that is not final says so; history apart. */
    @Test
    void theConclusionShowsCertaintyStandingAndHistoryInWords(FxRobot robot) {
        app.awaitStart();
        begin(robot, "employee", "clause");
        answer(robot, "yes");
        assertEquals("Waarschijnlijk wel", text(robot, "#verdict-label"));
        assertShows(text(robot, "#certainty-note"), "waarschijnlijke uitkomst");
        assertShows(robot.lookup("#verdict-banner").query().getAccessibleText(), "Waarschijnlijk wel",
                "waarschijnlijke uitkomst");
        String citations = allText(robot.lookup("#citations").query());
        assertShows(citations, "ECLI:NL:RBARN:2011:BP8592", "voorlopig oordeel in kort geding");
        assertFalse(citations.contains("RBGRO"), citations);
        Hyperlink interim = robot.lookup("#citations .hyperlink").queryAllAs(Hyperlink.class).stream()
                .filter(l -> l.getText().contains("BP8592")).findFirst().orElseThrow();
        assertShows(interim.getAccessibleText(), "voorlopig oordeel in kort geding");
        assertShows(allText(robot.lookup("#history").query()), "Geschiedenis van de zaak", "ECLI:NL:RBGRO:2012:3726",
                "vernietigd door een hogere rechter (ECLI:NL:HR:2017:364)");
    }

    @Test
    void aSettledVerdictHasNoCertaintyNoteAndNoHistory(FxRobot robot) {
        app.awaitStart();
        begin(robot, "employee", "clause");
        answer(robot, "no");
        assertFalse(robot.lookup("#certainty-note").tryQuery().isPresent());
        assertFalse(robot.lookup("#history").tryQuery().isPresent());
    }

    @Test
    void aChosenCitationShowsWhatTheSourceSaysAndOpensOnlyOnTheSeparateButton(FxRobot robot) {
        app.awaitStart();
        begin(robot, "employer", "demo");
        answer(robot, "yes");
        answer(robot, "partly");
        List<Hyperlink> citations = robot.lookup("#citations .citation").queryAllAs(Hyperlink.class).stream()
                .toList();
        assertEquals(2, citations.size());
        Hyperlink first = citations.get(0);
        Node panel = robot.lookup("#citation-1-panel").query();
        assertShows(first.getText(), "art. 7:660 BW, lid 1", "Instructiebevoegdheid", "Wet");
        assertShows(first.getAccessibleHelp(), "De werkgever mag opdrachten geven over het werk.");
        assertFalse(panel.isVisible(), "closed until chosen");

        robot.interact(first::requestFocus);
        robot.type(KeyCode.SPACE);
        assertTrue(panel.isVisible(), "the keyboard opens it");
        Label summary = robot.lookup("#citation-1-summary").queryAs(Label.class);
        assertTrue(summary.isVisible());
        assertEquals("De werkgever mag opdrachten geven over het werk.", summary.getText());
        assertEquals(List.of(), app.opened, "choosing a citation opens no browser");

        Button open = robot.lookup("#citation-1-open").queryAs(Button.class);
        assertEquals("Openen in browser", open.getText());
        assertShows(open.getAccessibleHelp(), "https://wetten.overheid.nl/");
        robot.type(KeyCode.TAB);
        assertTrue(open.isFocused(), "Tab reaches the open button next");
        robot.type(KeyCode.ENTER);
        assertEquals(List.of("https://wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&artikel=660"), app.opened);
    }

    @Test
    void backKeepsTheAnswerAndABreadcrumbJumpLetsAnEarlierAnswerChange(FxRobot robot) {
        app.awaitStart();
        begin(robot, "employer", "demo");
        assertEquals("Terug naar de onderwerpen", text(robot, "#back").replace("_", ""));
        answer(robot, "yes");
        assertEquals("Is het nodig voor het werk?", text(robot, "#question-text"));
        assertShows(text(robot, "#progress"), "Vraag 2", "1 beantwoord", "dit is de laatste vraag");

        click(robot, "#back");
        assertEquals("Heeft u contact met klanten?", text(robot, "#question-text"));
        assertTrue(robot.lookup("#option-yes").queryAs(RadioButton.class).isSelected(), "the answer is kept");
        click(robot, "#next");
        assertEquals("Is het nodig voor het werk?", text(robot, "#question-text"));

        click(robot, "#crumb-client");
        assertEquals("Heeft u contact met klanten?", text(robot, "#question-text"));
        answer(robot, "no");
        assertEquals("Nee, dat mag niet", text(robot, "#verdict-label"));
        assertShows(allText(robot.lookup("#answers").query()), "Nee");
        assertNotShows(allText(robot.lookup("#answers").query()), "Is het nodig voor het werk?");
    }

    @Test
    void anAnswerCanBeChangedFromTheConclusion(FxRobot robot) {
        app.awaitStart();
        begin(robot, "employer", "demo");
        answer(robot, "yes");
        answer(robot, "yes");
        assertEquals("Ja, dat mag", text(robot, "#verdict-label"));
        click(robot, "#change-needed");
        assertEquals("Is het nodig voor het werk?", text(robot, "#question-text"));
        assertTrue(robot.lookup("#option-yes").queryAs(RadioButton.class).isSelected());
        answer(robot, "partly");
        assertEquals("Ja, als", text(robot, "#verdict-label"));
    }

    @Test
    void switchingLanguageMidwayKeepsTheAnswers(FxRobot robot) {
        app.awaitStart();
        begin(robot, "employee", "demo");
        answer(robot, "yes");
        click(robot, "#option-partly");
        app.fireMenu("menu-language-en");

        assertEquals("Is it needed for the work?", text(robot, "#question-text"));
        assertShows(text(robot, "#progress"), "Question 2", "1 answered");
        assertEquals("Next", text(robot, "#next").replace("_", ""));
        assertEquals("Profielwijzer", robot.window(0).getScene().getWindow() instanceof Stage s ? s.getTitle() : "");
        click(robot, "#back");
        assertEquals("Do you deal with clients?", text(robot, "#question-text"));
        assertTrue(robot.lookup("#option-yes").queryAs(RadioButton.class).isSelected());
        click(robot, "#next");
        answer(robot, "partly");
        assertEquals("Yes, if", text(robot, "#verdict-label"));
        assertShows(allText(page()), "Your answers", "You inform the employee.", "Law as of 22 November 2026",
                "This is general information");

        app.fireMenu("menu-language-nl");
        assertEquals("Ja, als", text(robot, "#verdict-label"));
        assertShows(allText(page()), "U informeert de werknemer.");
    }

    @Test
    void aConsultationCanBeDoneWithTheKeyboardAlone(FxRobot robot) {
        app.awaitStart();
        tabTo(robot, "role-employer");
        robot.type(KeyCode.SPACE);
        tabTo(robot, "topic-demo");
        robot.type(KeyCode.ENTER);
        assertEquals("Heeft u contact met klanten?", text(robot, "#question-text"));
        assertEquals("option-yes", focusedId(robot), "the keyboard lands on the options");
        robot.type(KeyCode.SPACE);
        assertTrue(robot.lookup("#option-yes").queryAs(RadioButton.class).isSelected(), "Space chooses");
        robot.type(KeyCode.ENTER);
        assertEquals("Is het nodig voor het werk?", text(robot, "#question-text"));
        tabTo(robot, "option-unsure");
        robot.type(KeyCode.SPACE);
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        assertEquals("Heeft u contact met klanten?", text(robot, "#question-text"));
        robot.type(KeyCode.ENTER);
        tabTo(robot, "option-unsure");
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.ENTER);
        assertEquals("Dat hangt ervan af", text(robot, "#verdict-label"));
        assertEquals("verdict-banner", focusedId(robot));
        tabTo(robot, "change-client");
        robot.type(KeyCode.ENTER);
        assertEquals("Heeft u contact met klanten?", text(robot, "#question-text"));
    }

    @Test
    void whyWeAskExpandsInPlaceAndGlossaryTermsExplainThemselves(FxRobot robot) {
        app.awaitStart();
        begin(robot, "employee", "clause");
        TitledPane why = robot.lookup("#why").queryAs(TitledPane.class);
        assertFalse(why.isExpanded());
        robot.interact(why::requestFocus);
        robot.type(KeyCode.SPACE);
        assertTrue(why.isExpanded());
        assertShows(allText(why.getContent()), "Zonder relatiebeding geldt er geen verbod.");

        Label term = robot.lookup("#question-text .glossary-term").queryAs(Label.class);
        assertEquals("relatiebeding", term.getText());
        assertEquals("Een afspraak over klanten na uw vertrek.", term.getAccessibleHelp());
        assertTrue(term.isFocusTraversable());
        robot.interact(term::requestFocus);
        assertNotNull(term.getTooltip());
        TestDesktop.await(() -> term.getTooltip().isShowing());
        assertShows(term.getTooltip().getText(), "relatiebeding: Een afspraak over klanten na uw vertrek.");
        robot.interact(() -> robot.lookup("#option-yes").query().requestFocus());
        TestDesktop.await(() -> !term.getTooltip().isShowing());
    }

    private static String focusedId(FxRobot robot) {
        Node focus = robot.lookup("#main-root").query().getScene().getFocusOwner();
        return focus == null ? "nothing" : String.valueOf(focus.getId());
    }

    /** Presses Tab until the control with this id has the focus (in at most 40 steps). */
    private static void tabTo(FxRobot robot, String id) {
        for (int i = 0; i < 40; i++) {
            if (id.equals(focusedId(robot))) {
                return;
            }
            robot.type(KeyCode.TAB);
        }
        throw new AssertionError("Tab never reached " + id + "; focus is on " + focusedId(robot));
    }
}
