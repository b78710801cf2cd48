package vn.dialogue.yearly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.plan.CarryOver;
import vn.dialogue.plan.PartOfDay;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Session;
import vn.dialogue.planfile.SeedPlans;
import vn.dialogue.venue.Venue;

/** Each rule of {@link NextYear}, one at a time, on the Kon Tum 2024 plan. */
class NextYearRulesOneByOneTest {

    private final Plan seed = SeedPlans.loadKonTum2024();

    private Plan sessionOn(LocalDate day) {
        return seed.withSessions(List.of(Session.on("doi-thoai", day, PartOfDay.MORNING)));
    }

    @Test
    void should_take_the_last_weekday_of_the_month_when_the_new_month_has_no_fifth_one() {
        // GIVEN a session on Friday 29 November 2024, the fifth Friday of the month
        NextYear.Result result = NextYear.into(2025).from(sessionOn(LocalDate.of(2024, 11, 29)));

        // THEN November 2025, with four Fridays, gets its last: the 28th; and the note says so
        assertThat(result.plan().sessions().get(0).date()).isEqualTo(LocalDate.of(2025, 11, 28));
        assertThat(result.notes()).contains("session doi-thoai: 2024-11-29 -> 2025-11-28");
    }

    @Test
    void should_keep_the_week_of_the_month_when_the_new_month_has_that_weekday() {
        // GIVEN Friday 1 November 2024, the first Friday
        Plan next = NextYear.into(2025).from(sessionOn(LocalDate.of(2024, 11, 1))).plan();

        // THEN the first Friday of November 2025, the 7th
        assertThat(next.sessions().get(0).date()).isEqualTo(LocalDate.of(2025, 11, 7));
        assertThat(NextYear.into(2025).from(sessionOn(LocalDate.of(2024, 11, 8))).plan().sessions().get(0).date())
                .isEqualTo(LocalDate.of(2025, 11, 14));
    }

    @Test
    void should_move_to_the_next_working_day_when_the_same_weekday_is_a_holiday() {
        // GIVEN Monday 2 September 2024 (first Monday); the first Monday of September 2026 is 7 September,
        // and of 2025 the 1st, a day off next to National Day
        WorkingCalendar vn = WorkingCalendar.vietnam();
        Plan next = NextYear.into(2025).from(sessionOn(LocalDate.of(2024, 9, 2))).plan();

        LocalDate moved = next.sessions().get(0).date();
        assertThat(moved).isAfterOrEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(vn.isWorkingDay(moved)).isTrue();
        assertThat(moved).isEqualTo(vn.workingDayOnOrAfter(LocalDate.of(2025, 9, 1)));
    }

    @Test
    void should_use_the_given_session_day_and_id_when_they_are_set() {
        NextYear.Result result = NextYear.into(2025).withId("kon-tum-doi-thoai-2025").sessionOn(LocalDate.of(2025, 10, 3))
                .from(seed);

        assertThat(result.plan().id()).isEqualTo("kon-tum-doi-thoai-2025");
        assertThat(result.plan().sessions()).singleElement().extracting(Session::date).isEqualTo(LocalDate.of(2025, 10, 3));
        assertThat(result.notes()).contains("id: kon-tum-2024-phu-nu -> kon-tum-doi-thoai-2025",
                "session doi-thoai: 2024-11 -> 2025-10-03");
        assertThat(result.notes()).noneMatch(n -> n.startsWith("registry replaced"));
    }

    @Test
    void should_title_a_carried_over_conclusion_task_as_a_report_and_list_no_agency_when_it_has_none() {
        CarryOver task = new CarryOver(seed.id(), CarryOver.Kind.CONCLUSION_TASK, "KL-3",
                "Rà soát nhà vệ sinh trường học", null, null);
        CarryOver question = new CarryOver(seed.id(), CarryOver.Kind.DEFERRED_QUESTION, "Q-1", "Vay vốn", "nhcsxh", null);

        NextYear.Result result = NextYear.into(2025).carryingOver(List.of(task, question)).from(seed);

        assertThat(result.plan().agenda()).hasSize(2);
        assertThat(result.plan().agenda().get(0).id()).isEqualTo("chuyen-tiep-1");
        assertThat(result.plan().agenda().get(0).title())
                .isEqualTo("Báo cáo kết quả thực hiện kết luận từ đối thoại trước (KL-3): Rà soát nhà vệ sinh trường học");
        assertThat(result.plan().agenda().get(0).agencies()).isEmpty();
        assertThat(result.plan().agenda().get(1).id()).isEqualTo("chuyen-tiep-2");
        assertThat(result.plan().agenda().get(1).title())
                .isEqualTo("Trả lời kiến nghị chưa giải quyết xong từ đối thoại trước (Q-1): Vay vốn");
        assertThat(result.notes()).contains("2 unsettled commitment(s) of kon-tum-2024-phu-nu carried over as the first agenda items");
    }

    @Test
    void should_move_the_year_in_text_but_not_inside_a_full_date_or_a_longer_number() {
        Plan themed = seed.toBuilder()
                .theme("Kế hoạch năm 2024, theo Quyết định ngày 5 tháng 1 năm 2024 và tháng 12/năm 2024; mã năm 20245")
                .build();

        Plan next = NextYear.into(2026).from(themed).plan();

        assertThat(next.theme()).isEqualTo(
                "Kế hoạch năm 2026, theo Quyết định ngày 5 tháng 1 năm 2024 và tháng 12/năm 2024; mã năm 20245");
    }

    @Test
    void should_map_ids_rename_text_and_keep_the_rest_when_a_remapping_gives_no_new_venues_or_place() {
        // GIVEN a remapping that renames one organisation and one unit, and one phrase
        Remapping mapping = new Remapping(null, Map.of("dak-ha", "xa-dak-ha"), Map.of("hlhpn-tinh", "hlhpn"),
                List.of(new Rename("Kon Tum", "Quảng Ngãi")), null, null, null, null, null);

        // WHEN next year's plan is derived with it
        NextYear.Result result = NextYear.into(2025).remappedBy(mapping).from(seed);
        Plan next = result.plan();

        // THEN the ids are mapped, the text renamed, the place and signature kept, and the note counts the changes
        assertThat(next.venues()).filteredOn(v -> v.id().equals("truc-tuyen-dak-ha")).singleElement()
                .extracting(Venue::unit).isEqualTo("xa-dak-ha");
        assertThat(next.venues()).extracting(Venue::unit).doesNotContain("dak-ha");
        assertThat(next.implementation().parts().stream().flatMap(p -> p.assignments().stream())
                .flatMap(a -> a.owners().stream())).contains("hlhpn").doesNotContain("hlhpn-tinh");
        assertThat(next.identity().place()).isEqualTo(seed.identity().place());
        assertThat(next.signature()).isEqualTo(seed.signature());
        assertThat(next.preamble()).doesNotContain("Kon Tum").contains("Quảng Ngãi");
        assertThat(next.registry()).isEqualTo(mapping.registry());
        assertThat(result.notes()).contains("registry replaced: 0 units, 0 organisations; 1 organisation ids and 1 unit"
                + " ids mapped; 1 renames");
    }

    @Test
    void should_map_unknown_ids_to_themselves_and_rename_in_order() {
        Remapping mapping = new Remapping(null, Map.of("a", "b"), Map.of("x", "y"),
                List.of(new Rename("huyện", "xã"), new Rename("xã Đăk", "phường Đăk")), "Quảng Ngãi", null, null,
                null, null);

        assertThat(mapping.unit("a")).isEqualTo("b");
        assertThat(mapping.unit("c")).isEqualTo("c");
        assertThat(mapping.organisation("x")).isEqualTo("y");
        assertThat(mapping.organisation("z")).isEqualTo("z");
        assertThat(mapping.rename("huyện Đăk Hà")).isEqualTo("phường Đăk Hà");
        assertThat(mapping.place()).isEqualTo("Quảng Ngãi");
        assertThat(new Remapping(null, null, null, null, null, null, null, null, null).units()).isEmpty();
    }
}
