package nl.profielwijzer.tree;

import java.util.Optional;

/** A reference by id to a source in the register, optionally with a pinpoint such as "lid 1 sub b" or "§ 121". */
public record Citation(String sourceId, String pinpoint) {
    public Optional<String> pinpointText() {
        return Optional.ofNullable(pinpoint).filter(p -> !p.isBlank());
    }
}
