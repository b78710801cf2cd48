package vn.dialogue.export.layout;

/**
 * Starts a new page. A break that starts a new letter ({@link #newLetter()}, as {@link LayoutDocument#merge} puts
 * between the letters of a merged document: invitations, routing letters, notices) also starts the page numbering
 * again, so each letter reads as the single document it is: its first page unnumbered, its second numbered 2 (a
 * section of its own in DOCX). Immutable.
 *
 * @param restartsNumbering whether the new page is the first of a new letter, numbered anew
 */
public record PageBreak(boolean restartsNumbering) implements Block {

    /** A plain page break: the numbering goes on. */
    public PageBreak() {
        this(false);
    }

    /**
     * The break before a new letter: a new page, numbered as the letter's first.
     *
     * @return the break before a new letter: a new page, numbered as the letter's first
     */
    public static PageBreak newLetter() {
        return new PageBreak(true);
    }
}
