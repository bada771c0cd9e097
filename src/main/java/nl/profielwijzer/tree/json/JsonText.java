package nl.profielwijzer.tree.json;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;


/**
 * Turns the bytes of a file into a {@link Json} value with positions, or into one plain-words complaint
 * with the line and column where reading stopped. Never throws for bad input.
 */
public final class JsonText {

    /** Either a value or a complaint. */
    public sealed interface Result permits Parsed, Refused {
    }

    public record Parsed(Json value) implements Result {
    }

    public record Refused(Position at, String message) implements Result {
    }

    /** The most digits a number may have; numbers in tree files are short. */
    public static final int MAX_NUMBER_DIGITS = 1_000;

    /**
     * Jackson's own limits are set far above ours, so that every limit is checked here, where the position of the
     * offending value is known and the message can be in plain words (the file size bounds everything anyway).
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(1_000)
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxNumberLength(Integer.MAX_VALUE)
                    .maxNameLength(Integer.MAX_VALUE)
                    .build())
            .build();

    /**
     * What the parser accepts: file size in bytes, nesting depth of objects and lists, characters per text.
     * Each message about a limit names it.
     */
    public record Limits(long maxFileBytes, int maxNestingDepth, int maxStringChars) {
        /**
         * The most values (texts, numbers, lists, objects, …) a file may hold: one per 8 bytes of the size limit,
         * 524,288 for 4 MB. A real tree of 5,000 nodes holds about 200,000; two million one-character items would
         * cost more memory than the whole file is worth.
         */
        public long maxValues() {
            return maxFileBytes / 8;
        }
    }

    private final Limits limits;
    /** Values read so far by {@link #parse}; an instance reads one file. */
    private long values;

    public JsonText(Limits limits) {
        this.limits = limits;
    }

    public Result parse(byte[] bytes) {
        values = 0;
        if (bytes.length == 0 || isBlank(bytes)) {
            return new Refused(Position.START, "the file is empty; a JSON object starting with '{' was expected");
        }
        if (bytes.length > limits.maxFileBytes()) {
            return new Refused(Position.START, tooLarge(bytes.length, limits.maxFileBytes()));
        }
        Refused encoding = checkEncoding(bytes);
        if (encoding != null) {
            return encoding;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Refused(Position.START, "the file is empty; a JSON object starting with '{' was expected");
            }
            Json value = read(parser, 1);
            JsonToken after = parser.nextToken();
            if (after != null) {
                return new Refused(at(parser.currentTokenLocation()),
                        "there is more after the end of the JSON value; a file holds exactly one JSON object");
            }
            return new Parsed(value);
        } catch (LimitExceeded e) {
            return new Refused(e.at, e.getMessage());
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            Position at = where == null ? Position.START : at(where);
            return new Refused(at, "malformed JSON: " + plain(e.getOriginalMessage()));
        } catch (IOException e) {
            return new Refused(Position.START, "the file could not be read: " + e.getMessage());
        }
    }

    public static String tooLarge(long size, long limit) {
        String shown = megabytes(size);
        String limitShown = megabytes(limit);
        if (shown.equals(limitShown)) { // "4.0 MB, above the limit of 4.0 MB" says nothing: give the bytes
            shown = String.format(java.util.Locale.ROOT, "%,d bytes", size);
            limitShown = String.format(java.util.Locale.ROOT, "%,d bytes (%s)", limit, limitShown);
        }
        return "the file is " + shown + ", above the limit of " + limitShown + " for a tree file";
    }

    private static String megabytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return (bytes / 1024) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private Json read(JsonParser parser, int depth) throws IOException {
        JsonToken token = parser.currentToken();
        Position at = tokenPosition(parser);
        if (++values > limits.maxValues()) {
            throw new LimitExceeded(at, String.format(java.util.Locale.ROOT, "the file holds more than %,d values"
                    + " (texts, numbers, lists, objects), the limit for a file of at most %s; this is where it"
                    + " passes the limit", limits.maxValues(), megabytes(limits.maxFileBytes())));
        }
        switch (token) {
            case START_OBJECT: {
                checkDepth(depth, at);
                checkInterrupted(at);
                List<Json.Member> members = new ArrayList<>(8);
                Map<String, Position> seen = new HashMap<>(); // a set, not a scan: 100,000 keys stay linear
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    Position nameAt = at(parser.currentTokenLocation()); // names: Jackson keeps their start apart
                    if (name.length() > limits.maxStringChars()) {
                        throw new LimitExceeded(nameAt, String.format(java.util.Locale.ROOT, "a field name of %,d"
                                + " characters is above the limit of %,d characters", name.length(),
                                limits.maxStringChars()));
                    }
                    Position earlier = seen.putIfAbsent(name, nameAt);
                    if (earlier != null) {
                        throw new LimitExceeded(nameAt, "the field " + quoted(name) + " appears twice in the"
                                + " same object (first at line " + earlier.line() + "); keep one");
                    }
                    parser.nextToken();
                    Json value = read(parser, depth + 1);
                    members.add(new Json.Member(name, nameAt, value));
                }
                return new Json.JsonObject(members, at);
            }
            case START_ARRAY: {
                checkDepth(depth, at);
                checkInterrupted(at);
                List<Json> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(parser, depth + 1));
                }
                // empty and one-item lists (most lists in a tree) without a spare array: less to collect
                return new Json.JsonArray(items.isEmpty() ? List.of() : items.size() == 1 ? List.of(items.get(0))
                        : items, at);
            }
            case VALUE_STRING: {
                String value = parser.getText();
                if (value.length() > limits.maxStringChars()) {
                    throw new LimitExceeded(at, "a text of " + value.length() + " characters is above the limit of "
                            + limits.maxStringChars() + " characters per text");
                }
                return new Json.JsonString(value, at);
            }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: {
                String digits = parser.getText();
                if (digits.length() > MAX_NUMBER_DIGITS) {
                    throw new LimitExceeded(at, String.format(java.util.Locale.ROOT, "a number of %,d characters is"
                            + " above the limit of %,d digits per number", digits.length(), MAX_NUMBER_DIGITS));
                }
                return new Json.JsonNumber(digits, at);
            }
            case VALUE_TRUE:
                return new Json.JsonBoolean(true, at);
            case VALUE_FALSE:
                return new Json.JsonBoolean(false, at);
            case VALUE_NULL:
                return new Json.JsonNull(at);
            default:
                throw new LimitExceeded(at, "unexpected JSON here");
        }
    }

    /** A field name for a message, cut to 80 characters (a name may be 20,000 characters long). */
    private static String quoted(String name) {
        return "\"" + (name.length() > 80 ? name.substring(0, 79) + "…" : name) + "\"";
    }

    /** A caller that gave up waiting (a time budget per file) interrupts the reading thread: stop soon. */
    private static void checkInterrupted(Position at) {
        if (Thread.currentThread().isInterrupted()) {
            throw new LimitExceeded(at, "reading was stopped: the file took too long");
        }
    }

    private void checkDepth(int depth, Position at) {
        if (depth > limits.maxNestingDepth()) {
            throw new LimitExceeded(at, "the JSON is nested deeper than the limit of " + limits.maxNestingDepth()
                    + " levels");
        }
    }

    private static Refused checkEncoding(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Refused(Position.START, "the file starts with a byte-order mark (BOM); "
                    + "save it as UTF-8 without BOM");
        }
        if (b.length >= 2 && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
                || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE))) {
            return new Refused(Position.START, "the file is UTF-16 text; save it as UTF-8 (without BOM)");
        }
        if (b.length >= 2 && (b[0] == 0 || b[1] == 0)) {
            return new Refused(Position.START, "the file looks like UTF-16 or binary data (it contains zero bytes); "
                    + "save it as UTF-8 text");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
        } while (result.isOverflow());
        if (result.isError()) {
            int offset = in.position();
            return new Refused(positionOfByte(b, offset), String.format(java.util.Locale.ROOT,
                    "the file is not UTF-8 text (byte 0x%02X cannot be read); is it a binary file? "
                            + "Save tree files as UTF-8 JSON", b[offset] & 0xFF));
        }
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                return new Refused(positionOfByte(b, i), "the file contains a zero byte; is it a binary file?");
            }
        }
        return null;
    }

    private static Position positionOfByte(byte[] b, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (b[i] == '\n') {
                line++;
                column = 1;
            } else if ((b[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new Position(line, column);
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The start of the current token, from Jackson's public location API (line and column from 1). */
    private static Position tokenPosition(JsonParser parser) {
        return at(parser.currentTokenLocation());
    }

    private static Position at(JsonLocation location) {
        return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    /**
     * Jackson's messages mention Java types, API names and source descriptions; keep the useful first sentence
     * in plain words.
     */
    static String plain(String message) {
        if (message == null) {
            return "the text is not valid JSON";
        }
        String first = message.lines().findFirst().orElse(message);
        first = first.replaceAll("\\s*\\([^()]*`[^()]*\\)", "") // "(…, from `StreamReadConstraints.…`)"
                .replaceAll("\\s*\\(JSON String, Number, Array, Object or token 'null', 'true' or 'false'\\)",
                        " a text, number, list, object, true, false or null")
                .replaceAll("\\b(java|javax|com\\.fasterxml)(\\.[A-Za-z_$][\\w$]*)+", "")
                .replace("Unexpected end-of-input", "the file ends too early")
                .replace("Unexpected character", "unexpected character")
                .replace("Unrecognized token", "unrecognised word");
        return first.isBlank() ? "the text is not valid JSON" : first.strip();
    }

    /** Used only to leave the recursive reader at once. */
    private static final class LimitExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Position at;

        LimitExceeded(Position at, String message) {
            super(message, null, false, false);
            this.at = at;
        }
    }

}
