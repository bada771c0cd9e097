package nl.profielwijzer.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line, parsed by picocli (docs/decisions/0008). Never starts the JavaFX toolkit, so it runs on
 * machines without a display.
 *
 * <p><b>Adding a sub-command:</b> write a class annotated {@code @Command(name = "...")} that implements
 * {@code Callable<Integer>} (see {@link TreesCommand} for the smallest one), take the shared options as
 * {@code @Mixin}s from {@link CliOptions}, print through {@link #terminal()} of the {@code @ParentCommand}, and add
 * the class to {@code subcommands} below. Return an {@link ExitCode}; throw {@link UsageError} for input the user
 * must change (exit 2). The launcher needs no change: every first argument that is not a desktop-app option goes
 * to the command line.
 */
@Command(name = "profielwijzer", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        sortOptions = false, usageHelpAutoWidth = false,
        description = {"What may a Dutch employer demand of an employee online?",
            "Without a command the desktop app opens: profielwijzer [--trees DIR]."},
        subcommands = {ValidateCommand.class, TreesCommand.class, RunCommand.class, CheckCommand.class,
            ExportCommand.class,
            ReviewCommand.class, AutoComplete.GenerateCompletion.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  done (validate: no errors; warnings allowed)",
            "  1  problems found, or a tree could not be used",
            "  2  usage error: unknown command, option, tree, question or option id; an answer off the path",
            "  3  more answers are needed (run, check, export): the next question is printed",
            "  4  a file could not be written; nothing was changed",
            "Run 'profielwijzer COMMAND --help' for the options of one command."})
public final class Cli implements Callable<Integer> {
    private static final Logger LOG = Logger.getLogger(Cli.class.getName());
    private static final String USAGE = "Usage: ";

    @Spec
    private CommandSpec spec;

    private Terminal terminal;

    /** Runs the command line from {@code main}: exits the JVM with the command's exit code. */
    public static void main(String[] args) {
        int code = new Cli().run(args, System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    /**
     * Parses {@code args}, runs the command and returns its exit code ({@link ExitCode}). Help and version go to
     * {@code out}; usage errors, problems and messages to {@code err}, all through {@link EscapingPrintStream}.
     * Never throws.
     */
    public int run(String[] args, PrintStream rawOut, PrintStream rawErr) {
        PrintStream out = EscapingPrintStream.of(rawOut); // the one place output is made safe for a terminal
        PrintStream err = EscapingPrintStream.of(rawErr);
        terminal = new Terminal(out, err);
        CommandLine line = commandLine();
        line.setOut(EscapingPrintStream.writer(out));
        line.setErr(EscapingPrintStream.writer(err));
        int code = line.execute(args);
        line.getOut().flush();
        line.getErr().flush();
        return code;
    }

    /** The picocli model of the whole command line (also used to generate the shell completion script). */
    CommandLine commandLine() {
        CommandLine line = new CommandLine(this);
        line.setUsageHelpWidth(100);
        line.setParameterExceptionHandler(usageErrors());
        line.setExecutionExceptionHandler(failures());
        return line;
    }

    /** Where commands print: their results to standard output, messages to standard error. */
    Terminal terminal() {
        return terminal;
    }

    /** {@code profielwijzer} alone (only reachable from tests; the launcher opens the app): the help. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.OK;
    }

    /** A line picocli cannot parse: the reason, "did you mean", the command's synopsis; exit 2. */
    private static IParameterExceptionHandler usageErrors() {
        return (ParameterException e, String[] args) -> {
            CommandLine line = e.getCommandLine();
            PrintWriter err = line.getErr();
            err.println(prefix(line) + message(e));
            UnmatchedArgumentException.printSuggestions(e, err);
            err.print(USAGE + line.getHelp().synopsis(USAGE.length()));
            err.println("Run '" + line.getCommandSpec().qualifiedName() + " --help' for more.");
            return ExitCode.USAGE;
        };
    }

    /** A command that failed: a usage error (exit 2), an early end with a code, or a bug (exit 1, no stack trace). */
    private static IExecutionExceptionHandler failures() {
        return (Exception e, CommandLine line, ParseResult parsed) -> {
            PrintWriter err = line.getErr();
            if (e instanceof UsageError) {
                err.println(prefix(line) + e.getMessage());
                err.print(USAGE + line.getHelp().synopsis(USAGE.length()));
                return ExitCode.USAGE;
            }
            if (e instanceof Library.Failed failed) {
                return failed.exitCode;
            }
            LOG.log(Level.SEVERE, "command " + line.getCommandName() + " failed", e);
            err.println(prefix(line) + "something went wrong inside Profielwijzer. This is a bug; please report it.");
            return ExitCode.PROBLEMS;
        };
    }

    /** picocli's message, except that a word where a command belongs is called an unknown command. */
    private static String message(ParameterException e) {
        if (e instanceof UnmatchedArgumentException u && e.getCommandLine().getParent() == null
                && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
            return "unknown command '" + u.getUnmatched().get(0) + "'";
        }
        return e.getMessage();
    }

    private static String prefix(CommandLine line) {
        return line.getCommandSpec().qualifiedName() + ": ";
    }

    /** The version from the jar's manifest, "dev" when run from classes. */
    public static String version() {
        String v = Cli.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** {@code --version}: "profielwijzer 0.1.0". */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"profielwijzer " + version()};
        }
    }
}
