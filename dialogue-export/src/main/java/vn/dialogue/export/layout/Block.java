package vn.dialogue.export.layout;

/**
 * One block of a {@link LayoutDocument}, printed in order from the top of the first page.
 *
 * <p>The set of blocks is closed: a renderer handles each of them, and a new kind of block
 * is a change to every renderer.
 */
public sealed interface Block
        permits AdministrativeHeader, DocumentTitle, Heading, Paragraph, BulletList, Table, SignatureFooter, PageBreak,
        FoldedCard, Figure {
}
