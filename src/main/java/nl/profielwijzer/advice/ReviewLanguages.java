package nl.profielwijzer.advice;

import java.util.List;
import java.util.Optional;

import nl.profielwijzer.tree.Language;

/** The languages of a tree review: Dutch, English, or both side by side. */
public enum ReviewLanguages {
    NL("nl", List.of(Language.NL)), EN("en", List.of(Language.EN)), BOTH("both", List.of(Language.NL, Language.EN));

    private final String code;
    private final List<Language> languages;

    ReviewLanguages(String code, List<Language> languages) {
        this.code = code;
        this.languages = languages;
    }

    public String code() {
        return code;
    }

    /** In column order: Dutch first. */
    public List<Language> languages() {
        return languages;
    }

    /** The language of the document's fixed wording and metadata (Dutch for both). */
    public Language primary() {
        return languages.get(0);
    }

    public static ReviewLanguages of(Language language) {
        return language == Language.EN ? EN : NL;
    }

    public static Optional<ReviewLanguages> fromCode(String code) {
        for (ReviewLanguages value : values()) {
            if (value.code.equalsIgnoreCase(code)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
