package nl.profielwijzer.tree;

import java.util.List;

/**
 * A term explained in plain words.
 *
 * @param forms the words that mark the term in a text, per language (the first is the display form)
 */
public record GlossaryEntry(String id, List<String> formsNl, List<String> formsEn, LocalizedText explanation) {
    public GlossaryEntry {
        formsNl = List.copyOf(formsNl);
        formsEn = List.copyOf(formsEn);
    }

    public List<String> forms(Language language) {
        return language == Language.EN ? formsEn : formsNl;
    }

    public String term(Language language) {
        List<String> forms = forms(language);
        return forms.isEmpty() ? id : forms.get(0);
    }
}
