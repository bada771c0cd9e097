package nl.profielwijzer.ui.conclusion;

import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.Verdict;

/**
 * The colour and icon of the verdict banner. They follow from the verdict and from whether it answers the
 * headline question in the reader's favour (the tree's {@code goodNews} for the role), so that an employee who
 * asks "Must I…?" and reads "No" does not see a red ✖:
 *
 * <ul>
 * <li>{@link #GOOD}: good news for the reader: green, ✓;</li>
 * <li>{@link #ATTENTION}: a clear answer not in the reader's favour: brown, "!" (something to act on, not an
 * error);</li>
 * <li>{@link #CONDITIONAL}: "yes, if": blue, ✓ with a condition mark;</li>
 * <li>{@link #UNCLEAR}: ochre, "?";</li>
 * <li>{@link #PLAIN}: a yes or no where the tree does not say which is good news: slate, "i".</li>
 * </ul>
 * The verdict's words always stand beside the icon; colour is never the only sign.
 */
public enum BannerTone {
    GOOD, ATTENTION, CONDITIONAL, UNCLEAR, PLAIN;

    public static BannerTone of(Tree tree, Role role, Verdict verdict) {
        return switch (tree.tidings(role, verdict)) {
            case GOOD -> GOOD;
            case BAD -> ATTENTION;
            case NEUTRAL -> switch (verdict) {
                case YES_IF -> CONDITIONAL;
                case UNCLEAR -> UNCLEAR;
                case YES, NO -> PLAIN;
            };
        };
    }

    /** The icon's file name under {@code /icons/} (see IconGenerator). */
    public String icon() {
        return switch (this) {
            case GOOD -> "verdict-yes";
            case ATTENTION -> "verdict-attention";
            case CONDITIONAL -> "verdict-yes-if";
            case UNCLEAR -> "verdict-unclear";
            case PLAIN -> "verdict-plain";
        };
    }

    /** The style class on the banner, e.g. {@code tone-good}. */
    public String styleClass() {
        return "tone-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
