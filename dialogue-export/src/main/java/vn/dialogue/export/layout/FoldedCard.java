package vn.dialogue.export.layout;

import java.util.List;
import java.util.Objects;

import vn.dialogue.export.internal.OutputText;

/**
 * A table card (tent card, bảng tên để bàn) that fills one page, to be folded along the page's horizontal middle
 * and stood on the table. Each half of the page carries the same face: the name as large as fits the width (up
 * to 54 pt, bold), the other lines under it (up to 20 pt). Where the format can turn text (PDF, HTML), the upper
 * half is printed upside down, so the folded card reads the right way up from both sides (DOCX in a text box turned
 * by 180 degrees). The card always starts a new page and nothing else shares its page; no page number is printed on it.
 *
 * <p>The other blocks of the layout model have no type size, so a card is a block of its own.
 * Immutable and thread-safe.
 *
 * @param name  the name printed large, never null, never blank
 * @param lines the lines under the name (title, organisation), never null, may be empty
 */
public record FoldedCard(String name, List<String> lines) implements Block {

    /**
     * Checks the components and normalises them (texts to Unicode NFC).
     *
     * @param name the name printed large, never null, never blank
     * @param lines the lines under the name (title, organisation), never null, may be empty
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public FoldedCard {
        name = OutputText.of(Objects.requireNonNull(name, "name")).strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a folded card needs a name to print");
        }
        lines = OutputText.all(Objects.requireNonNull(lines, "lines")).stream().map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
    }

    /**
     * A card with the given name and lines.
     *
     * @param name the name printed large, never null, never blank
     * @param lines the lines under the name (title, organisation), never null, may be empty
     * @return a card with the given name and lines
     */
    public static FoldedCard of(String name, String... lines) {
        return new FoldedCard(name, List.of(lines));
    }
}
