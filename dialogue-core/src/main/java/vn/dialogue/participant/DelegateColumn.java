package vn.dialogue.participant;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The columns a delegate list may have, with the headers officials use ("Họ và tên", "Chức vụ", "Đơn vị",
 * "Giới tính", "Dân tộc", "Điện thoại", "Thành phần", "Điểm cầu") and English ones. Headers match loosely:
 * case, accents, punctuation and a trailing colon or asterisk do not matter.
 */
public enum DelegateColumn {
    /** Row number ("STT"); read and ignored. */
    NUMBER("STT", "TT", "Số TT", "Số thứ tự", "No", "No.", "#"),
    /** Delegate id ("Mã đại biểu"); generated from the name when the list has none. */
    ID("Mã đại biểu", "Mã", "ID", "Delegate id", "Code"),
    /** Full name as written. */
    NAME("Họ và tên", "Họ tên", "Họ và tên đại biểu", "Full name", "Name"),
    /** Family and middle name, when the list splits the name. */
    FAMILY_AND_MIDDLE("Họ và tên đệm", "Họ và chữ đệm", "Họ đệm", "Family and middle name"),
    /** Family name alone, when the list splits the name in three. */
    FAMILY("Họ", "Family name", "Surname", "Last name"),
    /** Middle name alone, when the list splits the name in three. */
    MIDDLE("Tên đệm", "Chữ đệm", "Middle name"),
    /** Given name, when the list splits the name. */
    GIVEN("Tên", "Given name", "First name"),
    /** Title or position. */
    TITLE("Chức vụ", "Chức danh", "Chức vụ, đơn vị công tác", "Title", "Position"),
    /** Organisation as written. */
    ORGANISATION("Đơn vị", "Đơn vị công tác", "Cơ quan", "Cơ quan, đơn vị", "Organisation", "Organization",
            "Agency"),
    /** Registry id of the organisation. */
    ORGANISATION_ID("Mã đơn vị", "Organisation id", "Organization id"),
    /** Administrative unit the delegate comes from. */
    UNIT("Địa phương", "Đơn vị hành chính", "Địa bàn", "Xã, phường", "Administrative unit", "Locality"),
    /** "Nam" or "Nữ". */
    GENDER("Giới tính", "Gender", "Sex"),
    /** Ethnicity as written. */
    ETHNICITY("Dân tộc", "Ethnicity"),
    /** Phone number. */
    PHONE("Điện thoại", "Số điện thoại", "SĐT", "ĐT", "Điện thoại di động", "Phone", "Telephone", "Mobile"),
    /** E-mail address. */
    EMAIL("Email", "E-mail", "Thư điện tử"),
    /** The plan's delegate group, by id or heading. */
    GROUP("Thành phần", "Nhóm", "Thành phần đại biểu", "Group", "Delegate group"),
    /** The venue: the main hall or a bridge point, by id, name or unit. */
    VENUE("Điểm cầu", "Địa điểm", "Venue", "Bridge point"),
    /** The role, in Vietnamese ({@link RoleNames}) or English. */
    ROLE("Vai trò", "Role"),
    /** A remark. */
    NOTE("Ghi chú", "Note", "Notes", "Remarks");

    private final List<String> headers;

    DelegateColumn(String... headers) {
        this.headers = List.of(headers);
    }

    /**
     * The header written on export, in Vietnamese.
     *
     * @return the first of {@link #headers()}; never null
     */
    public String header() {
        return headers.get(0);
    }

    /**
     * Every header this column is recognised by.
     *
     * @return the headers, the export header first; unmodifiable, never null
     */
    public List<String> headers() {
        return headers;
    }

    /**
     * The column a header names, if any, compared as keys (case, diacritics and spacing do not matter).
     *
     * @param header the header as written
     * @return the column, or empty for a header no column is recognised by or one with no letter or digit
     * @throws NullPointerException if {@code header} is null
     */
    public static Optional<DelegateColumn> ofHeader(String header) {
        String key = Keys.of(Objects.requireNonNull(header, "header"));
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (DelegateColumn c : values()) {
            for (String h : c.headers) {
                if (Keys.of(h).equals(key)) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }
}
