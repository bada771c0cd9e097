package nl.profielwijzer.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.profielwijzer.tree.Language;

/**
 * Every key of the UI bundle is used in the code, and every key used exists. (Both languages have the same keys and
 * placeholders: LocalizationTest, on the raw files.)
 */
class MessagesTest {
    private static final Path BUNDLES = Path.of("src/main/resources/nl/profielwijzer/ui");
    private static final Path UI_CODE = Path.of("src/main/java/nl/profielwijzer/ui");

    private static Set<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static String code() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(UI_CODE)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(f));
            }
        }
        return all.toString();
    }

    @Test
    void everyKeyIsUsedInTheCode() throws IOException {
        String code = code();
        Set<String> unused = new TreeSet<>();
        for (String key : keys("messages.properties")) {
            if (!code.contains("\"" + key + "\"")) {
                unused.add(key);
            }
        }
        assertEquals(Set.of(), unused, "keys no code uses");
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> known = keys("messages.properties");
        // Every key-shaped text in quotes counts, also those handed to helpers (menu items, sections, buttons)
        // rather than to get/format directly: "menu.file.save" is a key when "menu" starts some known key.
        Set<String> prefixes = new TreeSet<>();
        known.forEach(k -> prefixes.add(k.substring(0, k.indexOf('.') + 1)));
        Matcher m = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z]+)+)\"").matcher(code());
        Set<String> missing = new TreeSet<>();
        while (m.find()) {
            String key = m.group(1);
            boolean keyLike = prefixes.stream().anyMatch(key::startsWith);
            if (keyLike && !known.contains(key)) {
                missing.add(key);
            }
        }
        assertEquals(Set.of(), missing, "keys the code asks for that no bundle has");
    }

    @Test
    void aMissingKeyShowsItselfInsteadOfFailing() {
        assertEquals("<no.such.key>", new I18n(Language.EN).get("no.such.key"));
        assertEquals("Volgende", new I18n(Language.NL).get("question.next").replace("_", ""));
        assertEquals("Next", new I18n(Language.EN).get("question.next").replace("_", ""));
    }
}
