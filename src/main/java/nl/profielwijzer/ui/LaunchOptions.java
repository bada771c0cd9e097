package nl.profielwijzer.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The desktop app's command-line options.
 *
 * @param trees a folder of trees to use instead of the bundled ones ({@code --trees DIR})
 * @param smoke start, wait for the first frame, print {@code first-frame-ms=N} and exit ({@code --smoke})
 * @param answers a saved answers file to open once the trees are loaded: an argument ending in
 *        {@code .pwa.json}, as a file manager passes it ("Open with Profielwijzer")
 */
public record LaunchOptions(Optional<Path> trees, boolean smoke, Optional<Path> answers) {
    /** The extension of saved answers files (as {@code AnswersFile.EXTENSION}, without loading the engine). */
    private static final String ANSWERS_EXTENSION = ".pwa.json";

    /**
     * Whether the arguments are for the desktop app: none, or only {@code --smoke}, {@code --trees DIR},
     * {@code --trees=DIR} and an answers file ({@code *.pwa.json}). Anything else is for the command line. Loads
     * nothing beyond this class.
     */
    public static boolean isDesktopLaunch(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--trees")) {
                i++; // its value, whatever it is
            } else if (!arg.equals("--smoke") && !arg.startsWith("--trees=") && !isAnswersFile(arg)) {
                return false;
            }
        }
        return true;
    }

    /** What is wrong with desktop-app arguments, in plain words: a {@code --trees} without a folder name. */
    public static Optional<String> problem(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String folder = null;
            if (args[i].equals("--trees")) {
                folder = i + 1 < args.length ? args[++i] : "";
            } else if (args[i].startsWith("--trees=")) {
                folder = args[i].substring("--trees=".length());
            }
            if (folder != null && folder.isBlank()) {
                return Optional.of("--trees needs the name of a folder of trees");
            }
        }
        return Optional.empty();
    }

    public static LaunchOptions parse(List<String> args) {
        Optional<Path> trees = Optional.empty();
        boolean smoke = false;
        Optional<Path> answers = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--smoke")) {
                smoke = true;
            } else if (arg.equals("--trees") && i + 1 < args.size()) {
                trees = Optional.of(Path.of(args.get(++i)));
            } else if (arg.startsWith("--trees=")) {
                trees = Optional.of(Path.of(arg.substring("--trees=".length())));
            } else if (isAnswersFile(arg) && answers.isEmpty()) {
                answers = Optional.of(Path.of(arg));
            }
        }
        return new LaunchOptions(trees, smoke, answers);
    }

    private static boolean isAnswersFile(String arg) {
        return !arg.startsWith("-") && arg.toLowerCase(java.util.Locale.ROOT).endsWith(ANSWERS_EXTENSION);
    }
}
