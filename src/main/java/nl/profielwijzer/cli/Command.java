package nl.profielwijzer.cli;

import java.util.List;

/** One sub-command of the command line. */
interface Command {
    /** The name typed after the program, e.g. "validate". */
    String name();

    /** One usage line, e.g. "validate [FILE_OR_DIR...]". */
    String usage();

    /** One sentence on what it does. */
    String summary();

    /** Runs the command and returns the exit code. */
    int run(List<String> args, Terminal terminal) throws UsageError;
}
