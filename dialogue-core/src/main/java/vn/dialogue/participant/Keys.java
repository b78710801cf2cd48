package vn.dialogue.participant;

import java.text.Normalizer;
import java.util.Locale;

/** Loose keys for matching what people type against names: no accents, no case, no punctuation. */
final class Keys {

    // compiled once: a delegate list matches every row's unit and venue against every name of the plan
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern NOT_ALNUM = java.util.regex.Pattern.compile("[^a-z0-9]+");

    private Keys() {
    }

    /** "Họ và tên:" and "ho va ten" give "ho va ten"; "Đăk Glei" gives "dak glei". */
    static String of(String text) {
        String d = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return NOT_ALNUM.matcher(d).replaceAll(" ").strip();
    }

    /** A slug for an id: "Nguyễn Thị Hoa" gives "nguyen-thi-hoa". */
    static String slug(String text) {
        String s = of(text).replace(' ', '-');
        return s.isEmpty() ? "d" : s.length() > 100 ? s.substring(0, 100) : s;
    }
}
