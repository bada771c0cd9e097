package nl.profielwijzer.tree;

import java.util.Optional;

/**
 * How sure an outcome's verdict is. {@link #SETTLED} is allowed only with firm support in the register
 * (see {@code TreeChecker} and ADR 0007); everything else is {@link #LIKELY}, and the banner says so
 * ("Waarschijnlijk niet" / "Probably not").
 */
public enum Certainty {
    SETTLED("settled"), LIKELY("likely");

    private final String code;

    Certainty(String code) {
        this.code = code;
    }

    /** The word used in tree files and in the command line's JSON. */
    public String code() {
        return code;
    }

    public static Optional<Certainty> fromCode(String code) {
        for (Certainty certainty : values()) {
            if (certainty.code.equals(code)) {
                return Optional.of(certainty);
            }
        }
        return Optional.empty();
    }
}
