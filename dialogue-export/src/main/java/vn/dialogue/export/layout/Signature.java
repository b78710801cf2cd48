package vn.dialogue.export.layout;

import java.util.List;
import java.util.Objects;

import vn.dialogue.export.internal.OutputText;

/**
 * The signature block: authority lines ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"; upper case, bold),
 * space for the signature and seal, then the signer's name (bold). Immutable and thread-safe.
 *
 * @param authorityLines the authority line and the title, never null; empty only in a blank template
 * @param signerName     the signer's full name, never null; empty in a template to be signed by hand
 */
public record Signature(List<String> authorityLines, String signerName) {

    /**
     * Checks the components and normalises them (texts to Unicode NFC).
     *
     * @param authorityLines the authority line and the title, never null; empty only in a blank template
     * @param signerName the signer's full name, never null; empty in a template to be signed by hand
     * @throws NullPointerException if a required component is null
     */
    public Signature {
        authorityLines = OutputText.all(Objects.requireNonNull(authorityLines, "authorityLines"));
        signerName = OutputText.of(Objects.requireNonNull(signerName, "signerName"));
    }

    /**
     * A blank signature block, for a draft whose signer is not known yet.
     *
     * @return a blank signature block, for a draft whose signer is not known yet
     */
    public static Signature blank() {
        return new Signature(List.of(), "");
    }

    /**
     * A signature with the given authority lines and signer.
     *
     * @param signerName the signer's full name, never null; empty in a template to be signed by hand
     * @param authorityLines the authority line and the title, never null; empty only in a blank template
     * @return a signature with the given authority lines and signer
     */
    public static Signature of(String signerName, String... authorityLines) {
        return new Signature(List.of(authorityLines), signerName);
    }
}
