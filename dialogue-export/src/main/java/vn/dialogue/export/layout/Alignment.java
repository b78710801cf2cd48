package vn.dialogue.export.layout;

/** Horizontal alignment of a paragraph. */
public enum Alignment {
    LEFT, CENTER, RIGHT,
    /** Both edges flush, the body default of Nghị định 30/2020. */
    JUSTIFY
}
