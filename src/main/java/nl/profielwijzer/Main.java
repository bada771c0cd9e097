package nl.profielwijzer;

import java.util.Optional;

import nl.profielwijzer.ui.LaunchOptions;

/**
 * The launcher. It decides from the desktop app's own option names alone ({@code --trees DIR}, {@code --smoke}):
 * no arguments or only those open the desktop app; anything else (a sub-command, {@code --help}, a typo) goes to
 * the command line, which never starts JavaFX. So neither picocli nor Jackson loads before the first frame.
 * It does not extend Application, so {@code java -jar} works with JavaFX on the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (!LaunchOptions.isDesktopLaunch(args)) {
            nl.profielwijzer.cli.Cli.main(args);
            return;
        }
        Optional<String> problem = LaunchOptions.problem(args);
        if (problem.isPresent()) {
            System.err.println("profielwijzer: " + problem.get());
            System.exit(2);
        }
        nl.profielwijzer.ui.DesktopApp.launchApp(args);
    }
}
