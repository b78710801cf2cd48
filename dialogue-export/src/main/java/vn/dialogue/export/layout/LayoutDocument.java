package vn.dialogue.export.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A document ready to render: metadata, page setup and blocks in reading order.
 * Immutable and thread-safe.
 *
 * @param info   the metadata, never null
 * @param page   paper, orientation, margins and body size, never null
 * @param blocks the blocks in order, never null
 */
public record LayoutDocument(DocumentInfo info, PageSetup page, List<Block> blocks) {

    /**
     * Checks the components and normalises them (collections copied, unmodifiable).
     *
     * @param info the metadata, never null
     * @param page paper, orientation, margins and body size, never null
     * @param blocks the blocks in order, never null
     * @throws NullPointerException if a required component is null
     */
    public LayoutDocument {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(page, "page");
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
    }

    /**
     * A document with the given blocks.
     *
     * @param info the metadata, never null
     * @param page paper, orientation, margins and body size, never null
     * @param blocks the blocks in order, never null
     * @return a document with the given blocks
     */
    public static LayoutDocument of(DocumentInfo info, PageSetup page, Block... blocks) {
        return new LayoutDocument(info, page, Arrays.asList(blocks));
    }

    /**
     * Several documents printed one after the other in one file, each starting on a new page whose numbering starts
     * again ({@link PageBreak#newLetter()}: invitations merged for many invitees, routing letters, notices). Takes the
     * metadata and page setup of the first.
     *
     * @param info the metadata, never null
     * @param documents the documents, in order, at least one
     * @return one document holding {@code documents} one after the other, each starting on a new page
     * @throws IllegalArgumentException if {@code documents} is empty
     */
    public static LayoutDocument merge(DocumentInfo info, List<LayoutDocument> documents) {
        Objects.requireNonNull(documents, "documents");
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge: the list of documents is empty");
        }
        List<Block> all = new ArrayList<>();
        for (LayoutDocument d : documents) {
            if (!all.isEmpty()) {
                all.add(PageBreak.newLetter());
            }
            all.addAll(d.blocks());
        }
        return new LayoutDocument(info, documents.get(0).page(), all);
    }

    /**
     * A new document with {@code more} blocks appended.
     *
     * @param more the blocks to append
     * @return a new document with {@code more} blocks appended
     */
    public LayoutDocument with(Block... more) {
        List<Block> all = new ArrayList<>(blocks);
        all.addAll(Arrays.asList(more));
        return new LayoutDocument(info, page, all);
    }
}
