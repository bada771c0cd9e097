package nl.profielwijzer.tree;

import java.util.Optional;

/** What kind of legal source a register entry is. */
public enum SourceKind {
    STATUTE("statute", "Wet", "Statute"),
    CASE_LAW("case-law", "Rechtspraak", "Case law"),
    REGULATOR("regulator", "Toezichthouder", "Regulator guidance"),
    LITERATURE("literature", "Literatuur", "Literature");

    private final String code;
    private final LocalizedText name;

    SourceKind(String code, String nl, String en) {
        this.code = code;
        this.name = new LocalizedText(nl, en);
    }

    public String code() {
        return code;
    }

    public LocalizedText displayName() {
        return name;
    }

    public static Optional<SourceKind> fromCode(String code) {
        for (SourceKind kind : values()) {
            if (kind.code.equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
