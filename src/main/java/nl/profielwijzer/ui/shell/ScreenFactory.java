package nl.profielwijzer.ui.shell;

import nl.profielwijzer.ui.Page;

/** Builds the page for a screen from the current state; called on every move, so pages are built lazily. */
@FunctionalInterface
public interface ScreenFactory {
    Page create(Screen screen);
}
