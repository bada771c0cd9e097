package nl.profielwijzer.tree;

import java.util.Optional;

/**
 * An entry of the shared source register.
 *
 * @param label the citation as a lawyer writes it, e.g. "art. 7:653 BW" or "ECLI:NL:HR:2017:364"
 * @param title a short description in both languages
 * @param note  optional remark for reviewers, e.g. that a link was built from a confirmed URL pattern
 */
public record Source(String id, SourceKind kind, String label, LocalizedText title, String url, LocalizedText note) {
    public Optional<LocalizedText> noteText() {
        return Optional.ofNullable(note);
    }
}
