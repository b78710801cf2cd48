package vn.dialogue.yearly;

import java.util.Objects;

import vn.dialogue.text.Nfc;

/**
 * A literal replacement in the plan's free text, e.g. "Sở Lao động - Thương binh và Xã hội" becomes "Sở Nội vụ".
 * Immutable and thread-safe.
 *
 * @param from the text as the previous plan writes it, never empty
 * @param to   the text the new plan writes instead
 */
public record Rename(String from, String to) {

    /**
     * Checks the components and normalises them (texts to Unicode NFC).
     *
     * @param from the text as the previous plan writes it, never empty
     * @param to the text the new plan writes instead
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public Rename {
        from = Nfc.of(Objects.requireNonNull(from, "from"));
        to = Nfc.of(Objects.requireNonNull(to, "to"));
        if (from.isEmpty()) {
            throw new IllegalArgumentException("a rename needs the text to replace");
        }
    }
}
