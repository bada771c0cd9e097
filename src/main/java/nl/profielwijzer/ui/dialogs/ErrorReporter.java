package nl.profielwijzer.ui.dialogs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import javafx.application.Platform;

import nl.profielwijzer.ui.i18n.I18n;

/**
 * The last line of defence: an exception nobody caught is logged with its details (java.util.logging, also to
 * a log file in the temp folder) and shown as a short, readable message without a stack trace. The window
 * stays usable.
 */
public final class ErrorReporter implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = Logger.getLogger("nl.profielwijzer.ui");

    private final DialogService dialogs;
    private final I18n i18n;
    private final AtomicBoolean showing = new AtomicBoolean();
    private volatile Path logFile;

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
        ensureLogFile();
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
            String where = logFile == null ? i18n.get("error.unexpected.logged") : i18n.format(
                    "error.unexpected.logfile", logFile.toString());
            dialogs.showError(i18n.get("error.unexpected.title"), i18n.get("error.unexpected.message") + "\n\n"
                    + where);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not show the error dialog", e);
        } finally {
            showing.set(false);
        }
    }

    private synchronized void ensureLogFile() {
        if (logFile != null) {
            return;
        }
        try {
            Path file = Path.of(System.getProperty("java.io.tmpdir"), "profielwijzer-errors.log");
            FileHandler handler = new FileHandler(file.toString(), true);
            handler.setFormatter(new SimpleFormatter());
            LOG.addHandler(handler);
            logFile = file;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "No log file: " + e.getMessage());
        }
    }

    /** The file the details went to, once there was an error. */
    public Path logFile() {
        return logFile;
    }
}
