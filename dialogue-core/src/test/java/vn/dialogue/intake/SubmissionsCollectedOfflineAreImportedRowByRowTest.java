package vn.dialogue.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.dialogue.question.Fixtures.PLAN;

import vn.dialogue.question.Asker;
import vn.dialogue.question.Channel;
import vn.dialogue.question.ChannelKind;
import vn.dialogue.question.Fixtures;
import vn.dialogue.question.Submission;
import vn.dialogue.question.SubmissionKind;

class SubmissionsCollectedOfflineAreImportedRowByRowTest {

    static final Channel BRANCH = Channel.unionBranch("hlhpn-tinh", "province");
    static final SubmissionTable.Defaults DEFAULTS = SubmissionTable.Defaults.of(BRANCH);
    static final List<String> HEADER = List.of("STT", "Ngày nhận", "Họ và tên", "Địa phương", "Đồng ý công khai",
            "Nội dung", "Chủ đề");

    static List<List<String>> table(List<String>... rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(List.of("DANH SÁCH Ý KIẾN, KIẾN NGHỊ CỦA HỘI VIÊN PHỤ NỮ"));
        all.add(List.of());
        all.add(HEADER);
        all.addAll(List.of(rows));
        return all;
    }

    static List<String> row(String date, String name, String unit, String consent, String text, String topic) {
        return List.of("1", date, name, unit, consent, text, topic);
    }

    @Test
    void should_read_a_branch_register_with_vietnamese_dates_units_and_consent_when_every_row_is_good() {
        // GIVEN a register under a title, with the branch as default channel
        List<List<String>> rows = table(
                row("20/11/2024", "Y Hoa Niê", "huyện Đăk Glei", "Có", "Đề nghị hỗ trợ vốn vay.", "chinh-sach"),
                row("2024-11-21", "Trần Thị Bình", "dak-glei", "", "Xin hỏi về bảo hiểm y tế.", ""),
                row("5.1.2025 8:30", "Lê Thị Cúc", "", "không", "Câu hỏi về học bổng.", ""));
        // WHEN read
        SubmissionImport in = SubmissionTable.read(PLAN, rows, DEFAULTS);
        // THEN every row is a submission, at its row number, with what it says
        assertThat(in.errors()).isEmpty();
        assertThat(in.headerRow()).isEqualTo(3);
        assertThat(in.kept()).extracting(SubmissionImport.Kept::row).containsExactly(4, 5, 6);
        Submission first = in.submissions().get(0);
        assertThat(first.messageId()).isEqualTo("dong-4");
        assertThat(first.channel()).isEqualTo(BRANCH);
        assertThat(first.kind()).isEqualTo(SubmissionKind.QUESTION);
        assertThat(first.asker().unit()).isEqualTo("dak-glei");
        assertThat(first.asker().consentToPublish()).isTrue();
        assertThat(first.topics()).containsExactly("chinh-sach");
        assertThat(first.receivedAt()).isEqualTo(Instant.parse("2024-11-19T17:00:00Z"));
        assertThat(in.submissions().get(1).asker().consentToPublish()).as("blank is no consent").isFalse();
        assertThat(in.submissions().get(2).receivedAt()).isEqualTo(Instant.parse("2025-01-05T01:30:00Z"));
        assertThat(in.submissions().get(2).asker().consentToPublish()).isFalse();
    }

    @Test
    void should_report_each_bad_row_with_its_column_and_keep_the_good_ones_when_values_cannot_be_read() {
        // GIVEN rows with an impossible day, a two-digit year, unclear consent, an unknown topic and unit, no text
        List<List<String>> rows = table(
                row("31/02/2024", "A", "", "", "Nội dung 1", ""),
                row("20/11/24", "B", "", "", "Nội dung 2", ""),
                row("20/11/2024", "C", "", "có lẽ", "Nội dung 3", ""),
                row("20/11/2024", "D", "", "", "Nội dung 4", "dat-dai"),
                row("20/11/2024", "E", "huyện Không Có", "", "Nội dung 5", ""),
                row("20/11/2024", "F", "", "", "", ""),
                row("20/11/2024", "G", "", "", "Nội dung\u0007 7", ""),
                row("20/11/2024", "H", "", "X", "Nội dung 8", "Chính sách"));
        // WHEN read
        SubmissionImport in = SubmissionTable.read(PLAN, rows, DEFAULTS);
        // THEN the seven bad rows are reported, each naming its column, and the good one kept
        assertThat(in.badRows()).containsExactly(4, 5, 6, 7, 8, 9, 10);
        assertThat(in.errors()).extracting(SubmissionRowError::column).containsExactly("Ngày nhận", "Ngày nhận",
                "Đồng ý công khai", "Chủ đề", "Địa phương", "Nội dung", "Nội dung");
        assertThat(in.errors().get(0).value()).isEqualTo("31/02/2024");
        assertThat(in.errors().get(1).message().en()).contains("four digits");
        assertThat(in.kept()).hasSize(1);
        assertThat(in.kept().get(0).row()).isEqualTo(11);
        assertThat(in.submissions().get(0).asker().consentToPublish()).isTrue();
        assertThat(in.format(Locale.forLanguageTag("vi"))).contains("dòng 6, cột 'Đồng ý công khai' ('có lẽ')");
        assertThat(in.errors().get(2).toString()).doesNotContain("có lẽ");
    }

    @Test
    void should_refuse_the_table_when_a_required_column_or_the_header_is_missing() {
        SubmissionImport noHeader = SubmissionTable.read(PLAN, List.of(List.of("a", "b"), List.of("c")), DEFAULTS);
        assertThat(noHeader.headerRow()).isZero();
        assertThat(noHeader.errors()).singleElement().satisfies(e -> assertThat(e.row()).isZero());
        List<List<String>> noChannel = List.of(List.of("Ngày nhận", "Họ và tên", "Nội dung"),
                List.of("20/11/2024", "A", "Nội dung"));
        SubmissionImport in = SubmissionTable.read(PLAN, noChannel, SubmissionTable.Defaults.none());
        assertThat(in.kept()).isEmpty();
        assertThat(in.errors()).singleElement().satisfies(e -> assertThat(e.message().en()).contains("channel"));
    }

    @Test
    void should_read_channels_message_ids_and_times_per_row_and_refuse_a_repeated_message_id() {
        // GIVEN rows naming their channels, sources, message ids and times
        List<List<String>> rows = List.of(
                List.of("Số phiếu", "Kênh", "Nơi gửi", "Ngày nhận", "Giờ", "Họ và tên", "Loại", "Nội dung"),
                List.of("P-1", "Tại hội nghị", "diem-cau-dak-ha", "20/11/2024", "8h30", "A", "kiến nghị", "Một"),
                List.of("P-2", "Đường dây nóng", "", "20/11/2024", "", "B", "Ý kiến", "Hai"),
                List.of("P-1", "Tại hội nghị", "diem-cau-dak-ha", "21/11/2024", "", "C", "", "Ba"),
                List.of("12/HPN", "Văn bản", "", "21/11/2024", "", "D", "", "Bốn"),
                List.of("P-5", "Bồ câu", "", "21/11/2024", "", "E", "", "Năm"),
                List.of("P-6", "Hội", "", "21/11/2024", "", "F", "", "Sáu"));
        // WHEN read with no default channel
        SubmissionImport in = SubmissionTable.read(PLAN, rows, SubmissionTable.Defaults.none());
        // THEN channels and times are read; a repeated id, a bad id, an unknown channel and a bare branch reported
        assertThat(in.submissions()).extracting(s -> s.channel().kind())
                .containsExactly(ChannelKind.FLOOR, ChannelKind.HOTLINE);
        assertThat(in.submissions().get(0).receivedAt()).isEqualTo(Instant.parse("2024-11-20T01:30:00Z"));
        assertThat(in.submissions().get(0).kind()).isEqualTo(SubmissionKind.RECOMMENDATION);
        assertThat(in.submissions().get(1).kind()).isEqualTo(SubmissionKind.OPINION);
        assertThat(in.badRows()).containsExactly(4, 5, 6, 7);
        assertThat(in.errors().get(0).message().en()).contains("Same message id as row 2");
        assertThat(in.errors()).extracting(SubmissionRowError::column).containsExactly("Số phiếu", "Số phiếu",
                "Kênh", "Kênh");
    }

    @Test
    void should_read_back_what_it_wrote_when_round_tripping_submissions() {
        // GIVEN submissions of every channel, with and without consent, topics and units
        Instant at = Instant.parse("2024-11-20T01:30:15Z");
        List<Submission> written = List.of(
                new Submission("p-1", SubmissionKind.PROPOSAL, "Đề xuất \"mở lớp\"; dạy nghề,\ntại xã.",
                        List.of("chinh-sach", "quyen-va-an-toan"), new Asker("Y Hoa Niê", "Hội Phụ nữ xã", "dak-glei",
                        "0905 123 456", true), BRANCH, at, null, List.of()),
                new Submission("p-2", SubmissionKind.QUESTION, "=1+1 là gì?", List.of(), Asker.of("Lê B", null, null),
                        Channel.webPortal("cong-kon-tum"), at.plusSeconds(3600), null, List.of()),
                new Submission("p-3", SubmissionKind.OPINION, "Ý kiến.", List.of(), Asker.of("Lê C", null, null),
                        Channel.paper(), at, null, List.of()));
        // WHEN written and read back
        SubmissionImport in = SubmissionTable.read(PLAN, SubmissionTable.write(written),
                SubmissionTable.Defaults.none());
        // THEN the same submissions come back
        assertThat(in.errors()).isEmpty();
        assertThat(in.submissions()).isEqualTo(written);
        assertThat(SubmissionTable.write(written).get(0)).containsExactlyElementsOf(
                SubmissionTable.writtenColumns().stream().map(SubmissionColumn::header).toList());
    }

    @Test
    void should_read_iso_times_with_offsets_and_refuse_conflicting_times_bad_sources_and_ambiguous_units() {
        // GIVEN rows with an ISO instant, a time in its own column that agrees or not, a source that is no id,
        // and a unit whose short name two units share
        List<List<String>> rows = List.of(
                List.of("Ngày nhận", "Giờ", "Kênh", "Nơi gửi", "Cấp", "Họ và tên", "Địa phương", "Nội dung"),
                List.of("2024-11-20T08:30:00+07:00", "", "", "", "", "A", "", "Một"),
                List.of("20/11/2024 08:30", "8:30", "", "", "", "B", "", "Hai"),
                List.of("20/11/2024 08:30", "9:15", "", "", "", "C", "", "Ba"),
                List.of("20/11/2024", "25:61", "", "", "", "D", "", "Bốn"),
                List.of("20/11/2024", "", "Hội", "Hội Phụ nữ xã", "commune", "E", "", "Năm"),
                List.of("20/11/2024", "", "", "", "", "F", "Kon Tum", "Sáu"),
                List.of("20/11/2024", "", "Hội", "hlhpn-dak-ha", "district", "G", "thành phố Kon Tum", "Bảy"));
        // WHEN read
        SubmissionImport in = SubmissionTable.read(PLAN, rows, DEFAULTS.withForwardedBy("hlhpn-tinh")
                .withMessagePrefix("so-1"));
        // THEN the instant and the agreeing time are read, and each other problem reported at its column
        assertThat(in.kept()).extracting(SubmissionImport.Kept::row).containsExactly(2, 3, 8);
        assertThat(in.submissions().get(0).receivedAt()).isEqualTo(Instant.parse("2024-11-20T01:30:00Z"))
                .isEqualTo(in.submissions().get(1).receivedAt());
        assertThat(in.submissions().get(0).messageId()).isEqualTo("so-1-2");
        assertThat(in.submissions().get(0).forwardedBy()).isEqualTo("hlhpn-tinh");
        Submission last = in.submissions().get(2);
        assertThat(last.channel()).isEqualTo(Channel.unionBranch("hlhpn-dak-ha", "district"));
        assertThat(last.asker().unit()).isEqualTo("tp-kon-tum");
        assertThat(in.errors()).extracting(SubmissionRowError::row, SubmissionRowError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, "Giờ"), org.assertj.core.groups.Tuple.tuple(5, "Giờ"),
                org.assertj.core.groups.Tuple.tuple(6, "Nơi gửi"), org.assertj.core.groups.Tuple.tuple(7, "Địa phương"));
        assertThat(in.errors().get(3).message().en()).startsWith("Ambiguous administrative unit");
    }

    @Test
    void should_refuse_defaults_that_could_not_make_a_message_id() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DEFAULTS.withMessagePrefix("số phiếu"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("messagePrefix");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SubmissionRowError(-1, null, null,
                vn.dialogue.text.Bilingual.of("a", "b"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new SubmissionRowError(2, null, "x".repeat(200), vn.dialogue.text.Bilingual.of("a", "b")).value())
                .hasSize(SubmissionRowError.MAX_VALUE + 1);
        assertThat(SubmissionColumn.ofHeader("  NGÀY NHẬN: ")).contains(SubmissionColumn.RECEIVED);
        assertThat(SubmissionColumn.ofHeader("***")).isEmpty();
        assertThat(SubmissionTable.channelName(ChannelKind.FLOOR)).isEqualTo("Tại hội nghị");
    }
}
