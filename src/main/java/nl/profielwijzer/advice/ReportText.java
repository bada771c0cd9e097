package nl.profielwijzer.advice;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import nl.profielwijzer.tree.Certainty;
import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.Verdict;

/** The fixed wording of reports (headings, disclaimer) in Dutch and English, from report*.properties. */
public final class ReportText {
    private static final String BUNDLE = "nl.profielwijzer.advice.report";

    private ReportText() {
    }

    public static String get(Language language, String key) {
        try {
            return bundle(language).getString(key);
        } catch (MissingResourceException e) {
            return "<" + key + ">";
        }
    }

    public static String format(Language language, String key, Object... args) {
        return String.format(language.locale(), get(language, key), args);
    }

    public static String roleName(Language language, Role role) {
        return get(language, "role." + role.code());
    }

    /** The plain verdict word, used where a tree gives no role-phrased label. */
    public static String verdictWord(Language language, Verdict verdict) {
        return get(language, "verdict." + verdict.code());
    }

    /** The plain verdict words for a verdict and its certainty ("Waarschijnlijk niet"). */
    public static String verdictWord(Language language, Verdict verdict, Certainty certainty) {
        return certainty == Certainty.LIKELY && verdict != Verdict.UNCLEAR
                ? get(language, "verdict." + verdict.code() + ".likely") : verdictWord(language, verdict);
    }

    static ResourceBundle bundle(Language language) {
        Locale locale = language == Language.EN ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
