package vn.dialogue.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dialogue.question.Fixtures.*;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dialogue.question.QuestionEvent.AnswerContributed;
import vn.dialogue.question.QuestionEvent.AnswerDrafted;
import vn.dialogue.question.QuestionEvent.AskerErased;
import vn.dialogue.question.QuestionEvent.QuestionAnsweredLive;
import vn.dialogue.question.QuestionEvent.QuestionDeferred;
import vn.dialogue.question.QuestionEvent.QuestionHandledLocally;
import vn.dialogue.question.QuestionEvent.QuestionWithdrawn;
import vn.dialogue.question.QuestionEvent.QuestionsCompiled;

/** Replaying an event folds it into the state only where the state allows it, as the command would have. */
class ReplayRefusesEventsTheStateDoesNotAllowTest {

    @Test
    void should_refuse_a_live_answer_or_deferral_when_the_question_was_only_received() {
        try (QuestionRegistry registry = registry()) {
            Question received = received(registry, "m-1").question();
            QuestionId id = received.id();
            assertThatThrownBy(() -> Evolution.evolve(received, new QuestionAnsweredLive(id, act(SECRETARIAT,
                    AT_SESSION), SESSION, "so-ldtbxh", null, "Trả lời.")))
                    .isInstanceOf(IllegalTransitionException.class);
            assertThatThrownBy(() -> Evolution.evolve(received, new QuestionDeferred(id, act(SECRETARIAT,
                    AT_SESSION, "cần nghiên cứu"), SESSION, "so-ldtbxh", null, LocalDate.of(2024, 12, 5),
                    LocalDate.of(2024, 11, 26))))
                    .isInstanceOf(IllegalTransitionException.class);
        }
    }

    @Test
    void should_refuse_a_withdrawal_or_local_handling_when_the_question_is_closed() {
        try (QuestionRegistry registry = registry()) {
            Question closed = closed(registry, "m-1").question();
            QuestionId id = closed.id();
            assertThatThrownBy(() -> Evolution.evolve(closed, new QuestionWithdrawn(id, act(CLERK, AT_SESSION,
                    "rút"))))
                    .isInstanceOf(IllegalTransitionException.class);
            assertThatThrownBy(() -> Evolution.evolve(closed, new QuestionHandledLocally(id, act(DAK_HA, AT_SESSION),
                    "dak-ha", "ubnd-dak-ha", "Đã xử lý.")))
                    .isInstanceOf(IllegalTransitionException.class);
        }
    }

    @Test
    void should_fold_a_contribution_and_a_new_draft_into_a_drafted_question() {
        try (QuestionRegistry registry = registry()) {
            Question drafted = drafted(registry, "m-1").question();
            QuestionId id = drafted.id();
            Question contributed = Evolution.evolve(drafted, new AnswerContributed(id, act(BHXH, AT_SESSION),
                    "bhxh-tinh", "Số liệu."));
            assertThat(contributed).isInstanceOf(DraftedQuestion.class).isNotEqualTo(drafted);
            Question redrafted = Evolution.evolve(contributed, new AnswerDrafted(id, act(LDTBXH, AT_SESSION),
                    "so-ldtbxh", "Dự thảo mới."));
            assertThat(redrafted).isInstanceOf(DraftedQuestion.class).isNotEqualTo(contributed);
            assertThat(redrafted.status()).isEqualTo(QuestionStatus.ANSWER_DRAFTED);
        }
    }

    @Test
    void should_erase_the_asker_on_replay_and_send_compilations_to_compile() {
        try (QuestionRegistry registry = registry()) {
            Question received = received(registry, "m-1").question();
            QuestionId id = received.id();
            Question erased = Evolution.evolve(received, new AskerErased(id, act(COMPILER, AT_SESSION)));
            assertThat(erased.status()).isEqualTo(QuestionStatus.RECEIVED);
            assertThat(erased.dossier().originals().get(0).submission().asker().name())
                    .isNotEqualTo(ASKER_NAME);
            assertThat(Erasure.erased(erased, id)).isTrue();
            QuestionsCompiled compiled = new QuestionsCompiled(QuestionId.of("q-000099"), act(COMPILER, AT_SESSION),
                    List.of(id, QuestionId.of("q-000098")), "Tổng hợp", List.of("chinh-sach"));
            assertThatThrownBy(() -> Evolution.evolve(received, compiled))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("compile()");
        }
    }
}
