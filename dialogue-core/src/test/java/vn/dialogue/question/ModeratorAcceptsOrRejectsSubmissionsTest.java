package vn.dialogue.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dialogue.question.Fixtures.*;

import java.util.List;

import org.junit.jupiter.api.Test;

class ModeratorAcceptsOrRejectsSubmissionsTest {

    @Test
    void should_accept_under_the_submissions_own_topics_when_the_moderator_names_none() {
        // GIVEN a received submission that came with topic "chinh-sach"
        QuestionRegistry registry = registry();
        Versioned q = received(registry, "m-1");
        // WHEN the union's moderator accepts it
        Versioned accepted = registry.execute(new QuestionCommand.Accept(q.id(), 1, act(MODERATOR, T0, "fits"),
                List.of()));
        // THEN it is accepted, version 2, under that topic
        assertThat(accepted.status()).isEqualTo(QuestionStatus.ACCEPTED);
        assertThat(accepted.version()).isEqualTo(2);
        assertThat(accepted.question().dossier().topics()).containsExactly("chinh-sach");
    }

    @Test
    void should_accept_under_the_topics_the_moderator_chooses() {
        QuestionRegistry registry = registry();
        Versioned q = received(registry, "m-1");
        Versioned accepted = registry.execute(new QuestionCommand.Accept(q.id(), 1, act(MODERATOR, T0),
                List.of("quyen-va-an-toan", "nang-cao-nang-luc")));
        assertThat(accepted.question().dossier().topics()).containsExactly("quyen-va-an-toan", "nang-cao-nang-luc");
    }

    @Test
    void should_refuse_a_topic_the_plan_does_not_have() {
        QuestionRegistry registry = registry();
        Versioned q = received(registry, "m-1");
        assertThatThrownBy(() -> registry.execute(new QuestionCommand.Accept(q.id(), 1, act(MODERATOR, T0),
                List.of("thue-dat")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("topic 'thue-dat'").hasMessageContaining("kon-tum-2024-phu-nu");
        assertThat(registry.get(q.id())).contains(q);
    }

    @Test
    void should_refuse_acceptance_without_any_topic() {
        QuestionRegistry registry = registry();
        Submission noTopic = Submission.of("m-2", SubmissionKind.OPINION, "Ý kiến chung.", asker(null),
                Channel.hotline(), T0);
        Versioned q = registry.receive(noTopic, act(CLERK, T0)).question();
        assertThatThrownBy(() -> registry.execute(new QuestionCommand.Accept(q.id(), 1, act(MODERATOR, T0),
                List.of()))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("topic");
        assertThat(registry.get(q.id()).orElseThrow().status()).isEqualTo(QuestionStatus.RECEIVED);
    }

    @Test
    void should_reject_with_a_reason_when_the_submission_is_off_topic() {
        // GIVEN a received submission
        QuestionRegistry registry = registry();
        for (RejectionReason reason : RejectionReason.values()) {
            Versioned q = received(registry, "r-" + reason);
            // WHEN the moderator rejects it, saying why
            Versioned rejected = registry.execute(new QuestionCommand.Reject(q.id(), 1,
                    act(MODERATOR, T0, "explained to the asker by phone"), reason));
            // THEN it is rejected with the category and the words
            RejectedQuestion state = (RejectedQuestion) rejected.question();
            assertThat(state.reason()).isEqualTo(reason);
            assertThat(state.explanation()).isEqualTo("explained to the asker by phone");
            assertThat(state.at()).isEqualTo(T0);
            assertThat(rejected.status().isFinal()).isTrue();
        }
    }

    @Test
    void should_refuse_a_rejection_that_gives_no_reason() {
        QuestionRegistry registry = registry();
        Versioned q = received(registry, "m-1");
        assertThatThrownBy(() -> registry.execute(new QuestionCommand.Reject(q.id(), 1, act(MODERATOR, T0),
                RejectionReason.ABUSIVE))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a reason");
        assertThat(registry.get(q.id())).contains(q);
    }

    @Test
    void should_refuse_moderation_by_anyone_but_a_moderator_and_change_nothing() {
        QuestionRegistry registry = registry();
        Versioned q = received(registry, "m-1");
        for (var actor : List.of(COMPILER, CLERK, SECRETARIAT, LDTBXH, NOBODY)) {
            assertThatThrownBy(() -> registry.execute(new QuestionCommand.Accept(q.id(), 1, act(actor, T0),
                    List.of()))).isInstanceOfSatisfying(ActionRefusedException.class,
                            e -> assertThat(e.action()).isEqualTo(Action.MODERATE))
                    .hasMessageContaining("only the role moderator may");
            assertThatThrownBy(() -> registry.execute(new QuestionCommand.Reject(q.id(), 1,
                    act(actor, T0, "no"), RejectionReason.OFF_TOPIC))).isInstanceOf(ActionRefusedException.class);
        }
        assertThat(registry.get(q.id())).contains(q);
    }

    @Test
    void should_let_the_dialogue_give_moderation_to_another_role() {
        // GIVEN a youth dialogue where the youth union's "kiem-duyet" role moderates
        RolePolicy youth = RolePolicy.defaults().with(Action.MODERATE, "kiem-duyet");
        QuestionRegistry registry = QuestionRegistry.inMemory(youth);
        Versioned q = registry.receive(submission("y-1"), act(CLERK, T0)).question();
        var youthModerator = vn.dialogue.actor.Actor.of("td-1", "Tỉnh đoàn", "kiem-duyet", "tinh-doan");
        // WHEN/THEN the union's moderator is refused and the youth moderator is not
        assertThatThrownBy(() -> registry.execute(new QuestionCommand.Accept(q.id(), 1, act(MODERATOR, T0),
                List.of()))).isInstanceOf(ActionRefusedException.class);
        assertThat(registry.execute(new QuestionCommand.Accept(q.id(), 1, act(youthModerator, T0), List.of()))
                .status()).isEqualTo(QuestionStatus.ACCEPTED);
        assertThat(youth.rolesFor(Action.MODERATE)).containsExactly("kiem-duyet");
    }
}
