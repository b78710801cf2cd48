package vn.dialogue.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dialogue.question.Fixtures.*;

import org.junit.jupiter.api.Test;

class AskerWithdrawsBeforeTheAnswerTest {

    @Test
    void should_withdraw_from_every_state_before_the_answer_keeping_what_it_was() {
        QuestionRegistry registry = registry();
        for (QuestionStatus status : QuestionStatus.values()) {
            if (!status.allowed().contains(Transition.WITHDRAW)) {
                continue;
            }
            // GIVEN a question in a state before its answer
            Versioned q = inState(status, registry, "w-" + status);
            // WHEN the asker withdraws it
            Versioned withdrawn = registry.execute(new QuestionCommand.Withdraw(q.id(), q.version(),
                    act(CLERK, at(23, 9), "asker wrote to withdraw")));
            // THEN it is withdrawn, final, and keeps the state it left
            WithdrawnQuestion state = (WithdrawnQuestion) withdrawn.question();
            assertThat(state.before()).isEqualTo(q.question());
            assertThat(state.at()).isEqualTo(at(23, 9));
            assertThat(withdrawn.status().isFinal()).isTrue();
        }
    }

    @Test
    void should_refuse_a_withdrawal_once_answered() {
        QuestionRegistry registry = registry();
        Versioned q = answeredLive(registry, "a");
        assertThatThrownBy(() -> registry.execute(new QuestionCommand.Withdraw(q.id(), q.version(),
                act(CLERK, at(23, 9), "too late")))).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void should_refuse_a_withdrawal_recorded_by_an_agency_or_without_a_reason() {
        QuestionRegistry registry = registry();
        Versioned q = routed(registry, "a");
        assertThatThrownBy(() -> registry.execute(new QuestionCommand.Withdraw(q.id(), q.version(),
                act(LDTBXH, at(23, 9), "x")))).isInstanceOfSatisfying(ActionRefusedException.class,
                        e -> assertThat(e.action()).isEqualTo(Action.WITHDRAW));
        assertThatThrownBy(() -> registry.execute(new QuestionCommand.Withdraw(q.id(), q.version(),
                act(CLERK, at(23, 9))))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a reason");
        assertThat(registry.get(q.id())).contains(q);
    }
}
