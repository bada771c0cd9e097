package nl.profielwijzer.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hostile tree files crafted at the documented limits (each just under the 4 MB file limit, texts at 20,000
 * characters, nesting at 64): the inputs that once took minutes or ran out of memory. Used by the benchmark
 * (times) and by the tests (what is reported), never with a timed assertion.
 */
public final class CraftedInputs {
    /** The size every crafted file aims at: just under the 4 MB (4,194,304 bytes) limit. */
    public static final int TARGET_BYTES = 4_000_000;

    private CraftedInputs() {
    }

    /** Name → content of every crafted file at {@link #TARGET_BYTES}, in a fixed order. */
    public static Map<String, String> all() {
        return all(TARGET_BYTES);
    }

    /** The same kinds at about {@code size} bytes each (tests use smaller ones: the kinds, not the times, matter). */
    public static Map<String, String> all(int size) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("long-ids", longIds(size));
        all.put("many-keys", manyKeys(size));
        all.put("million-items", millionItems(size));
        all.put("values-at-limit", valuesAtLimit(size));
        all.put("long-names", longNames(size));
        all.put("long-numbers", longNumbers(size));
        all.put("near-miss-ids", nearMissIds(size));
        all.put("deep-nesting", deepNesting(size));
        all.put("long-texts", longTexts(size));
        return all;
    }

    /** The register every crafted tree cites. */
    public static String register() {
        return "{\"sources\": [{\"id\": \"law-1\", \"kind\": \"statute\", \"label\": \"art. 1\", \"title\": {\"nl\":"
                + " \"a\", \"en\": \"a\"}, \"summary\": {\"nl\": \"Een wet.\", \"en\": \"A statute.\"},"
                + " \"url\": \"https://wetten.overheid.nl/BWBR0005290\"}]}";
    }

    /**
     * Options pointing at missing ids of 20,000 characters, beside outcomes whose ids are 20,000 characters and
     * differ only at the end: the did-you-mean once compared every pair in full (57 s for 0.9 MB).
     */
    public static String longIds(int size) {
        StringBuilder nodes = new StringBuilder();
        StringBuilder options = new StringBuilder();
        String stem = "a".repeat(19_990);
        int pairs = Math.max(2, size / 40_200);
        for (int i = 0; i < pairs; i++) {
            options.append(i == 0 ? "" : ",").append(option("o" + i, stem + String.format("%010d", i)));
            nodes.append(",").append(outcome(stem + String.format("x%09d", i)));
        }
        return tree(question("q0", options.toString()) + nodes);
    }

    /** One object with about 300,000 distinct keys: the duplicate check was a scan of the keys before. */
    public static String manyKeys(int size) {
        StringBuilder keys = new StringBuilder();
        for (int i = 0; keys.length() < size - 2_000; i++) {
            keys.append(",\"k").append(i).append("\":0");
        }
        return tree(smallNodes(), keys.toString());
    }

    /**
     * About two million bad items in one list, each a problem: once out of memory in a 512 MB heap; now refused
     * where it passes the limit of values per file.
     */
    public static String millionItems(int size) {
        return withConditions("0", size - 2_000);
    }

    /**
     * Just under the limit of values per file (one per 8 bytes of the 4 MB limit): bad items that are each read and
     * reported, as many as a file may hold.
     */
    public static String valuesAtLimit(int size) {
        int items = 4 * 1024 * 1024 / 8 - 1_000; // 1,000 under the limit, for the rest of the tree
        return withConditions("0", Math.min(size - 2_000, 2 * items)); // "0," is two bytes an item
    }

    /** Field names of 20,000 characters (the limit), each an unknown field. */
    public static String longNames(int size) {
        StringBuilder keys = new StringBuilder();
        for (int i = 0; keys.length() < size - 25_000; i++) {
            keys.append(",\"").append("n".repeat(19_990)).append(String.format("%010d", i)).append("\":0");
        }
        return tree(smallNodes(), keys.toString());
    }

    /** Numbers of 1,000 digits (the limit) where texts belong. */
    public static String longNumbers(int size) {
        return withConditions("9".repeat(1_000), size - 2_000);
    }

    /** Up to 4,900 outcomes and one question whose options all miss them by one character: a did-you-mean each. */
    public static String nearMissIds(int size) {
        StringBuilder nodes = new StringBuilder();
        StringBuilder options = new StringBuilder();
        int outcomes = Math.min(4_900, size / 800);
        for (int i = 0; i < outcomes; i++) {
            nodes.append(",").append(outcome("outcome-number-" + i));
        }
        for (int i = 0; options.length() + nodes.length() < size - 2_000; i++) {
            options.append(i == 0 ? "" : ",").append(option("o" + i, "outcome-numbr-" + (i % outcomes)));
        }
        return tree(question("q0", options.toString()) + nodes);
    }

    /** Lists nested 60 deep (within the limit of 64), over and over, where texts belong. */
    public static String deepNesting(int size) {
        return withConditions("[".repeat(60) + "]".repeat(60), size - 2_000);
    }

    /** Texts of 20,000 characters (the limit), each ending in a control character. */
    public static String longTexts(int size) {
        String text = "w ".repeat(9_995) + "\\u001b";
        return withConditions("{\"nl\": \"" + text + "\", \"en\": \"" + text + "\"}", size - 45_000);
    }

    /** A small tree whose yes-if outcome lists {@code item} as its conditions, repeated to about {@code bytes}. */
    private static String withConditions(String item, int bytes) {
        StringBuilder items = new StringBuilder(bytes + item.length());
        while (items.length() < bytes) {
            items.append(items.length() == 0 ? "" : ",").append(item);
        }
        return tree(question("q0", option("a", "o1") + "," + option("b", "o2")) + ","
                + outcome("o1").replace("\"verdict\": \"no\"", "\"verdict\": \"yes-if\", \"conditions\": ["
                        + items + "]") + "," + outcome("o2"));
    }

    private static String smallNodes() {
        return question("q0", option("a", "o1") + "," + option("b", "o2")) + "," + outcome("o1") + ","
                + outcome("o2");
    }

    private static String tree(String nodes) {
        return tree(nodes, "");
    }

    private static String tree(String nodes, String extraFields) {
        return "{\"id\": \"crafted\", \"version\": \"1\", \"lawAsOf\": \"2026-11-22\", \"reviewBefore\": \"2027-11-21\","
                + " \"title\": {\"nl\": \"T\", \"en\": \"T\"}, \"headline\": {\"employer\": {\"nl\": \"?\", \"en\":"
                + " \"?\"}, \"employee\": {\"nl\": \"?\", \"en\": \"?\"}}, \"start\": \"q0\"" + extraFields
                + ", \"nodes\": [" + nodes + "]}\n";
    }

    private static String question(String id, String options) {
        return "{\"kind\": \"question\", \"id\": \"" + id + "\", \"text\": {\"nl\": \"V?\", \"en\": \"Q?\"},"
                + " \"options\": [" + options + "]}";
    }

    private static String option(String id, String next) {
        return "{\"id\": \"" + id + "\", \"label\": {\"nl\": \"J\", \"en\": \"Y\"}, \"next\": \"" + next + "\"}";
    }

    private static String outcome(String id) {
        return "{\"kind\": \"outcome\", \"id\": \"" + id + "\", \"verdict\": \"no\", \"title\": {\"nl\": \"U\","
                + " \"en\": \"O\"}, \"explanation\": {\"nl\": \"U\", \"en\": \"E\"}, \"steps\": {\"employer\":"
                + " [{\"nl\": \"D\", \"en\": \"D\"}], \"employee\": [{\"nl\": \"D\", \"en\": \"D\"}]}, \"citations\":"
                + " [{\"source\": \"law-1\"}]}";
    }
}
