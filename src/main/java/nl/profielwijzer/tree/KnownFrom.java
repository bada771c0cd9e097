package nl.profielwijzer.tree;

import java.util.Optional;

/**
 * How the legal brief knows a source ({@code "knownFrom"} in the register; default {@link #TEXT}).
 * Only a source known from its own text can make an outcome {@link Certainty#SETTLED}.
 */
public enum KnownFrom {
    /** The brief read the source's own text. */
    TEXT("text"),
    /** Known only from a secondary source: a law-firm blog or a news report. */
    REPORT("report"),
    /** Known only from an AI-generated summary (lexboost). */
    AI_SUMMARY("ai-summary");

    private final String code;

    KnownFrom(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<KnownFrom> fromCode(String code) {
        for (KnownFrom k : values()) {
            if (k.code.equals(code)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
