package vn.dialogue.export.layout;

import java.util.List;
import java.util.Objects;

import vn.dialogue.export.internal.OutputText;

/**
 * The two-column header of an administrative document (Nghị định 30/2020, Phụ lục I).
 *
 * <p>Left column: the parent body (upper case, regular), the issuing body (upper case, bold,
 * short rule under it) and the number line "Số: 05/KH-UBND". Right column: the national name
 * (upper case, bold) and the motto (bold, rule under it as long as the text), then the place
 * and date line in italics on the same row as the number line. Immutable and thread-safe.
 *
 * @param parentBody   lines of the parent body, never null, empty when the issuer has none
 *                     (a provincial People's Committee)
 * @param issuingBody  lines of the issuing body, never null, never empty
 * @param numberLine   the number line as printed ("Số: 05/KH-UBND"), never null
 * @param nationalName "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" or its rendering, never null
 * @param motto        "Độc lập - Tự do - Hạnh phúc" or its rendering, never null
 * @param placeAndDate the place and date line ("Kon Tum, ngày 05 tháng 01 năm 2020"), never null
 */
public record AdministrativeHeader(
        List<String> parentBody,
        List<String> issuingBody,
        String numberLine,
        String nationalName,
        String motto,
        String placeAndDate) implements Block {

    /**
     * Checks the components and normalises them (texts to Unicode NFC).
     *
     * @param parentBody lines of the parent body, never null, empty when the issuer has none (a provincial People's
     *                   Committee)
     * @param issuingBody lines of the issuing body, never null, never empty
     * @param numberLine the number line as printed ("Số: 05/KH-UBND"), never null
     * @param nationalName "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" or its rendering, never null
     * @param motto "Độc lập - Tự do - Hạnh phúc" or its rendering, never null
     * @param placeAndDate the place and date line ("Kon Tum, ngày 05 tháng 01 năm 2020"), never null
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public AdministrativeHeader {
        parentBody = OutputText.all(Objects.requireNonNull(parentBody, "parentBody"));
        issuingBody = OutputText.all(Objects.requireNonNull(issuingBody, "issuingBody"));
        if (issuingBody.isEmpty()) {
            throw new IllegalArgumentException("the header needs the issuing body's name");
        }
        numberLine = OutputText.of(Objects.requireNonNull(numberLine, "numberLine"));
        nationalName = OutputText.of(Objects.requireNonNull(nationalName, "nationalName"));
        motto = OutputText.of(Objects.requireNonNull(motto, "motto"));
        placeAndDate = OutputText.of(Objects.requireNonNull(placeAndDate, "placeAndDate"));
    }
}
