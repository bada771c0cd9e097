package nl.profielwijzer.ui.dialogs;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything that asks the user something outside the main window: messages, questions and file choosers. View
 * models talk to this interface only, so tests replace it with a fake.
 */
public interface DialogService {
    /** A problem the user should read; {@code message} says what went wrong and what to do. */
    void showError(String title, String message);

    void showInformation(String title, String message);

    /**
     * A question with two answers, e.g. "Open the PDF now?"; true when the user chose {@code confirmLabel}.
     * Closing the dialog counts as {@code cancelLabel}.
     */
    boolean confirm(String title, String message, String confirmLabel, String cancelLabel);

    /** The answers file to open, or empty when the user cancelled. */
    Optional<Path> chooseAnswersToOpen();

    /** Where to save the answers, or empty when the user cancelled. */
    Optional<Path> chooseAnswersToSave(String suggestedName);

    /** Where to save the advice as PDF, or empty when the user cancelled. */
    Optional<Path> choosePdfToSave(String suggestedName);
}
