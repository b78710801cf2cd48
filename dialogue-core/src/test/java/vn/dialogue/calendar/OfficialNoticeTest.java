package vn.dialogue.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@link OfficialNotice} and its parts: what a notice may say, and what it is refused for. */
class OfficialNoticeTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static OfficialNotice.DaysOff dayOff() {
        return new OfficialNotice.DaysOff(d("2025-06-02"), d("2025-06-02"), "Nghỉ");
    }

    @Test
    void should_keep_a_notice_that_only_gives_working_days_or_only_rule_days() {
        OfficialNotice working = new OfficialNotice("TB 1", "UBND", "", "s", List.of(),
                List.of(new OfficialNotice.WorkingDay(d("2025-06-07"), "Làm bù")), List.of());
        OfficialNotice rule = new OfficialNotice("TB 2", "UBND", "", "s", List.of(), List.of(),
                List.of(new OfficialNotice.RuleDays("tet-am-lich", d("2025-01-25"), d("2025-02-02"))));

        assertThat(working.workingDays()).singleElement().extracting(OfficialNotice.WorkingDay::date)
                .isEqualTo(d("2025-06-07"));
        assertThat(rule.ruleDays().get(0).dates()).hasSize(9).startsWith(d("2025-01-25")).endsWith(d("2025-02-02"));
    }

    @Test
    void should_refuse_a_notice_that_changes_nothing() {
        assertThatThrownBy(() -> new OfficialNotice("TB 1", "UBND", "", "s", List.of(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("notice TB 1 changes nothing: give daysOff, workingDays, ruleDays or decides");
    }

    @Test
    void should_compose_and_strip_the_text_and_copy_the_lists_when_a_notice_is_made() {
        // GIVEN decomposed, padded text and a list the caller keeps changing
        List<OfficialNotice.DaysOff> daysOff = new ArrayList<>(List.of(dayOff()));
        OfficialNotice notice = new OfficialNotice(" Công văn 1 ", Normalizer.normalize("Văn phòng Chính phủ ",
                Normalizer.Form.NFD), Normalizer.normalize(" Nghỉ lễ ", Normalizer.Form.NFD), " nguồn ", daysOff,
                List.of(), List.of());

        // WHEN the caller adds to the list afterwards
        daysOff.add(dayOff());

        // THEN the notice kept its own composed, stripped text and its one range
        assertThat(notice.reference()).isEqualTo("Công văn 1");
        assertThat(notice.issuer()).isEqualTo("Văn phòng Chính phủ");
        assertThat(notice.subject()).isEqualTo("Nghỉ lễ");
        assertThat(notice.source()).isEqualTo("nguồn");
        assertThat(notice.daysOff()).hasSize(1);
    }

    @Test
    void should_name_the_blank_field_when_a_notice_or_a_part_is_given_blank_text() {
        assertThatThrownBy(() -> new OfficialNotice(" ", "UBND", "", "s", List.of(dayOff()), List.of(), List.of()))
                .hasMessage("'reference' must not be blank");
        assertThatThrownBy(() -> new OfficialNotice("TB", "UBND", "", "", List.of(dayOff()), List.of(), List.of()))
                .hasMessage("'source' must not be blank");
        assertThatThrownBy(() -> new OfficialNotice.DaysOff(d("2025-06-02"), d("2025-06-02"), " "))
                .hasMessage("'name' must not be blank");
        assertThatThrownBy(() -> new OfficialNotice.WorkingDay(d("2025-06-07"), ""))
                .hasMessage("'name' must not be blank");
        assertThatThrownBy(() -> new OfficialNotice.RuleDays(" ", d("2025-06-07"), d("2025-06-07")))
                .hasMessage("'rule' must not be blank");
    }

    @Test
    void should_accept_a_one_day_range_and_refuse_a_reversed_one() {
        assertThat(dayOff().dates()).containsExactly(d("2025-06-02"));
        assertThat(new OfficialNotice.RuleDays("r", d("2025-09-01"), d("2025-09-01")).dates())
                .containsExactly(d("2025-09-01"));
        assertThatThrownBy(() -> new OfficialNotice.DaysOff(d("2025-06-02"), d("2025-06-01"), "Nghỉ"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'to' (2025-06-01) is before 'from' (2025-06-02)");
        assertThatThrownBy(() -> new OfficialNotice.RuleDays("r", d("2025-06-02"), d("2025-06-01")))
                .hasMessage("'to' (2025-06-01) is before 'from' (2025-06-02)");
    }

    @Test
    void should_refuse_holiday_days_that_span_two_years() {
        assertThatThrownBy(() -> new OfficialNotice.RuleDays("tet-duong-lich", d("2025-12-31"), d("2026-01-01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("holiday days must lie in one year, were 2025-12-31 to 2026-01-01");
        assertThat(new OfficialNotice.DaysOff(d("2025-12-31"), d("2026-01-01"), "Nghỉ").dates())
                .containsExactly(d("2025-12-31"), d("2026-01-01"));
    }
}
