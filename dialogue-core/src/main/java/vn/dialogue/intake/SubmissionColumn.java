package vn.dialogue.intake;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import vn.dialogue.question.Asker;
import vn.dialogue.question.Channel;
import vn.dialogue.question.Question;

/**
 * The columns of a table of submissions collected offline (by a union branch, at a bridge point, from a
 * suggestion box), with the headers officials use ("Họ và tên", "Ngày nhận", "Nội dung", "Đồng ý công khai") and
 * English ones. Headers match loosely: case, accents, punctuation and a trailing colon or asterisk do not matter.
 */
public enum SubmissionColumn {
    /** Row number ("STT"); read and ignored. */
    NUMBER("STT", "TT", "Số TT", "Số thứ tự", "No", "No.", "#"),
    /** The form's or register's own number; with the channel it makes a re-import idempotent. */
    MESSAGE_ID("Số phiếu", "Mã phiếu", "Số hiệu", "Mã", "Message id", "Reference", "Ref"),
    /** How it came: union branch, web portal, floor of the session, hotline, email, paper. */
    CHANNEL("Kênh", "Kênh tiếp nhận", "Hình thức tiếp nhận", "Channel"),
    /** Who or where it came through: the branch's organisation id, the portal's id, the venue id. */
    SOURCE("Nơi gửi", "Nguồn", "Nơi tiếp nhận", "Source"),
    /** For a union branch, the id of its administrative level. */
    LEVEL("Cấp", "Cấp hội", "Level"),
    /** The day (and perhaps the time) it was received. */
    RECEIVED("Ngày nhận", "Ngày tiếp nhận", "Ngày", "Thời gian nhận", "Thời gian tiếp nhận", "Received", "Date",
            "Received at"),
    /** The time it was received, when the date column holds the day alone. */
    TIME("Giờ", "Giờ nhận", "Time"),
    /** The asker's name. */
    NAME("Họ và tên", "Họ tên", "Người hỏi", "Họ tên người hỏi", "Người gửi", "Họ và tên người hỏi", "Asker",
            "Name", "Full name"),
    /** Where the asker works or belongs, as written. */
    ORGANISATION("Đơn vị", "Cơ quan, đơn vị", "Tổ chức", "Đơn vị công tác", "Organisation", "Organization"),
    /** The administrative unit the asker lives in, by id or name. */
    UNIT("Địa phương", "Xã, phường", "Địa bàn", "Đơn vị hành chính", "Nơi cư trú", "Unit", "Locality"),
    /** How to reach the asker. */
    CONTACT("Liên hệ", "Điện thoại", "Số điện thoại", "Địa chỉ liên hệ", "Contact", "Phone"),
    /** Whether the asker agreed that their identity be published: Có / Không; blank is Không. */
    CONSENT("Đồng ý công khai", "Đồng ý công bố", "Công khai danh tính", "Đồng ý công khai danh tính", "Consent",
            "Consent to publish"),
    /** Ý kiến, đề xuất, kiến nghị or câu hỏi. */
    KIND("Loại", "Loại ý kiến", "Phân loại", "Kind", "Type"),
    /** What was asked, as written. */
    TEXT("Nội dung", "Nội dung câu hỏi", "Nội dung ý kiến", "Nội dung ý kiến, kiến nghị", "Câu hỏi", "Text",
            "Question"),
    /** The plan's topics the asker or the branch chose, by id or title, separated by ';'. */
    TOPIC("Chủ đề", "Lĩnh vực", "Nhóm vấn đề", "Topic", "Topics");

    private final List<String> headers;

    SubmissionColumn(String... headers) {
        this.headers = List.of(headers);
    }

    /**
     * The header written on a blank template, in Vietnamese.
     *
     * @return the first of {@link #headers()}; never null
     */
    public String header() {
        return headers.get(0);
    }

    /**
     * Every header this column is recognised by.
     *
     * @return the headers, the template's first; unmodifiable, never null
     */
    public List<String> headers() {
        return headers;
    }

    /**
     * The column a header names, if any, compared loosely (case, diacritics and spacing do not matter).
     *
     * @param header the header as written
     * @return the column, or empty for a header no column is recognised by
     * @throws NullPointerException if {@code header} is null
     */
    public static Optional<SubmissionColumn> ofHeader(String header) {
        String key = loose(Objects.requireNonNull(header, "header"));
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (SubmissionColumn c : values()) {
            for (String h : c.headers) {
                if (loose(h).equals(key)) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    /** "Họ và tên:" and "ho va ten" give "ho va ten": no accents, no case, no punctuation. */
    static String loose(String text) {
        String d = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return d.replaceAll("[^a-z0-9]+", " ").strip();
    }
}
