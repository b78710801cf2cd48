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
 * @param signature       the signature block, never null: the lead issuer's, printed on the right
 * @param coSignatures    in a joint document, the co-issuing bodies' signature blocks, printed left of
 *                        {@code signature} on one row (Nghị định 30/2020, Phụ lục I), with the recipients below;
 *                        never null, empty for a document of one body
 */
public record SignatureFooter(String recipientsLabel, List<ListItem> recipients, Signature signature,
                              List<Signature> coSignatures) implements Block {

    /**
     * Checks the components and normalises them (texts to Unicode NFC, collections copied, unmodifiable).
     *
     * @param recipientsLabel "Nơi nhận:" or its rendering, never null
     * @param recipients the recipient lines in order, never null; empty leaves the left column blank
     * @param signature the signature block, never null
     * @param coSignatures the co-issuing bodies' signature blocks, left to right, never null
     * @throws NullPointerException if a required component is null
     */
    public SignatureFooter {
        recipientsLabel = OutputText.of(Objects.requireNonNull(recipientsLabel, "recipientsLabel"));
        recipients = List.copyOf(Objects.requireNonNull(recipients, "recipients"));
        Objects.requireNonNull(signature, "signature");
        coSignatures = List.copyOf(Objects.requireNonNull(coSignatures, "coSignatures"));
    }

    /**
     * The footer of a document of one body.
     *
     * @param recipientsLabel "Nơi nhận:" or its rendering, never null
     * @param recipients the recipient lines in order, never null
     * @param signature the signature block, never null
     */
    public SignatureFooter(String recipientsLabel, List<ListItem> recipients, Signature signature) {
        this(recipientsLabel, recipients, signature, List.of());
    }

    /**
     * True when several bodies sign side by side.
     *
     * @return true when {@code coSignatures} is not empty
     */
    public boolean isJoint() {
        return !coSignatures.isEmpty();
    }

    /**
     * Every signature block left to right: the co-issuers' first, the lead issuer's last (on the right).
     *
     * @return every signature block left to right
     */
    public List<Signature> signaturesLeftToRight() {
        List<Signature> all = new java.util.ArrayList<>(coSignatures);
        all.add(signature);
        return List.copyOf(all);
    }
}
