package vn.dialogue.plan;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.organisation.Ids;
import vn.dialogue.text.Nfc;

/**
 * Where money for part of the plan comes from. Immutable and thread-safe.
 *
 * @param text        the plan's sentence, as written
 * @param source      the budget source, e.g. "kinh phí bình đẳng giới", or null
 * @param responsible organisation id of the unit that balances the cost, or null
 * @param scope       what it pays for, e.g. "điểm cầu của tỉnh", or null
 */
public record FundingLine(String text, @Nullable String source, @Nullable String responsible,
                          @Nullable String scope) {

    /**
     * Checks the components and normalises them (texts to Unicode NFC).
     *
     * @param text the plan's sentence, as written
     * @param source the budget source, e.g. "kinh phí bình đẳng giới", or null
     * @param responsible organisation id of the unit that balances the cost, or null
     * @param scope what it pays for, e.g. "điểm cầu của tỉnh", or null
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public FundingLine {
        text = Nfc.of(Objects.requireNonNull(text, "text")).strip();
        source = Nfc.normalize(source);
        responsible = Ids.optional(responsible, "responsible");
        scope = Nfc.normalize(scope);
    }
}
