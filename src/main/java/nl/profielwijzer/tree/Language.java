package nl.profielwijzer.tree;

import java.util.Locale;
import java.util.Optional;

/** The two languages every text a person reads is written in. */
public enum Language {
    NL("nl"), EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The language for a system locale: English for English, Dutch for Dutch and for everything else. */
    public static Language forLocale(Locale locale) {
        return "en".equals(locale.getLanguage()) ? EN : NL;
    }
}
