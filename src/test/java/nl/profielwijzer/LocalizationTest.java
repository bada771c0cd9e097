package nl.profielwijzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The wording files of the reports and of the desktop app, read as the raw files they are (as JabRef's
 * LocalizationConsistencyTest does), not through ResourceBundle: a ResourceBundle for English inherits every Dutch
 * key, so a comparison through it cannot see a key missing in English.
 */
class LocalizationTest {
    private static final Path RESOURCES = Path.of("src/main/resources/nl/profielwijzer");
    private static final Pattern PLACEHOLDER = Pattern.compile("%(\\d\\$)?[sd]");

    /** The keys and texts of one file, in file order; a key given twice is an error. */
    static Map<String, String> read(Path file) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        List<String> twice = new ArrayList<>();
        Properties properties = new Properties() {
            private static final long serialVersionUID = 1L;

            @Override
            public synchronized Object put(Object key, Object value) {
                if (entries.put((String) key, (String) value) != null) {
                    twice.add((String) key);
                }
                return super.put(key, value);
            }
        };
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        assertEquals(List.of(), twice, "keys given twice in " + file);
        return entries;
    }

    private static Map<String, String> dutch(String bundle) throws IOException {
        return read(RESOURCES.resolve(bundle + ".properties"));
    }

    private static Map<String, String> english(String bundle) throws IOException {
        return read(RESOURCES.resolve(bundle + "_en.properties"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"advice/report", "ui/messages"})
    void dutchAndEnglishFilesHaveTheSameKeys(String bundle) throws IOException {
        Set<String> nl = dutch(bundle).keySet();
        Set<String> en = english(bundle).keySet();
        Set<String> onlyNl = new TreeSet<>(nl);
        onlyNl.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(nl);
        assertEquals(Set.of(), onlyNl, "keys missing in " + bundle + "_en.properties");
        assertEquals(Set.of(), onlyEn, "keys missing in " + bundle + ".properties");
        assertTrue(nl.size() > 20, "read the real files");
    }

    @ParameterizedTest
    @ValueSource(strings = {"advice/report", "ui/messages"})
    void noTextIsEmpty(String bundle) throws IOException {
        for (Map<String, String> file : List.of(dutch(bundle), english(bundle))) {
            file.forEach((key, text) -> assertTrue(!text.isBlank(), bundle + ": " + key + " is empty"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"advice/report", "ui/messages"})
    void placeholdersMatchBetweenTheLanguages(String bundle) throws IOException {
        Map<String, String> en = english(bundle);
        dutch(bundle).forEach((key, nl) -> assertEquals(PLACEHOLDER.matcher(nl).results().count(),
                PLACEHOLDER.matcher(en.getOrDefault(key, "")).results().count(), bundle + ": placeholders of " + key));
    }
}
