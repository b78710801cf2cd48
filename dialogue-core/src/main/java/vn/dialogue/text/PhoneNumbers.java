package vn.dialogue.text;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Vietnamese phone numbers as they come back from spreadsheets. A number typed as 0905 123 456 into a cell
 * formatted as a number is stored by Excel as 905123456: its leading 0 is gone, and kept as read it would be
 * silently wrong. Table imports report such a value on its row instead of keeping it.
 */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /**
     * Whether {@code value} is a Vietnamese number whose leading 0 a spreadsheet dropped: digits only, either 9 not
     * starting with 0 (mobile numbers are 0 + 9 digits) or 10 starting with 2 (landlines are 02 + 9 digits).
     * Numbers written with their 0, with +84 or 84, or with separators are not.
     *
     * @param value a phone cell's text
     * @return whether {@code value} is a Vietnamese number whose leading 0 a spreadsheet dropped: digits only, either 9
     *         not starting with 0 (mobile numbers are 0 + 9 digits) or 10 starting with 2 (landlines are 02 + 9 digits)
     */
    public static boolean lostLeadingZero(String value) {
        Objects.requireNonNull(value, "value");
        int length = value.length();
        boolean mobile = length == 9 && value.charAt(0) != '0';
        boolean landline = length == 10 && value.charAt(0) == '2';
        return (mobile || landline) && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * Why {@code value} is refused, with the fix, when {@link #lostLeadingZero} holds; null otherwise.
     *
     * @param value a phone cell's text
     * @return why {@code value} is refused, with the fix, when {@link #lostLeadingZero} holds; null otherwise
     */
    public static @Nullable Bilingual lostLeadingZeroProblem(String value) {
        if (!lostLeadingZero(value)) {
            return null;
        }
        return Bilingual.of("Số điện thoại thiếu số 0 ở đầu: bảng tính đã lưu ô này dạng số. "
                        + "Hãy định dạng cột là Văn bản (Text) rồi nhập lại, hoặc viết dạng +84.",
                "phone '" + value + "' has lost its leading 0: the spreadsheet stored the cell as a number; "
                        + "format the column as Text and type it again, or write it as +84");
    }
}
