package nl.profielwijzer.ui.conclusion;

import java.util.function.BooleanSupplier;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

import nl.profielwijzer.ui.i18n.I18n;
import nl.profielwijzer.ui.shell.Shortcuts;
import nl.profielwijzer.ui.theme.Styles;

/**
 * The controls every conclusion has, single topic or whole-company check: the advice's actions (print, save as
 * PDF, copy, with "Copied" for a few seconds), the disclaimer, and the buttons under it (back to the last
 * question, save answers, start over); Alt+Left goes back.
 */
final class AdviceControls {
    /** How long "Copied" stays next to the button. */
    private static final Duration COPIED_SHOWN = Duration.seconds(4);

    final Button print;
    final Button savePdf;
    final Button copy;
    final Button save;
    final Button startOver;
    final Button back;
    private final Label copied;
    private final PauseTransition copiedShown = new PauseTransition(COPIED_SHOWN);

    AdviceControls(I18n i18n) {
        print = actionButton(i18n, "conclusion.print", "conclusion.print.help", Shortcuts.PRINT, "print");
        savePdf = actionButton(i18n, "conclusion.savePdf", "conclusion.savePdf.help", Shortcuts.SAVE_PDF, "save-pdf");
        copy = actionButton(i18n, "conclusion.copy", "conclusion.copy.help", Shortcuts.COPY_ADVICE, "copy-advice");
        copied = new Label(i18n.get("conclusion.copied"));
        copied.setId("copied");
        copied.getStyleClass().add(Styles.CONFIRMATION);
        copied.setVisible(false);
        copied.managedProperty().bind(copied.visibleProperty());
        copiedShown.setOnFinished(e -> copied.setVisible(false));
        save = new Button(i18n.get("conclusion.save"));
        save.setId("save-answers");
        startOver = new Button(i18n.get("conclusion.startOver"));
        startOver.setId("start-over");
        back = new Button(i18n.get("conclusion.back"));
        back.setId("back");
    }

    /** An advice action with its shortcut in the tooltip and the accessible help. */
    private static Button actionButton(I18n i18n, String textKey, String helpKey, KeyCombination key, String id) {
        Button button = new Button(i18n.get(textKey));
        button.setId(id);
        String help = i18n.get(helpKey) + " (" + key.getDisplayText() + ")";
        button.setAccessibleHelp(help);
        button.setTooltip(new Tooltip(help));
        return button;
    }

    /** Print, save as PDF, copy and "Copied" in a flow: at the largest text they wrap, never cut to "…". */
    FlowPane actions() {
        FlowPane actions = new FlowPane(print, savePdf, copy, copied);
        for (Node button : actions.getChildren()) {
            ((Region) button).setMinWidth(Region.USE_PREF_SIZE);
        }
        actions.getStyleClass().add(Styles.ADVICE_ACTIONS);
        actions.setId("advice-actions");
        return actions;
    }

    /** The disclaimer, focusable so that a screen reader reaches it. */
    static Label disclaimer(String text) {
        Label disclaimer = new Label(text);
        disclaimer.getStyleClass().add(Styles.DISCLAIMER);
        disclaimer.setWrapText(true);
        disclaimer.setId("disclaimer");
        disclaimer.setFocusTraversable(true);
        return disclaimer;
    }

    /** Back on the left; save answers and start over on the right. */
    HBox buttons() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(back, spacer, save, startOver);
        buttons.getStyleClass().add(Styles.BUTTON_BAR);
        return buttons;
    }

    /**
     * Wires the buttons; {@code copyAdvice} returns whether the advice is on the clipboard (then "Copied" shows).
     * Alt+Left anywhere on {@code page} goes back, as the Back button.
     */
    void wire(Node page, Runnable printAdvice, Runnable saveAdvicePdf, BooleanSupplier copyAdvice,
            Runnable saveAnswers, Runnable startAgain, Runnable goBack) {
        print.setOnAction(e -> printAdvice.run());
        savePdf.setOnAction(e -> saveAdvicePdf.run());
        copy.setOnAction(e -> {
            if (copyAdvice.getAsBoolean()) {
                copied.setVisible(true);
                copiedShown.playFromStart();
            }
        });
        save.setOnAction(e -> saveAnswers.run());
        startOver.setOnAction(e -> startAgain.run());
        back.setOnAction(e -> goBack.run());
        page.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && e.getCode() == KeyCode.LEFT) {
                goBack.run();
                e.consume();
            }
        });
    }
}
