package vn.dialogue.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.dialogue.text.Nfc;

/**
 * A type of administrative document with its abbreviation (Nghị định 30/2020/NĐ-CP, Phụ lục III).
 * Immutable and thread-safe.
 *
 * @param abbreviation the abbreviation used in the symbol, e.g. "KH"; empty for an official letter
 *                     (công văn), whose symbol has no type part
 * @param name         the type's name, e.g. "Kế hoạch"
 */
public record DocumentType(String abbreviation, String name) {

    /** Kế hoạch (KH). */
    public static final DocumentType KE_HOACH = new DocumentType("KH", "Kế hoạch");
    /** Quyết định (QĐ). */
    public static final DocumentType QUYET_DINH = new DocumentType("QĐ", "Quyết định");
    /** Thông báo (TB). */
    public static final DocumentType THONG_BAO = new DocumentType("TB", "Thông báo");
    /** Giấy mời (GM). */
    public static final DocumentType GIAY_MOI = new DocumentType("GM", "Giấy mời");
    /** Chương trình (CTr). */
    public static final DocumentType CHUONG_TRINH = new DocumentType("CTr", "Chương trình");
    /** Báo cáo (BC). */
    public static final DocumentType BAO_CAO = new DocumentType("BC", "Báo cáo");
    /** Tờ trình (TTr). */
    public static final DocumentType TO_TRINH = new DocumentType("TTr", "Tờ trình");
    /** Hướng dẫn (HD). */
    public static final DocumentType HUONG_DAN = new DocumentType("HD", "Hướng dẫn");
    /** Biên bản (BB). */
    public static final DocumentType BIEN_BAN = new DocumentType("BB", "Biên bản");
    /** Chỉ thị (CT). */
    public static final DocumentType CHI_THI = new DocumentType("CT", "Chỉ thị");
    /** Nghị quyết (NQ). */
    public static final DocumentType NGHI_QUYET = new DocumentType("NQ", "Nghị quyết");
    /** Công văn, without an abbreviation. */
    public static final DocumentType CONG_VAN = new DocumentType("", "Công văn");

    private static final List<DocumentType> KNOWN = List.of(KE_HOACH, QUYET_DINH, THONG_BAO, GIAY_MOI,
            CHUONG_TRINH, BAO_CAO, TO_TRINH, HUONG_DAN, BIEN_BAN, CHI_THI, NGHI_QUYET, CONG_VAN);

    /**
     * Checks the components and normalises them (texts to Unicode NFC).
     *
     * @param abbreviation the abbreviation used in the symbol, e.g. "KH"; empty for an official letter (công văn),
     *                     whose symbol has no type part
     * @param name the type's name, e.g. "Kế hoạch"
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public DocumentType {
        abbreviation = Nfc.of(Objects.requireNonNull(abbreviation, "abbreviation")).strip();
        name = Nfc.of(Objects.requireNonNull(name, "name")).strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("document type name is blank");
        }
    }

    /**
     * The types of Phụ lục III that this library knows by abbreviation.
     *
     * @return the types of Phụ lục III that this library knows by abbreviation
     */
    public static List<DocumentType> known() {
        return KNOWN;
    }

    /**
     * The known type with this abbreviation (exact, case-sensitive: "CT" and "CTr" differ).
     *
     * @param abbreviation the abbreviation used in the symbol, e.g. "KH"; empty for an official letter (công văn),
     *                     whose symbol has no type part
     * @return the known type with this abbreviation (exact, case-sensitive: "CT" and "CTr" differ)
     */
    public static Optional<DocumentType> ofAbbreviation(@Nullable String abbreviation) {
        if (abbreviation == null) {
            return Optional.empty();
        }
        String key = Nfc.of(abbreviation).strip();
        return KNOWN.stream().filter(t -> t.abbreviation.equals(key)).findFirst();
    }

    /**
     * True for a type whose symbol carries no type part (công văn).
     *
     * @return true for a type whose symbol carries no type part (công văn)
     */
    public boolean isLetter() {
        return abbreviation.isEmpty();
    }
}
