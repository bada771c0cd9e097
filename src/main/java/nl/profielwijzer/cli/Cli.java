package nl.profielwijzer.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The command line: {@code validate}, {@code trees}, {@code run}, {@code export} and {@code review}. Never starts
 * the JavaFX toolkit, so it runs on machines without a display.
 */
public final class Cli {
    private static final Logger LOG = Logger.getLogger(Cli.class.getName());

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Cli() {
        for (Command c : List.of(new ValidateCommand(), new TreesCommand(), new RunCommand(),
                new ExportCommand(), new ReviewCommand())) {
            commands.put(c.name(), c);
        }
    }

    /** Adds a command; used to wire in commands that live in other packages. */
    public Cli with(Command command) {
        commands.put(command.name(), command);
        return this;
    }

    public static boolean isCommand(String word) {
        return new Cli().commands.containsKey(word) || "help".equals(word) || "--help".equals(word)
                || "-h".equals(word) || "--version".equals(word);
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        Terminal terminal = new Terminal(out, err);
        if (args.length == 0 || "help".equals(args[0]) || "--help".equals(args[0]) || "-h".equals(args[0])) {
            help(out);
            return ExitCode.OK;
        }
        if ("--version".equals(args[0])) {
            out.println("profielwijzer " + version());
            return ExitCode.OK;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            err.println("profielwijzer: unknown command \"" + args[0] + "\"; commands: "
                    + String.join(", ", commands.keySet()));
            return ExitCode.USAGE;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return command.run(rest, terminal);
        } catch (UsageError e) {
            err.println("profielwijzer " + command.name() + ": " + e.getMessage());
            err.println("usage: java -jar profielwijzer.jar " + command.usage());
            return ExitCode.USAGE;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "command " + command.name() + " failed", e);
            err.println("profielwijzer " + command.name() + ": something went wrong inside Profielwijzer ("
                    + e.getClass().getSimpleName() + "). This is a bug; please report it.");
            return ExitCode.PROBLEMS;
        }
    }

    private void help(PrintStream out) {
        out.println("Profielwijzer " + version() + " — what may a Dutch employer demand of an employee online?");
        out.println();
        out.println("Without a command, the desktop app opens. Commands:");
        for (Command c : commands.values()) {
            out.println("  java -jar profielwijzer.jar " + c.usage());
            out.println("      " + c.summary());
        }
        out.println();
        out.println("Exit codes: 0 done, 1 problems found, 2 usage error, 3 more answers needed, 4 write failed.");
    }

    public static String version() {
        String v = Cli.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
