package nl.profielwijzer.cli;

/** The exit codes of the command line, documented in the README. */
public final class ExitCode {
    /** Done; for validate: no errors (warnings allowed). */
    public static final int OK = 0;
    /** Validation found errors, or a tree could not be used. */
    public static final int PROBLEMS = 1;
    /** The command line was not understood (unknown command, option, tree, question or option id). */
    public static final int USAGE = 2;
    /** run/export: more answers are needed; the next question is printed. */
    public static final int NEEDS_ANSWERS = 3;
    /** A file could not be written. */
    public static final int WRITE_FAILED = 4;

    private ExitCode() {
    }
}
