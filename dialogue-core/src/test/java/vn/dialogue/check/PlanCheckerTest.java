package vn.dialogue.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.dialogue.plan.Plan;
import vn.dialogue.planfile.SeedPlans;

class PlanCheckerTest {

    @Test
    void should_find_nothing_wrong_in_a_complete_issued_plan() {
        CheckReport report = PlanChecker.standard().check(PlanFixtures.issued().build());
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void should_find_no_error_in_the_seed_plan() {
        CheckReport report = PlanChecker.standard().check(SeedPlans.loadKonTum2024());
        assertThat(report.errors()).isEmpty();
        assertThat(report.withCode("TASK_DEADLINE_MAY_FOLLOW_SESSION")).hasSize(2);
        assertThat(report.withCode("IDENTITY_NUMBER_REQUIRED")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void should_turn_a_failing_host_rule_into_an_error_and_keep_going() {
        PlanRule broken = plan -> {
            throw new IllegalStateException("boom");
        };
        PlanRule host = plan -> List.of(Finding.warning("HOST_RULE", "", "vi", "en"));
        CheckReport report = PlanChecker.standard().with(broken, host).check(PlanFixtures.issued().build());
        assertThat(report.withCode("RULE_FAILED")).singleElement()
                .satisfies(f -> assertThat(f.message().en()).contains("boom"));
        assertThat(report.withCode("HOST_RULE")).hasSize(1);
    }

    @Test
    void should_never_throw_on_a_bare_draft() {
        Plan bare = Plan.builder("draft", PlanFixtures.issued().build().identity().withoutNumber()).build();
        CheckReport report = PlanChecker.standard().check(bare);
        assertThat(report.withCode("PLAN_SESSIONS_REQUIRED")).hasSize(1);
        assertThat(report.withCode("PLAN_FORMAT_REQUIRED")).hasSize(1);
        assertThat(report.withCode("IDENTITY_NUMBER_REQUIRED")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void should_report_findings_in_both_languages_most_severe_first() {
        Plan plan = PlanFixtures.issued().theme(" ").build();
        CheckReport report = PlanChecker.standard().check(plan);
        assertThat(report.findings().get(0).severity()).isEqualTo(Severity.ERROR);
        Finding f = report.withCode("PLAN_THEME_REQUIRED").get(0);
        assertThat(f.path()).isEqualTo("theme");
        assertThat(f.message().vi()).isEqualTo("Kế hoạch chưa có chủ đề đối thoại.");
        assertThat(f.message().en()).isEqualTo("The plan has no dialogue theme.");
        assertThat(report.format(Locale.forLanguageTag("vi"))).contains("LỖI PLAN_THEME_REQUIRED theme: Kế hoạch")
                .endsWith("1 LỖI, 0 CẢNH BÁO, 0 THÔNG TIN");
        assertThat(report.format(Locale.ENGLISH)).contains("ERROR PLAN_THEME_REQUIRED theme: The plan")
                .endsWith("1 ERROR, 0 WARNING, 0 INFO");
    }
}
