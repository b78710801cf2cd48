package vn.dialogue.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dialogue.plan.Assignment;
import vn.dialogue.plan.DocumentIdentity;
import vn.dialogue.plan.DocumentType;
import vn.dialogue.plan.Implementation;
import vn.dialogue.plan.ImplementationPart;
import vn.dialogue.plan.IssueDate;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.PlanStatus;

class BeanValidationRuleTest {

    private final BeanValidationRule rule = new BeanValidationRule();

    private static DocumentIdentity identity(DocumentType type, Integer number, String symbol) {
        return new DocumentIdentity("ubnd", null, type, number, symbol, "Quảng Ngãi", IssueDate.parse("2026-02-05"),
                "Đối thoại");
    }

    @Test
    void should_require_number_symbol_and_signature_of_an_issued_plan() {
        Plan plan = PlanFixtures.issued().identity(identity(DocumentType.KE_HOACH, null, null)).signature(null)
                .recipients(List.of()).build();
        CheckReport report = PlanFixtures.check(rule, plan);
        assertThat(report.errors()).extracting(Finding::code).containsExactlyInAnyOrder("IDENTITY_NUMBER_REQUIRED",
                "IDENTITY_SYMBOL_REQUIRED", "PLAN_SIGNATURE_REQUIRED", "PLAN_RECIPIENTS_REQUIRED");
    }

    @Test
    void should_only_inform_when_a_draft_lacks_them() {
        Plan plan = PlanFixtures.issued().status(PlanStatus.DRAFT).identity(identity(DocumentType.KE_HOACH, null,
                "KH-UBND")).signature(null).build();
        CheckReport report = PlanFixtures.check(rule, plan);
        assertThat(report.errors()).isEmpty();
        assertThat(report.of(Severity.INFO)).extracting(Finding::code)
                .containsExactlyInAnyOrder("IDENTITY_NUMBER_REQUIRED", "PLAN_SIGNATURE_REQUIRED");
    }

    @Test
    void should_check_that_the_symbol_matches_the_type() {
        assertThat(PlanFixtures.check(rule, PlanFixtures.issued().identity(identity(DocumentType.KE_HOACH, 5,
                "TB-UBND")).build()).withCode("IDENTITY_SYMBOL_TYPE")).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("identity"));
        assertThat(PlanFixtures.check(rule, PlanFixtures.issued().identity(identity(DocumentType.CHUONG_TRINH, 5,
                "CTr-UBND")).build()).findings()).isEmpty();
        assertThat(PlanFixtures.check(rule, PlanFixtures.issued().identity(identity(DocumentType.CONG_VAN, 5,
                "UBND-VX")).build()).findings()).isEmpty();
        assertThat(PlanFixtures.check(rule, PlanFixtures.issued().identity(identity(DocumentType.CONG_VAN, 5,
                "KH-UBND")).build()).withCode("IDENTITY_SYMBOL_TYPE")).hasSize(1);
    }

    @Test
    void should_require_an_owner_and_text_for_every_assignment_and_task() {
        Plan plan = PlanFixtures.issued().implementation(new Implementation(List.of(new ImplementationPart("P",
                List.of(new Assignment(List.of(), null, null, List.of(PlanFixtures.task("t",
                        java.time.LocalDate.of(2026, 3, 1))))))), null)).build();
        assertThat(PlanFixtures.check(rule, plan).errors()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("TASK_OWNER_REQUIRED");
            assertThat(f.path()).isEqualTo("implementation.parts[0].assignments[0].owners");
        });
    }
}
