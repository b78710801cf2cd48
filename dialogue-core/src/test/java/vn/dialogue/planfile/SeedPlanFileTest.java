package vn.dialogue.planfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import vn.dialogue.deadline.DeadlineRule;
import vn.dialogue.deadline.DependentDeadline;
import vn.dialogue.deadline.FixedDeadline;
import vn.dialogue.plan.DelegateRole;
import vn.dialogue.plan.DocumentType;
import vn.dialogue.plan.Headcount;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.PlanStatus;
import vn.dialogue.plan.PlannedTask;
import vn.dialogue.plan.SigningAuthority;

class SeedPlanFileTest {

    private final Plan plan = SeedPlans.loadKonTum2024();

    @Test
    void should_hold_the_identity_of_the_draft() {
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.identity().type()).isEqualTo(DocumentType.KE_HOACH);
        assertThat(plan.identity().number()).isNull();
        assertThat(plan.identity().numberAndSymbol()).isEqualTo("     /KH-UBND");
        assertThat(plan.identity().issueDate().toString()).isEqualTo("2024-10");
        assertThat(plan.registry().organisationName(plan.identity().issuer())).isEqualTo("Ủy ban nhân dân tỉnh Kon Tum");
        assertThat(plan.legalBases()).extracting(b -> b.number())
                .containsExactly("8059/VPCP-QHĐP", "60-KH/TU", "21-CT/TW");
    }

    @Test
    void should_hold_the_theme_exactly() {
        assertThat(plan.theme()).isEqualTo("Bình đẳng giới và những vấn đề cần quan tâm đối với phụ nữ và trẻ em");
        assertThat(plan.topics()).hasSize(3);
        assertThat(plan.purposes()).hasSize(3);
    }

    @Test
    void should_hold_the_session_venue_and_counts() {
        assertThat(plan.sessions()).singleElement().satisfies(s -> {
            assertThat(s.month()).isEqualTo(YearMonth.of(2024, 11));
            assertThat(s.isDateKnown()).isFalse();
        });
        assertThat(plan.venue(plan.format().mainVenue())).get().extracting(v -> v.name())
                .isEqualTo("Hội trường Ngọc Linh");
        assertThat(plan.format().bridgePoints()).hasSize(9);
        assertThat(plan.attendance().get(0).expected()).isEqualTo(Headcount.about(250));
        assertThat(plan.delegateGroups()).filteredOn(g -> g.role() == DelegateRole.PARTICIPANT)
                .extracting(g -> g.expected()).contains(Headcount.about(200));
    }

    @Test
    void should_hold_the_three_deadlines() {
        assertThat(plan.tasks()).extracting(PlannedTask::task).filteredOn(t -> t.deadline() != null)
                .extracting(t -> fixed(t.deadline()).date())
                .containsExactly(LocalDate.of(2024, 10, 29), LocalDate.of(2024, 11, 15), LocalDate.of(2024, 11, 20));
        assertThat(plan.task("tong-hop-y-kien-phu-nu")).get().extracting(PlannedTask::owners)
                .asList().containsExactly("hlhpn-tinh");
    }

    /** The fixed day of a deadline, also when it follows other tasks. */
    private static FixedDeadline fixed(DeadlineRule rule) {
        return (FixedDeadline) (rule instanceof DependentDeadline dependent ? dependent.rule() : rule);
    }

    @Test
    void should_hold_recipients_archive_and_signer() {
        assertThat(plan.recipients()).hasSize(15);
        assertThat(plan.recipients().get(0).mark()).isEqualTo("b/c");
        assertThat(plan.recipients().get(14).children()).hasSize(3);
        assertThat(plan.archive()).containsExactly("VT", "KGVX.NTMD");
        assertThat(plan.signature().authority()).isEqualTo(SigningAuthority.TM);
        assertThat(plan.signature().authorityLine()).isEqualTo("TM. ỦY BAN NHÂN DÂN");
        assertThat(plan.signature().signer()).isEqualTo("Lê Ngọc Tuấn");
    }

    @Test
    void should_round_trip_losslessly_in_yaml_and_json() {
        for (Format format : Format.values()) {
            String written = PlanFiles.write(plan, format);
            Plan again = PlanFiles.read("again", written, format);
            assertThat(again).as(format.name()).isEqualTo(plan);
            assertThat(PlanFiles.write(again, format)).as("stable " + format).isEqualTo(written);
        }
    }
}
