package nl.profielwijzer.benchmark;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import nl.profielwijzer.ui.shell.FirstFrameProbe;

/**
 * The start-up baseline: a minimal JavaFX window (one label) of the same size as Profielwijzer's, measured
 * with the same probe as {@code profielwijzer --smoke}: JVM start to the first rendered frame, printed as
 * {@code first-frame-ms=N}. Run by docs/benchmarks/startup.sh. Its launcher does not extend Application,
 * like the real app's Main.
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
            FirstFrameProbe.afterFirstFrame(() -> {
                System.out.println("first-frame-ms=" + FirstFrameProbe.millisSinceJvmStart());
                System.out.flush();
                Platform.exit();
                System.exit(0);
            });
        }
    }
}
