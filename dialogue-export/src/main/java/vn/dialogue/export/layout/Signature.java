package vn.dialogue.export.layout;

import java.util.List;
import java.util.Objects;

import vn.dialogue.text.Nfc;

/**
 * The signature block: authority lines ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"; upper case, bold),
 * space for the signature and seal, then the signer's name (bold). Immutable and thread-safe.
 *
 * @param authorityLines the authority line and the title, never null, never empty
 * @param signerName     the signer's full name, never null; empty in a template to be signed by hand
 */
public record Signature(List<String> authorityLines, String signerName) {

    public Signature {
        authorityLines = Nfc.all(Objects.requireNonNull(authorityLines, "authorityLines"));
        if (authorityLines.isEmpty()) {
            throw new IllegalArgumentException("a signature needs at least the signer's title");
        }
        signerName = Nfc.of(Objects.requireNonNull(signerName, "signerName"));
    }

    /** A signature with the given authority lines and signer. */
    public static Signature of(String signerName, String... authorityLines) {
        return new Signature(List.of(authorityLines), signerName);
    }
}
