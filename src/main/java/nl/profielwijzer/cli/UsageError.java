package nl.profielwijzer.cli;

/** The command line was not understood; the message says what to type instead. Exit code 2. */
final class UsageError extends Exception {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
        super(message);
    }
}
