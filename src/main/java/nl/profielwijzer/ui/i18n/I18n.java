package nl.profielwijzer.ui.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import nl.profielwijzer.tree.Language;

/**
 * The fixed wording of the desktop app in Dutch (the base bundle) and English. A missing key shows as
 * {@code <key>} instead of failing, so a forgotten translation is visible but never breaks a screen.
 * Texts of the trees come from the trees themselves, never from here.
 */
public final class I18n {
    static final String BUNDLE = "nl.profielwijzer.ui.messages";
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private final ObjectProperty<Language> language;

    public I18n(Language initial) {
        this.language = new SimpleObjectProperty<>(this, "language", initial);
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public Language language() {
        return language.get();
    }

    public String get(String key) {
        try {
            return bundle(language.get()).getString(key);
        } catch (MissingResourceException e) {
            return "<" + key + ">";
        }
    }

    /** A text with {@code %s}/{@code %d} placeholders filled in (String.format, so apostrophes need no escaping). */
    public String format(String key, Object... args) {
        return String.format(language.get().locale(), get(key), args);
    }

    public String date(LocalDate date) {
        return LONG_DATE.withLocale(language.get().locale()).format(date);
    }

    static ResourceBundle bundle(Language language) {
        Locale locale = language == Language.EN ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
