package nl.profielwijzer.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The desktop app's command-line options.
 *
 * @param trees a folder of trees to use instead of the bundled ones ({@code --trees DIR})
 * @param smoke start, wait for the first frame, print {@code first-frame-ms=N} and exit ({@code --smoke})
 */
public record LaunchOptions(Optional<Path> trees, boolean smoke) {
    /** Whether a first argument belongs to the desktop app rather than to a command-line sub-command. */
    public static boolean isDesktopOption(String arg) {
        return arg.equals("--smoke") || arg.equals("--trees") || arg.startsWith("--trees=");
    }

    public static LaunchOptions parse(List<String> args) {
        Optional<Path> trees = Optional.empty();
        boolean smoke = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--smoke")) {
                smoke = true;
            } else if (arg.equals("--trees") && i + 1 < args.size()) {
                trees = Optional.of(Path.of(args.get(++i)));
            } else if (arg.startsWith("--trees=")) {
                trees = Optional.of(Path.of(arg.substring("--trees=".length())));
            }
        }
        return new LaunchOptions(trees, smoke);
    }
}
