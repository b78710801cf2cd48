package vn.dialogue.export.layout;

import java.util.List;
import java.util.Objects;

import vn.dialogue.export.internal.OutputText;

/**
 * The two-column footer (Nghị định 30/2020, Phụ lục I). Left: the recipients label "Nơi nhận:"
 * (bold italic) and the recipient lines, nested ones marked "+", the last being the archive
 * line "- Lưu: VT, ...". Right: the {@link Signature}. Immutable and thread-safe.
 *
 * @param recipientsLabel "Nơi nhận:" or its rendering, never null
 * @param recipients      the recipient lines in order, never null; empty leaves the left column blank
 * @param signature       the signature block, never null
 */
public record SignatureFooter(String recipientsLabel, List<ListItem> recipients, Signature signature) implements Block {

    /**
     * Checks the components and normalises them (texts to Unicode NFC, collections copied, unmodifiable).
     *
     * @param recipientsLabel "Nơi nhận:" or its rendering, never null
     * @param recipients the recipient lines in order, never null; empty leaves the left column blank
     * @param signature the signature block, never null
     * @throws NullPointerException if a required component is null
     */
    public SignatureFooter {
        recipientsLabel = OutputText.of(Objects.requireNonNull(recipientsLabel, "recipientsLabel"));
        recipients = List.copyOf(Objects.requireNonNull(recipients, "recipients"));
        Objects.requireNonNull(signature, "signature");
    }
}
