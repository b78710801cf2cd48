package vn.dialogue.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfficialNoticesTest {

    private static final String VALID = """
            notices:
              - reference: "Quyết định 12/QĐ-UBND"
                issuer: "Ủy ban nhân dân tỉnh"
                source: "test"
                daysOff:
                  - {from: 2025-06-02, to: 2025-06-03, name: "Nghỉ thử"}
                workingDays:
                  - {date: 2025-06-07, name: "Làm bù"}
                ruleDays:
                  - {rule: quoc-khanh-lien-ke, from: 2025-09-03, to: 2025-09-03}
            """;

    @Test
    void should_ship_every_notice_of_2024_to_2026_with_its_number_date_issuer_and_source() {
        List<OfficialNotice> bundled = OfficialNotices.bundled();
        assertThat(bundled).extracting(OfficialNotice::reference, OfficialNotice::date, OfficialNotice::issuer)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Công văn 8662/VPCP-KGVX", LocalDate.of(2023, 11, 3), "Văn phòng Chính phủ"),
                        org.assertj.core.groups.Tuple.tuple("Thông báo 5015/TB-LĐTBXH", LocalDate.of(2023, 11, 22),
                                "Bộ Lao động - Thương binh và Xã hội"),
                        org.assertj.core.groups.Tuple.tuple("Công văn 2450/VPCP-KGVX", LocalDate.of(2024, 4, 12), "Văn phòng Chính phủ"),
                        org.assertj.core.groups.Tuple.tuple("Công văn 8726/VPCP-KGVX", LocalDate.of(2024, 11, 26), "Văn phòng Chính phủ"),
                        org.assertj.core.groups.Tuple.tuple("Công văn 12729/VPCP-KGVX", LocalDate.of(2025, 12, 25), "Văn phòng Chính phủ"),
                        org.assertj.core.groups.Tuple.tuple("Thông báo 9441/TB-BNV", LocalDate.of(2025, 10, 16), "Bộ Nội vụ"));
        // every notice says where it was read and which periods it decides
        assertThat(bundled).allSatisfy(n -> {
            assertThat(n.source()).contains(".vn");
            assertThat(n.decides()).isNotEmpty();
        });
        // the Ministry of Labour's notice splits the Tết days the Prime Minister agreed to
        assertThat(bundled.get(1).ruleDays()).extracting(OfficialNotice.RuleDays::rule, OfficialNotice.RuleDays::from,
                        OfficialNotice.RuleDays::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("tet-am-lich", LocalDate.of(2024, 2, 8), LocalDate.of(2024, 2, 12)),
                        org.assertj.core.groups.Tuple.tuple("quoc-khanh-lien-ke", LocalDate.of(2024, 9, 3), LocalDate.of(2024, 9, 3)));
        assertThat(bundled.get(2).workingDays()).extracting(OfficialNotice.WorkingDay::date)
                .containsExactly(LocalDate.of(2024, 5, 4));
    }

    @Test
    void should_read_every_section_when_the_file_is_valid(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tinh.yaml");
        Files.writeString(file, VALID);
        List<OfficialNotice> notices = OfficialNotices.read(file);
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.issuer()).isEqualTo("Ủy ban nhân dân tỉnh");
            assertThat(n.subject()).isEmpty();
            assertThat(n.daysOff().get(0).dates()).containsExactly(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 3));
            assertThat(n.ruleDays().get(0).rule()).isEqualTo("quoc-khanh-lien-ke");
        });
        // AND a host calendar applies them
        WorkingCalendar calendar = WorkingCalendar.vietnam().withNotices(notices);
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 6, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 6, 7))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 3))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 1))).isTrue();
        assertThat(OfficialNotices.read(new ByteArrayInputStream(VALID.getBytes(StandardCharsets.UTF_8)), "s")).isEqualTo(notices);
    }

    private static NoticeFormatException failure(String yaml) {
        return catchThrowableOfType(NoticeFormatException.class, () -> OfficialNotices.parse(yaml, "tinh.yaml"));
    }

    @Test
    void should_name_line_and_field_when_a_date_is_malformed() {
        NoticeFormatException e = failure(VALID.replace("from: 2025-06-02", "from: 2025-13-02"));
        assertThat(e.file()).isEqualTo("tinh.yaml");
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.field()).isEqualTo("notices[0].daysOff[0].from");
        assertThat(e.getMessage()).contains("tinh.yaml line 6").contains("'2025-13-02' is not a date");
    }

    @Test
    void should_name_the_field_when_it_is_unknown() {
        NoticeFormatException e = failure(VALID.replace("    source: \"test\"", "    sorce: \"test\"\n    source: \"t\""));
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.field()).isEqualTo("notices[0].sorce");
        assertThat(e.problem()).startsWith("unknown field 'sorce'");
    }

    @Test
    void should_name_the_field_when_it_is_missing() {
        NoticeFormatException e = failure(VALID.replace("    source: \"test\"\n", ""));
        assertThat(e.field()).isEqualTo("notices[0].source");
        assertThat(e.problem()).isEqualTo("missing required field");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void should_explain_when_a_range_is_reversed() {
        NoticeFormatException e = failure(VALID.replace("to: 2025-06-03", "to: 2025-06-01"));
        assertThat(e.field()).isEqualTo("notices[0].daysOff[0]");
        assertThat(e.problem()).isEqualTo("'to' (2025-06-01) is before 'from' (2025-06-02)");
        assertThat(e.line()).isEqualTo(6);
    }

    @Test
    void should_report_the_line_when_the_yaml_is_broken() {
        NoticeFormatException e = failure("notices:\n  - reference: [unclosed\n");
        assertThat(e.line()).isGreaterThan(0);
        assertThat(e.getMessage()).startsWith("tinh.yaml line ");
    }

    @Test
    void should_refuse_a_notice_when_it_changes_nothing() {
        NoticeFormatException e = failure("notices:\n  - {reference: A, issuer: B, source: C}\n");
        assertThat(e.problem()).contains("changes nothing");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void should_refuse_an_empty_file() {
        assertThatThrownBy(() -> OfficialNotices.parse("", "tinh.yaml"))
                .isInstanceOf(NoticeFormatException.class).hasMessageContaining("empty");
    }

    @Test
    void should_refuse_a_blank_value() {
        NoticeFormatException e = failure(VALID.replace("issuer: \"Ủy ban nhân dân tỉnh\"", "issuer: \"  \""));
        assertThat(e.problem()).isEqualTo("'issuer' must not be blank");
        NoticeFormatException missing = failure(VALID.replace("issuer: \"Ủy ban nhân dân tỉnh\"", "issuer:"));
        assertThat(missing.field()).isEqualTo("notices[0].issuer");
        assertThat(missing.problem()).isEqualTo("missing value");
    }
}
