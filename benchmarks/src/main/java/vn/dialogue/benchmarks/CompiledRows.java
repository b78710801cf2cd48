package vn.dialogue.benchmarks;

import java.time.LocalDate;
import java.util.List;

import vn.dialogue.export.sheet.SheetCell;

/**
 * The rows of a compiled-submissions sheet, generated from the row number on demand (never all
 * held at once): number, code, received on, bridge point, asker, field, question, status.
 */
final class CompiledRows {

    static final List<String> HEADER = List.of("STT", "Mã", "Ngày nhận", "Điểm cầu", "Người gửi", "Lĩnh vực",
            "Nội dung câu hỏi", "Trạng thái");

    private static final List<String> FIELDS = List.of("Đất đai", "Y tế", "Giáo dục", "Việc làm", "Tín dụng",
            "Nông nghiệp", "Giao thông", "An sinh xã hội");
    private static final List<String> STATUSES = List.of("Đã tiếp nhận", "Đã chuyển", "Đã trả lời", "Trả lời bằng văn bản");
    private static final List<String> OPENINGS = List.of("Đề nghị tỉnh quan tâm", "Xin hỏi khi nào", "Kiến nghị cấp có thẩm quyền",
            "Chị em phụ nữ thôn mong muốn", "Đề nghị làm rõ việc");
    private static final List<String> MATTERS = List.of("hỗ trợ vốn vay cho hộ nghèo do phụ nữ làm chủ",
            "cấp giấy chứng nhận quyền sử dụng đất cho các hộ đã sử dụng ổn định",
            "sửa chữa tuyến đường liên thôn bị sạt lở sau mùa mưa",
            "bố trí giáo viên mầm non cho điểm trường lẻ", "mở lớp dạy nghề may công nghiệp cho lao động nữ",
            "hỗ trợ giống cây cà phê tái canh", "khám sức khỏe sinh sản định kỳ cho phụ nữ vùng sâu");
    private static final LocalDate FIRST = LocalDate.of(2024, 6, 1);

    private CompiledRows() {
    }

    /** The text cells of row {@code i} (0-based), as strings. */
    static String code(int i) {
        return "CH-" + (1_000_000 + i);
    }

    static LocalDate received(int i) {
        return FIRST.plusDays(i % 120);
    }

    static String venue(int i) {
        return "Điểm cầu " + Names.PLACES.get(i % Names.PLACES.size());
    }

    static String asker(int i) {
        return "Bà " + Names.FAMILY.get(i % Names.FAMILY.size()) + " " + Names.MIDDLE.get((i / 7) % Names.MIDDLE.size())
                + " " + Names.GIVEN.get((i / 3) % Names.GIVEN.size());
    }

    static String field(int i) {
        return FIELDS.get(i % FIELDS.size());
    }

    static String question(int i) {
        return OPENINGS.get(i % OPENINGS.size()) + " " + MATTERS.get((i / 5) % MATTERS.size()) + " tại thôn "
                + (i % 97 + 1) + " xã " + Names.PLACES.get((i / 11) % Names.PLACES.size()) + "?";
    }

    static String status(int i) {
        return STATUSES.get(i % STATUSES.size());
    }

    /** Row {@code i} as sheet cells. */
    static List<SheetCell> cells(int i) {
        return List.of(SheetCell.number(i + 1L), SheetCell.text(code(i)), SheetCell.day(received(i)),
                SheetCell.text(venue(i)), SheetCell.text(asker(i)), SheetCell.text(field(i)),
                SheetCell.text(question(i)), SheetCell.text(status(i)));
    }
}
