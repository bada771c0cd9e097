package nl.profielwijzer.ui.dialogs;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;

import nl.profielwijzer.ui.i18n.I18n;

/**
 * The last line of defence: an exception nobody caught is logged with its details (java.util.logging, to the
 * program's error output) and shown as a short, readable message without a stack trace. The window stays usable.
 *
 * <p>No log file is written: a file in the temp folder would be a trace of the app on a shared or work computer,
 * which an employee checking privately must not leave behind (see ADR 5).
 */
public final class ErrorReporter implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = Logger.getLogger("nl.profielwijzer.ui");

    private final DialogService dialogs;
    private final I18n i18n;
    private final AtomicBoolean showing = new AtomicBoolean();

    public ErrorReporter(DialogService dialogs, I18n i18n) {
        this.dialogs = dialogs;
        this.i18n = i18n;
    }

    /** Handles uncaught exceptions of every thread, the JavaFX application thread included. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(this);
        } else {
            Platform.runLater(() -> Thread.currentThread().setUncaughtExceptionHandler(this));
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.log(Level.SEVERE, "Uncaught exception on thread " + thread.getName(), error);
        if (Platform.isFxApplicationThread()) {
            show();
        } else {
            Platform.runLater(this::show);
        }
    }

    private void show() {
        if (!showing.compareAndSet(false, true)) {
            return; // one message at a time: an error storm must not bury the window in dialogs
        }
        try {
            dialogs.showError(i18n.get("error.unexpected.title"), i18n.get("error.unexpected.message") + "\n\n"
                    + i18n.get("error.unexpected.logged"));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not show the error dialog", e);
        } finally {
            showing.set(false);
        }
    }
}
