package nl.profielwijzer.advice.pdf;

/**
 * What a paragraph is in the document's structure (the PDF/UA tag tree a screen reader reads): a plain
 * paragraph, a heading of level 1 to 4, or more text of the list item just above. A paragraph with a marker
 * (bullet, number) is always a list item; consecutive list items under the same parent become one list.
 */
public enum Tag {
    /** A paragraph ({@code P}). */
    P("P"),
    /** The document's title ({@code H1}); exactly one per document, before any other heading. */
    H1("H1"),
    /** A section heading ({@code H2}). */
    H2("H2"),
    /** A heading inside a section ({@code H3}). */
    H3("H3"),
    /** A heading inside an {@code H3} part ({@code H4}). */
    H4("H4"),
    /** More text of the list item placed just before it (a {@code P} inside that item's {@code LBody}). */
    IN_ITEM("P");

    private final String structureType;

    Tag(String structureType) {
        this.structureType = structureType;
    }

    /** The standard PDF structure type, e.g. "H2". */
    public String structureType() {
        return structureType;
    }
}
