package nl.profielwijzer.benchmark;

import java.lang.management.ManagementFactory;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The start-up baseline: a minimal JavaFX window (one label) of the same size as Profielwijzer's, measured the
 * same way as {@code profielwijzer --smoke}: JVM start to the first rendered frame, printed as
 * {@code first-frame-ms=N}. Run by docs/benchmarks/startup.sh. A launcher that does not extend Application, as
 * the real app's Main.
 */
public final class MinimalWindow {
    private MinimalWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Minimal");
            stage.setScene(new Scene(new Label("Minimal JavaFX window"), 1000, 720));
            stage.show();
            new AnimationTimer() {
                private int pulses;

                @Override
                public void handle(long now) {
                    if (++pulses == 2) {
                        stop();
                        long at = System.currentTimeMillis();
                        System.out.println("first-frame-ms=" + (at
                                - ManagementFactory.getRuntimeMXBean().getStartTime()));
                        System.out.flush();
                        Platform.exit();
                        System.exit(0);
                    }
                }
            }.start();
        }
    }
}
