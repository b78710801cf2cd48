package vn.dialogue.participant;

import java.text.Normalizer;
import java.util.Locale;

/** Loose keys for matching what people type against names: no accents, no case, no punctuation. */
final class Keys {

    private Keys() {
    }

    /** "Họ và tên:" and "ho va ten" give "ho va ten"; "Đăk Glei" gives "dak glei". */
    static String of(String text) {
        String d = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return d.replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** A slug for an id: "Nguyễn Thị Hoa" gives "nguyen-thi-hoa". */
    static String slug(String text) {
        String s = of(text).replace(' ', '-');
        return s.isEmpty() ? "d" : s.length() > 100 ? s.substring(0, 100) : s;
    }
}
