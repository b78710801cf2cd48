package vn.dialogue.export.layout;

/** Horizontal alignment of a paragraph. */
public enum Alignment {
    /** Flush left, ragged right. */
    LEFT,
    /** Centred: titles, the national name and motto. */
    CENTER,
    /** Flush right. */
    RIGHT,
    /** Both edges flush, the body default of Nghị định 30/2020. */
    JUSTIFY
}
