package vn.dialogue.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.dialogue.text.Bilingual;

/** {@link CheckReport} and {@link Finding}: the order, the filters and the text a host shows. */
class CheckReportTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Finding info = Finding.info("SESSION_DATE_UNKNOWN", "sessions[0]", "chưa có ngày", "no day yet");
    private final Finding warningB = Finding.warning("TASK_DEADLINE_LATE", "tasks[2]", "hạn muộn", "late deadline");
    private final Finding warningA = Finding.warning("TASK_OWNER_VAGUE", "tasks[1]", "chủ trì chung chung", "vague owner");
    private final Finding error = Finding.error("TASK_OWNER_MISSING", "", "thiếu chủ trì", "owner missing");

    @Test
    void should_order_findings_most_severe_first_then_by_path_then_by_code() {
        // GIVEN findings in no particular order, two on the same path
        Finding samePathOtherCode = Finding.warning("TASK_DEADLINE_EARLY", "tasks[2]", "sớm", "early");
        List<Finding> given = new ArrayList<>(List.of(info, warningB, samePathOtherCode, warningA, error));

        // WHEN they make a report
        CheckReport report = new CheckReport(given);
        given.clear();

        // THEN errors come first, then warnings by path and code, then information; the report kept its copy
        assertThat(report.findings()).containsExactly(error, warningA, samePathOtherCode, warningB, info);
        assertThat(report.errors()).containsExactly(error);
        assertThat(report.warnings()).containsExactly(warningA, samePathOtherCode, warningB);
        assertThat(report.of(Severity.INFO)).containsExactly(info);
        assertThat(report.withCode("TASK_DEADLINE_LATE")).containsExactly(warningB);
        assertThat(report.withCode("NO_SUCH_CODE")).isEmpty();
    }

    @Test
    void should_have_errors_only_when_one_finding_is_an_error() {
        assertThat(new CheckReport(List.of(warningA, info)).hasErrors()).isFalse();
        assertThat(new CheckReport(List.of(warningA, error)).hasErrors()).isTrue();
        assertThat(new CheckReport(List.of()).hasErrors()).isFalse();
    }

    @Test
    void should_print_one_line_per_finding_and_a_count_in_the_language_asked_for() {
        CheckReport report = new CheckReport(List.of(info, warningA, error));

        assertThat(report.format(Locale.ENGLISH)).isEqualTo("""
                ERROR TASK_OWNER_MISSING: owner missing
                WARNING TASK_OWNER_VAGUE tasks[1]: vague owner
                INFO SESSION_DATE_UNKNOWN sessions[0]: no day yet
                1 ERROR, 1 WARNING, 1 INFO""");
        assertThat(report.format(VI)).isEqualTo("""
                LỖI TASK_OWNER_MISSING: thiếu chủ trì
                CẢNH BÁO TASK_OWNER_VAGUE tasks[1]: chủ trì chung chung
                THÔNG TIN SESSION_DATE_UNKNOWN sessions[0]: chưa có ngày
                1 LỖI, 1 CẢNH BÁO, 1 THÔNG TIN""");
        assertThat(report.toString()).isEqualTo(report.format(Locale.ENGLISH));
        assertThat(new CheckReport(List.of()).format(Locale.ENGLISH)).isEqualTo("0 ERROR, 0 WARNING, 0 INFO");
        assertThat(new CheckReport(List.of()).format(VI)).isEqualTo("0 LỖI, 0 CẢNH BÁO, 0 THÔNG TIN");
    }

    @Test
    void should_print_a_finding_with_or_without_its_path() {
        assertThat(error.toString()).isEqualTo("ERROR TASK_OWNER_MISSING: owner missing");
        assertThat(warningA.format(VI)).isEqualTo("CẢNH BÁO TASK_OWNER_VAGUE tasks[1]: chủ trì chung chung");
        assertThat(error.format(VI)).isEqualTo("LỖI TASK_OWNER_MISSING: thiếu chủ trì");
        assertThat(info.severity()).isEqualTo(Severity.INFO);
        assertThat(error.message()).isEqualTo(Bilingual.of("thiếu chủ trì", "owner missing"));
    }

    @Test
    void should_refuse_a_finding_without_severity_code_path_or_message() {
        Bilingual m = Bilingual.of("a", "b");
        assertThatNullPointerException().isThrownBy(() -> new Finding(null, "C", "", m)).withMessage("severity");
        assertThatNullPointerException().isThrownBy(() -> new Finding(Severity.ERROR, null, "", m)).withMessage("code");
        assertThatNullPointerException().isThrownBy(() -> new Finding(Severity.ERROR, "C", null, m)).withMessage("path");
        assertThatNullPointerException().isThrownBy(() -> new Finding(Severity.ERROR, "C", "", null))
                .withMessage("message");
    }

    @Test
    void should_speak_vietnamese_only_to_a_vietnamese_locale() {
        Bilingual m = Bilingual.of("xin chào", "hello");
        assertThat(m.in(VI)).isEqualTo("xin chào");
        assertThat(m.in(Locale.forLanguageTag("vi-VN"))).isEqualTo("xin chào");
        assertThat(m.in(Locale.FRENCH)).isEqualTo("hello");
        assertThat(m.toString()).isEqualTo("xin chào / hello");
    }
}
