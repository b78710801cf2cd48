package vn.dialogue.yearly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.check.CheckReport;
import vn.dialogue.check.PlanChecker;
import vn.dialogue.deadline.DependentDeadline;
import vn.dialogue.deadline.FixedDeadline;
import vn.dialogue.plan.CarryOver;
import vn.dialogue.plan.PartOfDay;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.PlanStatus;
import vn.dialogue.plan.PlannedTask;
import vn.dialogue.plan.Session;
import vn.dialogue.planfile.PlanFiles;
import vn.dialogue.planfile.SeedPlans;
import vn.dialogue.planfile.YearlyFiles;
import vn.dialogue.timeline.TimelineRules;

class NextYearTest {

    private static final Path MAPPING = SeedPlans.konTum2024().getParent()
            .resolve("mappings/kon-tum-2024-to-quang-ngai-2026.yaml");

    private final Plan seed = SeedPlans.loadKonTum2024();

    private static LocalDate fixedDay(PlannedTask t) {
        Object rule = t.task().deadline();
        if (rule instanceof DependentDeadline d) {
            rule = d.rule();
        }
        return ((FixedDeadline) rule).date();
    }

    @Test
    void should_clear_the_number_move_the_year_and_keep_the_legal_bases() {
        Plan next = NextYear.into(2025).from(seed).plan();
        assertThat(next.id()).isEqualTo("kon-tum-2025-phu-nu");
        assertThat(next.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(next.identity().number()).isNull();
        assertThat(next.identity().issueDate().toString()).isEqualTo("2025-10");
        assertThat(next.identity().subject()).endsWith("với phụ nữ năm 2025");
        assertThat(next.legalBases()).isEqualTo(seed.legalBases());
        assertThat(next.preamble()).contains("ngày 16 tháng 8 năm 2018").contains("tỉnh Kon Tum năm 2025");
        assertThat(next.funding().get(0).text()).contains("năm 2025");
        assertThat(next.sessions()).singleElement().extracting(Session::month).isEqualTo(YearMonth.of(2025, 11));
    }

    @Test
    void should_keep_day_and_month_of_fixed_deadlines_moved_back_to_a_working_day() {
        Plan next = NextYear.into(2026).from(seed).plan();
        // 29/10/2026 is a Thursday; 15/11/2026 a Sunday, moved back to Friday 13/11; 20/11/2026 a Friday
        assertThat(next.tasks()).filteredOn(t -> t.task().deadline() != null).extracting(NextYearTest::fixedDay)
                .containsExactly(LocalDate.of(2026, 10, 29), LocalDate.of(2026, 11, 13), LocalDate.of(2026, 11, 20));
        assertThat(next.task("tham-muu-tai-lieu").get().task().deadline()).isInstanceOf(DependentDeadline.class);
    }

    @Test
    void should_keep_the_working_day_distance_to_a_known_session() {
        Plan dated = seed.withSessions(List.of(Session.on("doi-thoai", LocalDate.of(2024, 11, 22), PartOfDay.MORNING)));
        Plan next = NextYear.into(2025).from(dated).plan();
        // the fourth Friday of November 2025 is the 28th
        assertThat(next.sessions().get(0).date()).isEqualTo(LocalDate.of(2025, 11, 28));
        WorkingCalendar vn = WorkingCalendar.vietnam();
        List<PlannedTask> before = dated.tasks().stream().filter(t -> t.task().deadline() != null).toList();
        List<PlannedTask> after = next.tasks().stream().filter(t -> t.task().deadline() != null).toList();
        for (int i = 0; i < before.size(); i++) {
            assertThat(vn.workingDaysBetween(fixedDay(after.get(i)), LocalDate.of(2025, 11, 28)))
                    .isEqualTo(vn.workingDaysBetween(fixedDay(before.get(i)), LocalDate.of(2024, 11, 22)));
        }
    }

    @Test
    void should_carry_unsettled_commitments_over_as_the_first_agenda_items() {
        CarryOver open = new CarryOver(seed.id(), CarryOver.Kind.DEFERRED_QUESTION, "Q-0007",
                "Hỗ trợ vay vốn cho phụ nữ khởi nghiệp", "nhcsxh", LocalDate.of(2024, 12, 20));
        Plan next = NextYear.into(2025).carryingOver(List.of(open)).from(seed).plan();
        assertThat(next.agenda()).singleElement().satisfies(a -> {
            assertThat(a.carriedOver()).isEqualTo(open);
            assertThat(a.title()).contains("Q-0007").contains("Hỗ trợ vay vốn");
            assertThat(a.agencies()).containsExactly("nhcsxh");
        });
    }

    @Test
    void should_remap_to_two_levels_and_pass_the_checks() {
        Remapping mapping = YearlyFiles.readRemapping(MAPPING);
        NextYear.Result result = NextYear.into(2026).sessionOn(LocalDate.of(2026, 11, 20)).remappedBy(mapping)
                .from(seed);
        Plan next = result.plan();
        assertThat(next.registry().levels()).extracting(l -> l.id()).containsExactly("province", "commune");
        assertThat(next.identity().place()).isEqualTo("Quảng Ngãi");
        assertThat(next.format().bridgePoints()).allSatisfy(b -> assertThat(next.registry().unit(b.unit()))
                .get().extracting(u -> u.level()).isEqualTo("commune"));
        assertThat(next.task("tong-hop-chuyen-co-quan").get().owners()).containsExactly("so-noi-vu");
        assertThat(next.implementation().parts().get(1).assignments().get(1).heading()).isEqualTo("Sở Nội vụ");
        assertThat(next.recipients()).extracting(r -> r.text()).doesNotHaveDuplicates()
                .contains("Ban Tuyên giáo và Dân vận Tỉnh ủy", "UBND các xã, phường");
        assertThat(PlanFiles.write(next, vn.dialogue.planfile.Format.YAML))
                .doesNotContain("Lao động - Thương binh").doesNotContain("huyện").doesNotContain("Kon Tum năm 2024");
        CheckReport report = PlanChecker.standard().with(TimelineRules.all(WorkingCalendar.vietnam())).check(next);
        assertThat(report.errors()).isEmpty();
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("registry replaced"));
    }

    @Test
    void should_refuse_a_year_that_is_not_later() {
        assertThatThrownBy(() -> NextYear.into(2024).from(seed)).hasMessageContaining("is not after");
        assertThatThrownBy(() -> NextYear.into(2026).sessionOn(LocalDate.of(2025, 1, 1)))
                .hasMessageContaining("not in 2026");
    }
}
