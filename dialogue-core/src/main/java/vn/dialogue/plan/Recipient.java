package vn.dialogue.plan;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.organisation.Ids;
import vn.dialogue.text.Nfc;

/**
 * A line of "Nơi nhận". Immutable and thread-safe.
 *
 * @param text         the recipient as written, e.g. "Thường trực Tỉnh ủy"
 * @param mark         the purpose mark as written, e.g. "b/c", "đ/b", or null; kept as free text
 * @param organisation organisation id, when the recipient is one body of the registry, or null
 * @param children     sub-lines ("+ CVP, các PCVP;"), in order
 */
public record Recipient(String text, @Nullable String mark, @Nullable String organisation,
                        List<Recipient> children) {

    /**
     * Checks the components and normalises them (texts to Unicode NFC, collections copied, unmodifiable).
     *
     * @param text the recipient as written, e.g. "Thường trực Tỉnh ủy"
     * @param mark the purpose mark as written, e.g. "b/c", "đ/b", or null; kept as free text
     * @param organisation organisation id, when the recipient is one body of the registry, or null
     * @param children sub-lines ("+ CVP, các PCVP;"), in order
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public Recipient {
        text = Nfc.of(Objects.requireNonNull(text, "text")).strip();
        mark = Nfc.normalize(mark);
        organisation = Ids.optional(organisation, "organisation");
        children = children == null ? List.of() : List.copyOf(children);
    }

    /**
     * A recipient named by its text only, e.g. "Thường trực Tỉnh ủy".
     *
     * @param text the recipient as the plan writes it
     * @return the recipient
     */
    public static Recipient of(String text) {
        return new Recipient(text, null, null, List.of());
    }
}
