package nl.profielwijzer.tree;

import java.util.List;
import java.util.Objects;

/**
 * What the register says about a judgment (a {@code case-law} source).
 *
 * @param court        the court as lawyers name it, e.g. "Hof Arnhem-Leeuwarden" or "Rb Amsterdam (vzr.)"
 * @param decided      the date of the ruling (not of publication): {@code YYYY-MM-DD}, or {@code YYYY-MM} /
 *                     {@code YYYY} where the brief gives no more
 * @param standing     where the judgment stands
 * @param laterRulings register ids of the appeal, cassation or main-case rulings (non-empty for set-aside and
 *                     overtaken)
 */
public record Judgment(String court, String decided, Standing standing, List<String> laterRulings) {
    public Judgment {
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(decided, "decided");
        Objects.requireNonNull(standing, "standing");
        laterRulings = List.copyOf(laterRulings);
    }
}
