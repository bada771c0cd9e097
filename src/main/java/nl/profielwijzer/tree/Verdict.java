package nl.profielwijzer.tree;

import java.util.Optional;

/** The closed scale every outcome answers its tree's headline question on. */
public enum Verdict {
    YES("yes"), YES_IF("yes-if"), NO("no"), UNCLEAR("unclear");

    private final String code;

    Verdict(String code) {
        this.code = code;
    }

    /** The word used in tree files and in the command line's JSON. */
    public String code() {
        return code;
    }

    public static Optional<Verdict> fromCode(String code) {
        for (Verdict verdict : values()) {
            if (verdict.code.equals(code)) {
                return Optional.of(verdict);
            }
        }
        return Optional.empty();
    }
}
