package vn.dialogue.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PlanModelTest {

    private static DocumentIdentity identity() {
        return new DocumentIdentity("ubnd", null, DocumentType.KE_HOACH, 5, "KH-UBND", "Kon Tum",
                IssueDate.parse("2024-10-05"), "Đối thoại");
    }

    @Test
    void should_print_number_and_symbol_with_a_leading_zero_or_a_blank() {
        assertThat(identity().numberAndSymbol()).isEqualTo("05/KH-UBND");
        assertThat(identity().withoutNumber().numberAndSymbol()).isEqualTo("     /KH-UBND");
    }

    @Test
    void should_copy_lists_so_later_changes_do_not_leak_in() {
        List<String> purposes = new ArrayList<>(List.of("Một"));
        Plan plan = Plan.builder("p", identity()).purposes(purposes).build();
        purposes.add("Hai");
        assertThat(plan.purposes()).containsExactly("Một");
        assertThatThrownBy(() -> plan.purposes().add("Ba")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void should_keep_session_date_and_month_consistent() {
        assertThatThrownBy(() -> new Session("s", LocalDate.of(2024, 12, 1), YearMonth.of(2024, 11), null, null, null))
                .hasMessageContaining("is not in month 2024-11");
        Session month = Session.expectedIn("s", YearMonth.of(2024, 11), PartOfDay.UNSPECIFIED);
        assertThat(month.earliestDay()).isEqualTo(LocalDate.of(2024, 11, 1));
        assertThat(month.latestDay()).isEqualTo(LocalDate.of(2024, 11, 30));
        assertThat(month.withDate(LocalDate.of(2024, 11, 22)).isDateKnown()).isTrue();
    }

    @Test
    void should_know_document_types_by_abbreviation() {
        assertThat(DocumentType.ofAbbreviation("CTr")).contains(DocumentType.CHUONG_TRINH);
        assertThat(DocumentType.ofAbbreviation("CT")).contains(DocumentType.CHI_THI);
        assertThat(DocumentType.ofAbbreviation("XX")).isEmpty();
    }

    @Test
    void should_require_the_body_signed_for_after_a_prefix() {
        assertThatThrownBy(() -> new Signature(SigningAuthority.KT, null, "PHÓ CHỦ TỊCH", "A"))
                .hasMessageContaining("KT. needs");
        assertThat(new Signature(SigningAuthority.KT, "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "A").authorityLine())
                .isEqualTo("KT. CHỦ TỊCH");
    }

    @Test
    void should_flatten_tasks_with_their_assignment_owners() {
        Task own = new Task("a", "x", List.of("other"), List.of(), List.of(), null);
        Task inherited = new Task("b", "y", List.of(), List.of(), List.of(), null);
        Plan plan = Plan.builder("p", identity()).implementation(new Implementation(List.of(
                new ImplementationPart("P", List.of(new Assignment(List.of("lead"), null, null,
                        List.of(own, inherited))))), null)).build();
        assertThat(plan.tasks()).extracting(PlannedTask::owners)
                .containsExactly(List.of("other"), List.of("lead"));
        assertThat(plan.task("b")).get().extracting(PlannedTask::path)
                .isEqualTo("implementation.parts[0].assignments[0].tasks[1]");
    }
}
