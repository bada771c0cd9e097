package nl.profielwijzer.tree;

import java.util.Objects;
import java.util.Optional;

/**
 * A text a person reads, in Dutch and in English, optionally with a variant per role.
 *
 * <p>In a file: {@code {"nl": "…", "en": "…"}}, optionally with {@code "employer": {"nl","en"}} and
 * {@code "employee": {"nl","en"}} beside the neutral texts. The neutral text is the fallback; when one role
 * variant is given, the other must be too (the reader refuses half a pair).
 *
 * @param nl       the neutral Dutch text (B1, "u"), never null
 * @param en       the neutral English text, never null
 * @param employer the text as the employer reads it, or null (then the neutral text)
 * @param employee the text as the employee reads it, or null (then the neutral text)
 */
public record LocalizedText(String nl, String en, LocalizedText employer, LocalizedText employee) {
    public LocalizedText {
        Objects.requireNonNull(nl, "nl");
        Objects.requireNonNull(en, "en");
        if ((employer == null) != (employee == null)) {
            throw new IllegalArgumentException("role variants come in pairs: give both employer and employee");
        }
        if (employer != null && (employer.hasRoleVariants() || employee.hasRoleVariants())) {
            throw new IllegalArgumentException("a role variant cannot itself have role variants");
        }
    }

    /** A neutral text without role variants. */
    public LocalizedText(String nl, String en) {
        this(nl, en, null, null);
    }

    /** The neutral text in a language (what every reader sees when no role variant applies). */
    public String in(Language language) {
        return language == Language.EN ? en : nl;
    }

    /**
     * The text for a reader in a role: the role's variant when the file gives one, else the neutral text (also
     * when the role is not known yet, null).
     */
    public String in(Language language, Role role) {
        return variant(role).map(v -> v.in(language)).orElseGet(() -> in(language));
    }

    /** The role's own wording, when the file gives one (empty for a null role). */
    public Optional<LocalizedText> variant(Role role) {
        if (role == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(role == Role.EMPLOYER ? employer : employee);
    }

    public boolean hasRoleVariants() {
        return employer != null;
    }

    public static LocalizedText of(String nl, String en) {
        return new LocalizedText(nl, en);
    }

    /** A text with a wording per role, beside the neutral one. */
    public static LocalizedText withRoles(LocalizedText neutral, LocalizedText employer, LocalizedText employee) {
        return new LocalizedText(neutral.nl(), neutral.en(), employer, employee);
    }
}
