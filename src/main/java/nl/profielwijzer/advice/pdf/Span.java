package nl.profielwijzer.advice.pdf;

/**
 * A run of text in one style; optionally a link to a web address ({@code url}) or to a named place in the same
 * document ({@code anchor}, see {@link Paragraph#anchor()}).
 */
public record Span(String text, TextStyle style, String url, String anchor) {

    public static Span of(String text, TextStyle style) {
        return new Span(text, style, null, null);
    }

    /** A clickable web address. */
    public static Span link(String text, TextStyle style, String url) {
        return new Span(text, style, url, null);
    }

    /** A clickable reference to a named place in this document. */
    public static Span jump(String text, TextStyle style, String anchor) {
        return new Span(text, style, null, anchor);
    }
}
