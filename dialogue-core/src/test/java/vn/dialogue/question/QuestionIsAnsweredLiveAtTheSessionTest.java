package vn.dialogue.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dialogue.question.Fixtures.*;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuestionIsAnsweredLiveAtTheSessionTest {

    @Test
    void should_record_who_answered_and_close_the_question_when_it_is_answered_live() {
        // GIVEN a drafted question
        QuestionRegistry registry = registry();
        Versioned q = drafted(registry, "a");
        // WHEN the secretariat records the live answer
        Versioned live = registry.execute(new QuestionCommand.AnswerLive(q.id(), q.version(),
                act(SECRETARIAT, AT_SESSION), SESSION, "so-ldtbxh", "Giám đốc Sở LĐ-TB&XH",
                "Sẽ nâng mức hỗ trợ từ năm 2025."));
        // THEN the answer is recorded with the agency, official and session
        LiveAnswer answer = ((AnsweredLiveQuestion) live.question()).answer();
        assertThat(answer.session()).isEqualTo(SESSION);
        assertThat(answer.agency()).isEqualTo("so-ldtbxh");
        assertThat(answer.official()).isEqualTo("Giám đốc Sở LĐ-TB&XH");
        assertThat(answer.at()).isEqualTo(AT_SESSION);
        // WHEN the compiling department closes it
        Versioned closed = registry.execute(new QuestionCommand.Close(q.id(), live.version(), act(COMPILER, at(22, 9))));
        // THEN it is closed and still says how it was settled
        ClosedQuestion state = (ClosedQuestion) closed.question();
        assertThat(state.settled()).isInstanceOf(AnsweredLiveQuestion.class);
        assertThat(Outcomes.liveAnswer(state)).contains(answer);
        assertThat(state.agency()).contains("so-ldtbxh");
    }

    @Test
    void should_answer_a_floor_question_live_in_the_same_lifecycle() {
        // GIVEN a question raised from the floor and accepted at once
        QuestionRegistry registry = registry();
        Submission floor = new Submission("floor-1", SubmissionKind.QUESTION, "Xin hỏi về học bổng cho trẻ em gái?",
                List.of(), asker("dak-to"), Channel.floor("truc-tuyen-dak-to"), AT_SESSION, null, List.of());
        Versioned q = registry.receive(floor, act(SECRETARIAT, AT_SESSION)).question();
        q = registry.execute(new QuestionCommand.Accept(q.id(), q.version(), act(MODERATOR, AT_SESSION),
                List.of("nang-cao-nang-luc")));
        // WHEN it is answered live straight away
        q = registry.execute(new QuestionCommand.AnswerLive(q.id(), q.version(), act(SECRETARIAT, at(21, 10)),
                SESSION, "so-gddt", null, "Có học bổng của tỉnh."));
        // THEN the session record has it, from the floor
        SessionRecord record = SessionRecord.of(SESSION, registry.questions());
        assertThat(record.entries()).singleElement().satisfies(e -> {
            assertThat(e.fromFloor()).isTrue();
            assertThat(e.outcome()).isEqualTo(SessionRecord.Outcome.ANSWERED_LIVE);
            assertThat(e.agency()).isEqualTo("so-gddt");
        });
        assertThat(record.fromFloor()).isEqualTo(1);
        assertThat(record.answeredLive()).isEqualTo(1);
    }

    @Test
    void should_refuse_live_outcomes_from_anyone_but_the_secretariat() {
        QuestionRegistry registry = registry();
        Versioned q = drafted(registry, "a");
        for (var actor : List.of(LDTBXH, COMPILER, MODERATOR)) {
            assertThatThrownBy(() -> registry.execute(new QuestionCommand.AnswerLive(q.id(), q.version(),
                    act(actor, AT_SESSION), SESSION, "so-ldtbxh", null, "x")))
                    .isInstanceOfSatisfying(ActionRefusedException.class,
                            e -> assertThat(e.action()).isEqualTo(Action.RECORD_LIVE_OUTCOME));
        }
        assertThat(registry.get(q.id())).contains(q);
    }

    @Test
    void should_refuse_a_session_unknown_to_the_plan() {
        QuestionRegistry registry = registry();
        Versioned q = drafted(registry, "a");
        assertThatThrownBy(() -> registry.execute(new QuestionCommand.AnswerLive(q.id(), q.version(),
                act(SECRETARIAT, AT_SESSION), "phien-khac", "so-ldtbxh", null, "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("session 'phien-khac'");
    }

    @Test
    void should_refuse_closing_by_anyone_but_the_compiling_department() {
        QuestionRegistry registry = registry();
        Versioned q = answeredLive(registry, "a");
        assertThatThrownBy(() -> registry.execute(new QuestionCommand.Close(q.id(), q.version(),
                act(SECRETARIAT, AT_SESSION)))).isInstanceOfSatisfying(ActionRefusedException.class,
                        e -> assertThat(e.action()).isEqualTo(Action.CLOSE));
        assertThat(registry.get(q.id())).contains(q);
    }
}
