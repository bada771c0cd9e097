package nl.profielwijzer.ui;

import static nl.profielwijzer.ui.TestDesktop.answer;
import static nl.profielwijzer.ui.TestDesktop.assertShows;
import static nl.profielwijzer.ui.TestDesktop.begin;
import static nl.profielwijzer.ui.TestDesktop.onFx;
import static nl.profielwijzer.ui.TestDesktop.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Print, Save as PDF and Copy advice on the conclusion screen and in the File menu. */
@ExtendWith(ApplicationExtension.class)
class AdviceActionsTest {
    private static final List<String> ADVICE_ITEMS = List.of("menu-file-print", "menu-file-savePdf",
            "menu-file-copyAdvice");

    private TestDesktop app;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        app = TestDesktop.open(stage);
    }

    /** Employer, demo tree, "yes" then "partly": the yes-if outcome "Mag, als" citing a law and the AP. */
    private void toConclusion(FxRobot robot) {
        app.awaitStart();
        begin(robot, "employer", "demo");
        answer(robot, "yes");
        answer(robot, "partly");
        assertEquals("Ja, als", text(robot, "#verdict-label"));
    }

    private static String focusedId(FxRobot robot) {
        Node focus = robot.lookup("#main-root").query().getScene().getFocusOwner();
        return focus == null ? "nothing" : String.valueOf(focus.getId());
    }

    private static String pdfText(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertTrue(pdf.getNumberOfPages() >= 1, "the PDF has pages");
            return new PDFTextStripper().getText(pdf);
        }
    }

    private boolean menuEnabled(String id) {
        MenuItem item = app.desktop.window().menu().item(id).orElseThrow();
        return onFx(() -> !item.isDisable());
    }

    @Test
    void theThreeActionsAreOnTheConclusionWithTheirKeysAndTabReachesThem(FxRobot robot) {
        toConclusion(robot);
        assertEquals("Afdrukken…", text(robot, "#print").replace("_", ""));
        assertEquals("Opslaan als pdf…", text(robot, "#save-pdf").replace("_", ""));
        assertEquals("Advies kopiëren", text(robot, "#copy-advice").replace("_", ""));
        assertShows(robot.lookup("#print").queryAs(Button.class).getAccessibleHelp(), "Drukt het advies af", "Ctrl+P");
        assertShows(robot.lookup("#save-pdf").queryAs(Button.class).getAccessibleHelp(), "pdf", "Ctrl+Shift+S");
        assertShows(robot.lookup("#copy-advice").queryAs(Button.class).getAccessibleHelp(), "klembord",
                "Ctrl+Shift+C");
        assertEquals("verdict-banner", focusedId(robot));
        robot.type(KeyCode.TAB);
        assertEquals("print", focusedId(robot), "right after the verdict");
        robot.type(KeyCode.TAB);
        assertEquals("save-pdf", focusedId(robot));
        robot.type(KeyCode.TAB);
        assertEquals("copy-advice", focusedId(robot));
        robot.type(KeyCode.ENTER);
        TestDesktop.await(() -> robot.lookup("#copied").query().isVisible());
    }

    @Test
    void theMenuItemsAreDisabledUntilAConclusionIsShownAndTheirKeysDoNothingBefore(FxRobot robot) {
        app.awaitStart();
        ADVICE_ITEMS.forEach(id -> assertFalse(menuEnabled(id), id + " on the start screen"));
        assertFalse(menuEnabled("menu-view-map"), "no tree to show yet");
        begin(robot, "employer", "demo");
        ADVICE_ITEMS.forEach(id -> assertFalse(menuEnabled(id), id + " on a question"));
        assertTrue(menuEnabled("menu-view-map"));
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        assertTrue(app.dialogs.shown.isEmpty(), "Ctrl+P on a question does nothing: " + app.dialogs.shown);
        answer(robot, "yes");
        answer(robot, "partly");
        ADVICE_ITEMS.forEach(id -> assertTrue(menuEnabled(id), id + " on the conclusion"));
        assertShows(app.desktop.window().menu().item("menu-file-print").orElseThrow().getAccelerator()
                .getDisplayText(), "P");

        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        TestDesktop.await(() -> app.dialogs.last().isPresent());
        assertEquals("Geen printer gevonden", app.dialogs.last().get().title(), "Ctrl+P prints");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.S).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertTrue(app.dialogs.suggestedNames.get(0).endsWith(".pdf"), "Ctrl+Shift+S asks where to save the PDF");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.C).release(KeyCode.SHIFT, KeyCode.CONTROL);
        TestDesktop.await(() -> text(robot, "#status").contains("klembord"));

        app.dialogs.choices.add(1); // the answers were never saved: discard them
        app.fireMenu("menu-file-startOver");
        ADVICE_ITEMS.forEach(id -> assertFalse(menuEnabled(id), id + " after starting over"));
    }

    @Test
    void saveAsPdfWritesARealPdfAndOffersToOpenIt(FxRobot robot) throws IOException {
        toConclusion(robot);
        app.dialogs.pdfsToSave.add(dir.resolve("advies"));
        app.dialogs.confirmations.add(true);
        TestDesktop.click(robot, "#save-pdf");
        Path file = dir.resolve("advies.pdf");
        TestDesktop.await(() -> !app.viewed.isEmpty());
        assertEquals(List.of(file), app.viewed, "opened in the system viewer");
        assertEquals("advies-" + LocalDate.now() + ".pdf", app.dialogs.suggestedNames.get(0),
                "a neutral name: nothing about the topic on a shared computer");
        FakeDialogs.Shown offer = app.dialogs.last().orElseThrow();
        assertEquals("Het advies is opgeslagen", offer.title());
        assertShows(offer.message(), file.toString(), "Wilt u het nu openen?");
        assertEquals(List.of("Openen", "Niet nu"), app.dialogs.confirmButtons.get(0));
        assertShows(pdfText(file), "Mag, als", "U informeert de werknemer.", "art. 7:660 BW");
        assertShows(text(robot, "#status"), "opgeslagen", file.toString());
    }

    @Test
    void aPdfThatCannotBeWrittenSaysWhyInPlainWordsAndChangesNothing(FxRobot robot) throws IOException {
        toConclusion(robot);
        Path folder = Files.createDirectory(dir.resolve("advies.pdf"));
        Files.writeString(folder.resolve("inside.txt"), "keep me");
        app.dialogs.pdfsToSave.add(folder);
        TestDesktop.click(robot, "#save-pdf");
        TestDesktop.await(() -> app.dialogs.last().isPresent());
        FakeDialogs.Shown shown = app.dialogs.last().get();
        assertEquals("error", shown.kind());
        assertEquals("Opslaan als pdf is niet gelukt", shown.title());
        assertShows(shown.message(), "dit is een map", "Er is niets veranderd");
        assertTrue(Files.isDirectory(folder));
        assertEquals("keep me", Files.readString(folder.resolve("inside.txt")));
        assertEquals(List.of(folder.resolve("inside.txt")), Files.list(folder).toList(), "no temporary file left");
        assertTrue(app.viewed.isEmpty());
    }

    @Test
    void aPdfInAFolderThatDoesNotExistSaysWhyAndNamesOnlyTheUsersFile(FxRobot robot) {
        toConclusion(robot);
        Path file = dir.resolve("weg").resolve("advies.pdf");
        app.dialogs.pdfsToSave.add(file);
        TestDesktop.click(robot, "#save-pdf");
        TestDesktop.await(() -> app.dialogs.last().isPresent());
        String message = app.dialogs.last().get().message();
        assertShows(message, file.toString(), "de map bestaat niet");
        assertEquals(1, message.split(java.util.regex.Pattern.quote(dir.toString()), -1).length - 1,
                "only the user's file is named, no temporary file: " + message);
    }

    @Test
    void openingTheSavedPdfWithoutAViewerSaysSoAndOffersToCopyThePath(FxRobot robot) {
        toConclusion(robot);
        app.viewerAvailable = false;
        app.dialogs.pdfsToSave.add(dir.resolve("advies"));
        app.dialogs.confirmations.add(true); // open it now
        app.dialogs.confirmations.add(true); // copy the path
        TestDesktop.click(robot, "#save-pdf");
        TestDesktop.await(() -> app.dialogs.shown.size() == 2);
        FakeDialogs.Shown offer = app.dialogs.last().orElseThrow();
        assertEquals("Geen pdf-lezer gevonden", offer.title());
        assertShows(offer.message(), dir.resolve("advies.pdf").toString());
        assertEquals(List.of("Kopiëren", "Niet nu"), app.dialogs.confirmButtons.get(1));
        assertEquals(dir.resolve("advies.pdf").toString(), onFx(() -> Clipboard.getSystemClipboard().getString()));
        TestDesktop.await(() -> text(robot, "#status").contains("klembord"));
    }

    @Test
    void aCitationWithoutABrowserSaysSoAndOffersToCopyTheAddress(FxRobot robot) {
        toConclusion(robot);
        app.viewerAvailable = false;
        app.dialogs.confirmations.add(true);
        javafx.scene.control.Hyperlink citation = robot.lookup("#citations .hyperlink")
                .queryAs(javafx.scene.control.Hyperlink.class);
        robot.interact(citation::fire);   // a chosen citation shows its summary; the browser is a separate button
        javafx.scene.control.Button open = robot.lookup("#" + citation.getId() + "-open")
                .queryAs(javafx.scene.control.Button.class);
        robot.interact(open::fire);
        FakeDialogs.Shown offer = app.dialogs.last().orElseThrow();
        assertEquals("Geen browser gevonden", offer.title());
        assertShows(offer.message(), (String) open.getUserData());
        assertEquals(open.getUserData(), onFx(() -> Clipboard.getSystemClipboard().getString()));
    }

    @Test
    void printWithoutAPrinterSaysSoAndItsSaveAsPdfChoiceWritesThePdf(FxRobot robot) throws IOException {
        toConclusion(robot);
        app.printing.printer = null;
        app.dialogs.confirmations.add(true);   // "Save as PDF…" in the no-printer dialog
        app.dialogs.pdfsToSave.add(dir.resolve("advies.pdf"));
        app.dialogs.confirmations.add(false);  // "Not now" when offered to open it
        TestDesktop.click(robot, "#print");
        FakeDialogs.Shown none = app.dialogs.shown.get(0);
        assertEquals("confirm", none.kind());
        assertEquals("Geen printer gevonden", none.title());
        assertShows(none.message(), "geen printer", "pdf");
        assertEquals(List.of("Opslaan als pdf…", "Annuleren"), app.dialogs.confirmButtons.get(0));
        Path file = dir.resolve("advies.pdf");
        TestDesktop.await(() -> app.dialogs.shown.size() == 2);
        assertShows(pdfText(file), "Mag, als");
        assertTrue(app.viewed.isEmpty(), "not opened: the user said not now");
    }

    @Test
    void printWithoutAPrinterCancelledWritesNothing(FxRobot robot) throws IOException {
        toConclusion(robot);
        TestDesktop.click(robot, "#print");
        assertEquals(1, app.dialogs.shown.size());
        assertTrue(app.dialogs.suggestedNames.isEmpty(), "no file chooser");
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void printWithAPrinterPrintsEveryPageOfThePdfScaledToThePrintableArea(FxRobot robot) {
        toConclusion(robot);
        FakePrinting.RecordingJob job = FakePrinting.a4(true);
        app.printing.printer = job;
        TestDesktop.click(robot, "#print");
        TestDesktop.await(() -> job.ended);
        assertTrue(job.dialogShown, "the print dialog comes first");
        assertFalse(job.pages.isEmpty());
        for (Node page : job.pages) {
            ImageView image = (ImageView) page;
            assertEquals(559.3, image.getFitWidth(), 0.5, "A4 width scaled into the printable area");
            assertTrue(image.getFitHeight() <= job.area.height() + 0.01);
            assertTrue(image.getImage().getWidth() > 1200, "rendered at 150 dpi: " + image.getImage().getWidth());
        }
        TestDesktop.await(() -> text(robot, "#status").contains("Kantoorprinter"));
        assertShows(text(robot, "#status"), job.pages.size() + " pagina");
        assertTrue(app.dialogs.shown.isEmpty(), app.dialogs.shown.toString());
    }

    @Test
    void aPrinterThatRefusesAPageCancelsTheJobAndSaysSo(FxRobot robot) {
        toConclusion(robot);
        FakePrinting.RecordingJob job = FakePrinting.a4(true);
        job.refusePage = 2;
        app.printing.printer = job;
        TestDesktop.click(robot, "#print");
        TestDesktop.await(() -> job.cancelled);
        assertFalse(job.ended, "a half-printed job is cancelled, not sent");
        TestDesktop.await(() -> !app.dialogs.shown.isEmpty());
        assertShows(app.dialogs.shown.toString(), "Afdrukken is niet gelukt");
    }

    @Test
    void printCancelledInThePrintDialogPrintsNothing(FxRobot robot) {
        toConclusion(robot);
        FakePrinting.RecordingJob job = FakePrinting.a4(false);
        app.printing.printer = job;
        TestDesktop.click(robot, "#print");
        assertTrue(job.dialogShown);
        assertTrue(job.cancelled);
        assertTrue(job.pages.isEmpty());
        assertFalse(job.ended);
    }

    @Test
    void copyAdvicePutsTheAdviceWithItsSourcesOnTheClipboard(FxRobot robot) {
        toConclusion(robot);
        assertFalse(robot.lookup("#copied").query().isVisible());
        TestDesktop.click(robot, "#copy-advice");
        String copied = onFx(() -> Clipboard.getSystemClipboard().getString());
        assertShows(copied, "Mag, als", "U informeert de werknemer.",
                "https://wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&artikel=660");
        assertTrue(robot.lookup("#copied").query().isVisible(), "a short confirmation beside the button");
        assertEquals("Gekopieerd", text(robot, "#copied"));
        assertShows(text(robot, "#status"), "klembord");
    }

    @Test
    void inEnglishTheActionsAndTheAdviceAreEnglish(FxRobot robot) {
        toConclusion(robot);
        app.fireMenu("menu-language-en");
        assertEquals("Print…", text(robot, "#print").replace("_", ""));
        assertEquals("Save as PDF…", text(robot, "#save-pdf").replace("_", ""));
        assertEquals("Copy advice", text(robot, "#copy-advice").replace("_", ""));
        TestDesktop.click(robot, "#copy-advice");
        assertShows(onFx(() -> Clipboard.getSystemClipboard().getString()), "Allowed if", "You inform the employee.");
        assertEquals("Copied", text(robot, "#copied"));
    }
}
