package nl.profielwijzer.tree;

/**
 * The characters a reader cannot see but a terminal, a PDF viewer or a layout engine obeys: control characters
 * (U+0000–U+001F, U+007F–U+009F, including line breaks and tabs), the line and paragraph separators
 * (U+2028, U+2029) and the text-direction controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069).
 * One definition serves both sides: validation refuses them in tree texts, and everything the command line prints
 * shows them escaped as {@code \}{@code uXXXX} (also valid inside a JSON string, so JSON output keeps its meaning).
 */
public final class SafeText {
    private SafeText() {
    }

    /** True for a character that may not stand in a text and must not reach a terminal raw. */
    public static boolean isUnsafe(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL
                || codePoint == 0x2028 || codePoint == 0x2029
                || codePoint == 0x061C || codePoint == 0x200E || codePoint == 0x200F
                || (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }

    /** The index of the first unsafe character of {@code text}, or -1. */
    public static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnsafe(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The character at {@code index} described for a message, e.g. {@code U+202E (a text-direction control)}. */
    public static String describe(String text, int index) {
        char c = text.charAt(index);
        String kind;
        if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029) {
            kind = "a line break";
        } else if (c == '\t') {
            kind = "a tab";
        } else if (c == 0x1B) {
            kind = "an escape character";
        } else if (Character.getType(c) == Character.CONTROL) {
            kind = "a control character";
        } else {
            kind = "a text-direction control";
        }
        return String.format(java.util.Locale.ROOT, "U+%04X (%s)", (int) c, kind);
    }

    /**
     * Blank for a reader: empty, or only spaces of any kind (including the non-breaking space U+00A0 and its
     * narrow variants), zero-width and other invisible format characters.
     */
    public static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
                    || isUnsafe(c))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text with every unsafe character written as {@code \}{@code uXXXX}, for a person reading a terminal.
     *
     * @param keepLineBreaks keep {@code \n} (for multi-line output such as a report); a lone {@code \r} is
     *                       always escaped, so no text can return to the start of a line and overwrite it
     */
    public static String escape(String text, boolean keepLineBreaks) {
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (keepLineBreaks && c == '\n') {
                out.append(c);
            } else if (keepLineBreaks && c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                out.append(c); // a Windows line end (println on Windows)
            } else if (isUnsafe(c)) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The text cut to at most {@code max} characters (keeping its start and end, with "…" between). */
    public static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int head = max * 2 / 3;
        int tail = max - head - 1;
        return text.substring(0, head) + "…" + text.substring(text.length() - tail);
    }

    /**
     * A value from a file quoted for a message: escaped, cut to 80 characters, with its length when cut
     * (e.g. {@code "aaaa…zz" (20000 characters)}).
     */
    public static String quote(String value) {
        String shown = "\"" + escape(shorten(value, 80), false) + "\"";
        return value.length() > 80 ? shown + " (" + value.length() + " characters)" : shown;
    }
}
