package nl.profielwijzer.ui.dialogs;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything that asks the user something outside the main window: messages and file choosers. View models
 * talk to this interface only, so tests replace it with a fake.
 */
public interface DialogService {
    /** A problem the user should read; {@code message} says what went wrong and what to do. */
    void showError(String title, String message);

    void showInformation(String title, String message);

    /** The answers file to open, or empty when the user cancelled. */
    Optional<Path> chooseAnswersToOpen();

    /** Where to save the answers, or empty when the user cancelled. */
    Optional<Path> chooseAnswersToSave(String suggestedName);
}
