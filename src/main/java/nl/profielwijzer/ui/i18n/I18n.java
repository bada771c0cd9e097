package nl.profielwijzer.ui.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import nl.profielwijzer.advice.Wording;
import nl.profielwijzer.tree.Language;

/**
 * The fixed wording of the desktop app in Dutch (the base bundle) and English, in the language chosen now. A key
 * missing in that language's file shows as {@code <key>} instead of failing (see {@link Wording}), so a forgotten
 * translation is visible but never breaks a screen. Texts of the trees come from the trees themselves.
 */
public final class I18n {
    static final String BUNDLE = "nl/profielwijzer/ui/messages";
    private static final Wording WORDING = new Wording(BUNDLE);
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
        return WORDING.get(language.get(), key);
    }

    /** A text with {@code %s}/{@code %d} placeholders filled in (String.format, so apostrophes need no escaping). */
    public String format(String key, Object... args) {
        return WORDING.format(language.get(), key, args);
    }

    public String date(LocalDate date) {
        return LONG_DATE.withLocale(language.get().locale()).format(date);
    }
}
