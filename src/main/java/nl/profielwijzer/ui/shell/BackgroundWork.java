package nl.profielwijzer.ui.shell;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.concurrent.Task;

/** Runs slow work (loading trees, reading and writing files) off the JavaFX thread and hands back the result on it. */
public final class BackgroundWork {
    private static final Logger LOG = Logger.getLogger(BackgroundWork.class.getName());

    private final Executor executor;

    public BackgroundWork(Executor executor) {
        this.executor = executor;
    }

    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> {
            // Every failure is logged once here, with its stack trace; the caller shows the user plain words.
            LOG.log(Level.WARNING, "background work failed", task.getException());
            onFailure.accept(task.getException());
        });
        executor.execute(task);
    }

    /** A single daemon thread: background work never keeps the app from closing. */
    public static Executor daemonThread() {
        return java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "profielwijzer-background");
            t.setDaemon(true);
            return t;
        });
    }
}
