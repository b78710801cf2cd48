package vn.dialogue.plan;

import jakarta.validation.constraints.NotBlank;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.text.Nfc;

/**
 * The signature block: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / Lê Ngọc Tuấn". Immutable and thread-safe.
 *
 * @param authority   the signing prefix, or null when the head signs in their own right
 * @param authorityOf what the prefix applies to, e.g. "ỦY BAN NHÂN DÂN" after TM., "CHỦ TỊCH" after KT., or null
 * @param title       the signer's title, e.g. "CHỦ TỊCH", "PHÓ CHỦ TỊCH"
 * @param signer      the signer's full name
 */
public record Signature(@Nullable SigningAuthority authority, @Nullable String authorityOf, @NotBlank(message = "{dialogue.signature.title.required}") String title,
                        @NotBlank(message = "{dialogue.signature.signer.required}") String signer) {

    /**
     * Checks the components and normalises them (texts to Unicode NFC).
     *
     * @param authority the signing prefix, or null when the head signs in their own right
     * @param authorityOf what the prefix applies to, e.g. "ỦY BAN NHÂN DÂN" after TM., "CHỦ TỊCH" after KT., or null
     * @param title the signer's title, e.g. "CHỦ TỊCH", "PHÓ CHỦ TỊCH"
     * @param signer the signer's full name
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public Signature {
        authorityOf = Nfc.normalize(authorityOf);
        title = Nfc.of(Objects.requireNonNull(title, "title")).strip();
        signer = Nfc.of(Objects.requireNonNull(signer, "signer")).strip();
        if (authority != null && (authorityOf == null || authorityOf.isBlank())) {
            throw new IllegalArgumentException("signature: " + authority.prefix() + " needs the body or title it "
                    + "signs for (authorityOf)");
        }
    }

    /**
     * The authority line as printed, e.g. "TM. ỦY BAN NHÂN DÂN", or empty when there is none.
     *
     * @return the authority line as printed, e.g. "TM
     */
    public String authorityLine() {
        return authority == null ? "" : authority.prefix() + " " + authorityOf;
    }
}
