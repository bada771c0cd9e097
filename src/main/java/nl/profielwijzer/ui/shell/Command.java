package nl.profielwijzer.ui.shell;

import javafx.beans.value.ObservableBooleanValue;

/** A menu command: what it does and when it can, so that its item is disabled instead of dead. */
public record Command(Runnable action, ObservableBooleanValue enabled) {
}
