package nl.profielwijzer.tree;

import java.util.Optional;

/**
 * An entry of the shared source register.
 *
 * @param label     the citation as a lawyer writes it, e.g. "art. 7:653 BW" or "ECLI:NL:HR:2017:364"
 * @param title     a short description in both languages
 * @param summary   what the source is and what it says that matters here, in plain words (1–3 sentences, Dutch
 *                  at B1 level and English; for a judgment: court, date, where it stands, what was decided), so
 *                  the user can read it offline before opening the address
 * @param note      optional remark for reviewers, e.g. that a link was built from a confirmed URL pattern
 * @param knownFrom how the brief knows the source: its text, a report (blog/news) or an AI summary
 * @param judgment  court, date, standing and later rulings of a {@link SourceKind#CASE_LAW} source; null for other
 *                  kinds (and for a judgment whose register entry has an error in these fields, already reported)
 */
public record Source(String id, SourceKind kind, String label, LocalizedText title, LocalizedText summary,
        String url, LocalizedText note, KnownFrom knownFrom, Judgment judgment) {

    public Source {
        knownFrom = knownFrom == null ? KnownFrom.TEXT : knownFrom;
    }

    /** A source known from its text, without judgment data (statute, regulator, literature). */
    public Source(String id, SourceKind kind, String label, LocalizedText title, LocalizedText summary, String url,
            LocalizedText note) {
        this(id, kind, label, title, summary, url, note, KnownFrom.TEXT, null);
    }

    public Optional<LocalizedText> noteText() {
        return Optional.ofNullable(note);
    }

    public Optional<Judgment> judgmentData() {
        return Optional.ofNullable(judgment);
    }

    /** The standing of a judgment; empty for sources that are not case law. */
    public Optional<Standing> standing() {
        return judgmentData().map(Judgment::standing);
    }
}
