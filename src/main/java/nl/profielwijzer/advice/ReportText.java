package nl.profielwijzer.advice;

import nl.profielwijzer.tree.Certainty;
import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.Verdict;

/**
 * The fixed wording of reports (headings, disclaimer) in Dutch and English, from report*.properties. A key missing
 * in one language shows as {@code <key>} (see {@link Wording}).
 */
public final class ReportText {
    static final String BUNDLE = "nl/profielwijzer/advice/report";
    private static final Wording WORDING = new Wording(BUNDLE);

    private ReportText() {
    }

    public static String get(Language language, String key) {
        return WORDING.get(language, key);
    }

    public static String format(Language language, String key, Object... args) {
        return WORDING.format(language, key, args);
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
}
