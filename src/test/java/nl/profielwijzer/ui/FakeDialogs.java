package nl.profielwijzer.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import nl.profielwijzer.ui.dialogs.DialogService;

/** Records what would have been shown and answers the file choosers and questions from queues. */
final class FakeDialogs implements DialogService {
    record Shown(String kind, String title, String message) {
    }

    final List<Shown> shown = new ArrayList<>();
    final Deque<Path> filesToOpen = new ArrayDeque<>();
    final Deque<Path> filesToSave = new ArrayDeque<>();
    final Deque<Path> pdfsToSave = new ArrayDeque<>();
    final List<String> suggestedNames = new ArrayList<>();
    /** The answers to confirm(...), in order; without one the dialog is cancelled. */
    final Deque<Boolean> confirmations = new ArrayDeque<>();
    /** The two button labels of each confirm(...), mnemonic marks removed. */
    final List<List<String>> confirmButtons = new ArrayList<>();
    /** The answers to choose(...), as indexes, in order; without one the dialog is cancelled (the last choice). */
    final Deque<Integer> choices = new ArrayDeque<>();
    /** The choices offered by each choose(...), mnemonic marks removed. */
    final List<List<String>> chooseButtons = new ArrayList<>();
    /** The titles of the answers file choosers. */
    final List<String> saveTitles = new ArrayList<>();

    @Override
    public synchronized void showError(String title, String message) {
        shown.add(new Shown("error", title, message));
    }

    @Override
    public synchronized void showInformation(String title, String message) {
        shown.add(new Shown("information", title, message));
    }

    @Override
    public synchronized boolean confirm(String title, String message, String confirmLabel, String cancelLabel) {
        shown.add(new Shown("confirm", title, message));
        confirmButtons.add(List.of(confirmLabel.replace("_", ""), cancelLabel.replace("_", "")));
        return Boolean.TRUE.equals(confirmations.poll());
    }

    @Override
    public synchronized int choose(String title, String message, List<String> offered) {
        shown.add(new Shown("choose", title, message));
        chooseButtons.add(offered.stream().map(c -> c.replace("_", "")).toList());
        Integer answer = choices.poll();
        return answer == null ? offered.size() - 1 : answer;
    }

    @Override
    public Optional<Path> choosePdfToSave(String suggestedName) {
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(pdfsToSave.poll());
    }

    @Override
    public Optional<Path> chooseAnswersToOpen() {
        return Optional.ofNullable(filesToOpen.poll());
    }

    @Override
    public Optional<Path> chooseAnswersToSave(String title, String suggestedName) {
        saveTitles.add(title);
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(filesToSave.poll());
    }

    synchronized Optional<Shown> last() {
        return shown.isEmpty() ? Optional.empty() : Optional.of(shown.get(shown.size() - 1));
    }
}
