package vn.dialogue.plan;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.text.Nfc;

/**
 * A document the plan rests on ("căn cứ", "thực hiện"). Immutable and thread-safe.
 *
 * @param type    its type as written, e.g. "Văn bản", "Kế hoạch", "Chỉ thị"
 * @param number  number and symbol, e.g. "8059/VPCP-QHĐP"
 * @param date    its issue date, or null when not cited
 * @param issuer  who issued it, as written, e.g. "Ban Thường vụ Tỉnh ủy", or null
 * @param subject what it is about, or null
 */
public record LegalBasis(String type, String number, @Nullable LocalDate date, @Nullable String issuer,
                         @Nullable String subject) {

    /**
     * Checks the components and normalises them (texts to Unicode NFC).
     *
     * @param type its type as written, e.g. "Văn bản", "Kế hoạch", "Chỉ thị"
     * @param number number and symbol, e.g. "8059/VPCP-QHĐP"
     * @param date its issue date, or null when not cited
     * @param issuer who issued it, as written, e.g. "Ban Thường vụ Tỉnh ủy", or null
     * @param subject what it is about, or null
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public LegalBasis {
        type = Nfc.of(Objects.requireNonNull(type, "type")).strip();
        number = Nfc.of(Objects.requireNonNull(number, "number")).strip();
        if (number.isEmpty()) {
            throw new IllegalArgumentException("legal basis: number is blank");
        }
        issuer = Nfc.normalize(issuer);
        subject = Nfc.normalize(subject);
    }
}
