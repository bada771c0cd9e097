package nl.profielwijzer.tree;

import java.util.Objects;

/** A text a person reads, in Dutch and in English. */
public record LocalizedText(String nl, String en) {
    public LocalizedText {
        Objects.requireNonNull(nl, "nl");
        Objects.requireNonNull(en, "en");
    }

    public String in(Language language) {
        return language == Language.EN ? en : nl;
    }

    public static LocalizedText of(String nl, String en) {
        return new LocalizedText(nl, en);
    }
}
