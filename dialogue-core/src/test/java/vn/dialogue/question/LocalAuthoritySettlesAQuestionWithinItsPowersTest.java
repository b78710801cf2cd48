package vn.dialogue.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dialogue.question.Fixtures.*;

import org.junit.jupiter.api.Test;

import vn.dialogue.actor.Actor;

class LocalAuthoritySettlesAQuestionWithinItsPowersTest {

    @Test
    void should_record_the_local_settlement_and_its_report_then_close() {
        QuestionRegistry registry = registry();
        for (QuestionStatus status : new QuestionStatus[] {QuestionStatus.RECEIVED, QuestionStatus.ACCEPTED,
                QuestionStatus.ROUTED}) {
            // GIVEN a question the district can settle
            Versioned q = inState(status, registry, "l-" + status);
            // WHEN the district People's Committee reports it settled
            Versioned local = registry.execute(new QuestionCommand.HandleLocally(q.id(), q.version(),
                    act(DAK_HA, at(10, 9)), "dak-ha", "Đã cấp lại thẻ BHYT cho hộ gia đình."));
            // THEN it is handled locally by that authority, with the report
            LocalSettlement settlement = ((LocallyHandledQuestion) local.question()).settlement();
            assertThat(settlement.authority()).isEqualTo("ubnd-dak-ha");
            assertThat(settlement.unit()).isEqualTo("dak-ha");
            assertThat(settlement.report()).contains("thẻ BHYT");
            assertThat(local.question().agency()).contains("ubnd-dak-ha");
            // AND it can be closed
            assertThat(registry.execute(new QuestionCommand.Close(q.id(), local.version(), act(COMPILER, at(11, 9))))
                    .status()).isEqualTo(QuestionStatus.CLOSED);
        }
    }

    @Test
    void should_refuse_a_local_settlement_from_another_role_or_from_no_organisation() {
        QuestionRegistry registry = registry();
        Versioned q = received(registry, "a");
        assertThatThrownBy(() -> registry.execute(new QuestionCommand.HandleLocally(q.id(), q.version(),
                act(COMPILER, T0), "dak-ha", "x"))).isInstanceOfSatisfying(ActionRefusedException.class,
                        e -> assertThat(e.action()).isEqualTo(Action.HANDLE_LOCALLY));
        Actor nobodysAuthority = Actor.of("la-0", "Không đơn vị", RolePolicy.LOCAL_AUTHORITY, null);
        assertThatThrownBy(() -> registry.execute(new QuestionCommand.HandleLocally(q.id(), q.version(),
                act(nobodysAuthority, T0), "dak-ha", "x"))).isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("no organisation");
        assertThatThrownBy(() -> registry.execute(new QuestionCommand.HandleLocally(q.id(), q.version(),
                act(DAK_HA, T0), "huyen-khong-co", "x"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("administrative unit 'huyen-khong-co'");
        assertThat(registry.get(q.id())).contains(q);
    }
}
