package nl.profielwijzer;

import nl.profielwijzer.cli.Cli;
import nl.profielwijzer.ui.LaunchOptions;

/**
 * The launcher. With a sub-command it runs the command line and never starts JavaFX; without one it opens
 * the desktop app. It does not extend Application, so {@code java -jar} works with JavaFX on the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // The desktop app's own options skip the command table, which would load the JSON library before the
        // first frame for nothing.
        if (args.length > 0 && !LaunchOptions.isDesktopOption(args[0]) && Cli.isCommand(args[0])) {
            int code = new Cli().run(args, System.out, System.err);
            System.out.flush();
            System.exit(code);
        }
        openDesktopApp(args);
    }

    private static void openDesktopApp(String[] args) {
        nl.profielwijzer.ui.DesktopApp.launchApp(args);
    }
}
