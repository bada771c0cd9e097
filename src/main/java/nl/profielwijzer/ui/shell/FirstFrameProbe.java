package nl.profielwijzer.ui.shell;

import java.lang.management.ManagementFactory;

import javafx.animation.AnimationTimer;

/**
 * Notices the first frame of a window that was just shown: an animation timer runs on every pulse, and when it
 * runs the second time the first pulse has rendered the scene. Used to start loading only after the window is
 * visible, and by {@code --smoke} to measure start-up.
 */
public final class FirstFrameProbe {
    private FirstFrameProbe() {
    }

    /** Call on the JavaFX thread right after {@code stage.show()}. */
    public static void afterFirstFrame(Runnable action) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }

    /** Milliseconds from the start of the JVM until now. */
    public static long millisSinceJvmStart() {
        long now = System.currentTimeMillis();
        return now - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
