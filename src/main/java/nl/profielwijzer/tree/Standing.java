package nl.profielwijzer.tree;

import java.util.Optional;

/** Where a judgment stands ({@code "standing"} of a case-law source in the register). */
public enum Standing {
    /** Final: no appeal known, or upheld. */
    FINAL("final"),
    /** Interim relief (kort geding) or an interim judgment. */
    INTERIM("interim"),
    /** An appeal was lodged; its outcome is unknown. */
    APPEALED("appealed"),
    /** A higher court set it aside. Never support: history only. */
    SET_ASIDE("set-aside"),
    /** A later ruling in the same case decided the point otherwise. Never support: history only. */
    OVERTAKEN("overtaken");

    private final String code;

    Standing(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** True for set-aside and overtaken: such a judgment may appear only as history. */
    public boolean replaced() {
        return this == SET_ASIDE || this == OVERTAKEN;
    }

    public static Optional<Standing> fromCode(String code) {
        for (Standing s : values()) {
            if (s.code.equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
