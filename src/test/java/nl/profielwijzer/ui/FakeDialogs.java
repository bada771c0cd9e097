package nl.profielwijzer.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import nl.profielwijzer.ui.dialogs.DialogService;

/** Records what would have been shown and answers the file choosers from a queue. */
final class FakeDialogs implements DialogService {
    record Shown(String kind, String title, String message) {
    }

    final List<Shown> shown = new ArrayList<>();
    final Deque<Path> filesToOpen = new ArrayDeque<>();
    final Deque<Path> filesToSave = new ArrayDeque<>();
    final List<String> suggestedNames = new ArrayList<>();

    @Override
    public synchronized void showError(String title, String message) {
        shown.add(new Shown("error", title, message));
    }

    @Override
    public synchronized void showInformation(String title, String message) {
        shown.add(new Shown("information", title, message));
    }

    @Override
    public Optional<Path> chooseAnswersToOpen() {
        return Optional.ofNullable(filesToOpen.poll());
    }

    @Override
    public Optional<Path> chooseAnswersToSave(String suggestedName) {
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(filesToSave.poll());
    }

    synchronized Optional<Shown> last() {
        return shown.isEmpty() ? Optional.empty() : Optional.of(shown.get(shown.size() - 1));
    }
}
