package nl.profielwijzer.tree;

import java.util.Optional;

/** Who is asking: the headline question, verdict wording and next steps follow the role. */
public enum Role {
    EMPLOYER("employer"), EMPLOYEE("employee");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Role> fromCode(String code) {
        for (Role role : values()) {
            if (role.code.equalsIgnoreCase(code)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
