package nl.profielwijzer.ui.dialogs;

import java.nio.file.Path;
import java.util.List;
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

    /**
     * A question with several answers, e.g. "Save / Discard / Cancel"; the last of {@code choices} cancels.
     *
     * @return the index of the chosen answer in {@code choices}; closing the dialog counts as the last one
     */
    int choose(String title, String message, List<String> choices);

    /** The answers file to open, or empty when the user cancelled. */
    Optional<Path> chooseAnswersToOpen();

    /**
     * Where to save answers, or empty when the user cancelled.
     *
     * @param title what is being saved, e.g. "Save the answers of: Photo"
     */
    Optional<Path> chooseAnswersToSave(String title, String suggestedName);

    /** Where to save the advice as PDF, or empty when the user cancelled. */
    Optional<Path> choosePdfToSave(String suggestedName);
}
