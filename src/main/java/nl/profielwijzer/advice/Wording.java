package nl.profielwijzer.advice;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

import nl.profielwijzer.tree.Language;

/**
 * The fixed wording of one resource bundle: Dutch in {@code NAME.properties}, English in
 * {@code NAME_en.properties} (UTF-8). Each language is read from its own file only: English never falls back to
 * Dutch (as a {@code ResourceBundle} parent would), so a key missing in one file shows as {@code <key>} in that
 * language: visible, but never breaking a screen or a document. Texts of the trees never come from here.
 * Used for the reports ({@link ReportText}) and the desktop app ({@code ui.i18n.I18n}).
 */
public final class Wording {
    private final String baseName;
    private final Map<Language, Properties> byLanguage = new EnumMap<>(Language.class);

    /**
     * @param baseName the bundle's resource path without language and extension, e.g.
     *     {@code nl/profielwijzer/advice/report}
     * @throws UncheckedIOException when a file cannot be read; an absent file counts as empty
     */
    public Wording(String baseName) {
        this.baseName = baseName;
        for (Language language : Language.values()) {
            byLanguage.put(language, read(fileOf(baseName, language)));
        }
    }

    /** The resource path of one language's file: {@code NAME.properties} for Dutch, {@code NAME_en.properties}. */
    public static String fileOf(String baseName, Language language) {
        return baseName + (language == Language.NL ? "" : "_" + language.code()) + ".properties";
    }

    /** The text of {@code key} in {@code language}, or {@code <key>} when that language's file lacks it. */
    public String get(Language language, String key) {
        String text = byLanguage.get(language).getProperty(key);
        return text == null ? "<" + key + ">" : text;
    }

    /** A text with {@code %s}/{@code %d} placeholders filled in (String.format, so apostrophes need no escaping). */
    public String format(Language language, String key, Object... args) {
        return String.format(language.locale(), get(language, key), args);
    }

    @Override
    public String toString() {
        return "Wording[" + baseName + "]";
    }

    private static Properties read(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Wording.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the wording " + resource + " could not be read", e);
        }
        return properties;
    }
}
