package nl.profielwijzer.tree;

import nl.profielwijzer.tree.json.Position;

/**
 * Something wrong (or worth a look) in a tree file, at the position of the offending value.
 * Printed as {@code FILE:LINE:COLUMN: error|warning: message}.
 */
public record Problem(String file, int line, int column, Severity severity, String message) {

    /** The longest message kept; a longer one (quoting a huge value) is cut in the middle. */
    public static final int MAX_MESSAGE = 2_000;

    public Problem {
        message = SafeText.shorten(message, MAX_MESSAGE);
    }

    public enum Severity {
        ERROR("error"), WARNING("warning");

        private final String word;

        Severity(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public static Problem error(String file, Position at, String message) {
        return new Problem(file, at.line(), at.column(), Severity.ERROR, message);
    }

    public static Problem warning(String file, Position at, String message) {
        return new Problem(file, at.line(), at.column(), Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line, whatever the file name or message holds: line breaks and other control characters escaped. */
    @Override
    public String toString() {
        return SafeText.escape(file, false) + ":" + line + ":" + column + ": " + severity.word() + ": "
                + SafeText.escape(message, false);
    }
}
