package vn.dialogue.plan;

import jakarta.validation.Valid;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.dialogue.text.Nfc;

/**
 * Section VI of a plan: who does what by when, and the closing paragraph. Immutable and thread-safe.
 *
 * @param parts   the numbered parts
 * @param closing the closing paragraph ("Căn cứ nội dung Kế hoạch, ..."), or null
 */
public record Implementation(List<@Valid ImplementationPart> parts, @Nullable String closing) {

    /**
     * Checks the components and normalises them (texts to Unicode NFC, collections copied, unmodifiable).
     *
     * @param parts the numbered parts
     * @param closing the closing paragraph ("Căn cứ nội dung Kế hoạch, ..."), or null
     */
    public Implementation {
        parts = parts == null ? List.of() : List.copyOf(parts);
        closing = Nfc.normalize(closing);
    }

    /**
     * No parts and no closing sentence.
     *
     * @return the empty implementation section
     */
    public static Implementation empty() {
        return new Implementation(List.of(), null);
    }
}
