package vn.dialogue.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dialogue.question.Fixtures.*;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class SubmissionIsRecordedOnceWhateverTheChannelRepeatsTest {

    @Test
    void should_record_one_question_when_the_same_channel_message_arrives_twice() {
        // GIVEN a registry
        QuestionRegistry registry = registry();
        Submission portal = new Submission("form-771", SubmissionKind.PROPOSAL, "Đề xuất mở lớp dạy nghề cho phụ nữ.",
                List.of(), asker("dak-ha"), Channel.webPortal("cong-ttdt"), T0, null,
                List.of(Attachment.of("portal://files/771.pdf")));
        // WHEN the portal delivers the same form twice
        Intake first = registry.receive(portal, act(CLERK, T0));
        Intake second = registry.receive(portal, act(CLERK, T0.plusSeconds(5)));
        // THEN one question exists, received, and the second intake says it was a duplicate
        assertThat(first.duplicate()).isFalse();
        assertThat(second.duplicate()).isTrue();
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(registry.size()).isEqualTo(1);
        assertThat(first.question().status()).isEqualTo(QuestionStatus.RECEIVED);
        assertThat(first.question().version()).isEqualTo(1);
        ReceivedQuestion received = (ReceivedQuestion) first.question().question();
        assertThat(received.submission()).isEqualTo(portal);
        assertThat(received.submission().attachments()).containsExactly(Attachment.of("portal://files/771.pdf"));
        assertThat(registry.find(portal)).contains(first.question());
    }

    @Test
    void should_record_two_questions_when_the_same_message_id_comes_from_two_channels() {
        QuestionRegistry registry = registry();
        Submission viaBranch = submission("msg-1");
        Submission viaEmail = new Submission("msg-1", SubmissionKind.QUESTION, "Câu hỏi gửi qua thư điện tử.",
                List.of(), asker(null), Channel.email(), T0, null, List.of());
        Intake a = registry.receive(viaBranch, act(CLERK, T0));
        Intake b = registry.receive(viaEmail, act(CLERK, T0));
        assertThat(a.id()).isNotEqualTo(b.id());
        assertThat(registry.size()).isEqualTo(2);
        assertThat(viaBranch.intakeKey()).isEqualTo("UNION_BRANCH:hlhpn-tinh#msg-1");
        assertThat(viaEmail.intakeKey()).isEqualTo("EMAIL#msg-1");
    }

    @Test
    void should_record_a_question_from_the_floor_like_any_other_when_the_secretariat_takes_it() {
        // GIVEN the session is under way
        QuestionRegistry registry = registry();
        Submission floor = new Submission("floor-3", SubmissionKind.QUESTION,
                "Xin hỏi chính sách hỗ trợ phụ nữ khởi nghiệp?", List.of(), asker("tp-kon-tum"),
                Channel.floor("hoi-truong-ngoc-linh"), AT_SESSION, null, List.of());
        // WHEN the secretariat records it
        Intake intake = registry.receive(floor, act(SECRETARIAT, AT_SESSION));
        // THEN it enters the same lifecycle, received
        assertThat(intake.question().status()).isEqualTo(QuestionStatus.RECEIVED);
        assertThat(Outcomes.fromFloor(intake.question().question())).isTrue();
    }

    @Test
    void should_refuse_intake_and_record_nothing_when_the_actor_may_not_record_submissions() {
        QuestionRegistry registry = registry();
        assertThatThrownBy(() -> registry.receive(submission("msg-9"), act(BHXH, T0)))
                .isInstanceOfSatisfying(ActionRefusedException.class, e -> {
                    assertThat(e.action()).isEqualTo(Action.RECEIVE);
                    assertThat(e.actor()).isEqualTo(BHXH);
                })
                .hasMessageContaining("ag-bhxh").hasMessageContaining("record a submission")
                .hasMessageContaining("intake");
        assertThat(registry.size()).isZero();
        assertThat(registry.find(submission("msg-9"))).isEmpty();
    }

    @Test
    void should_refuse_submissions_that_lose_or_hide_what_was_sent() {
        Asker asker = asker("dak-ha");
        Channel channel = Channel.hotline();
        Instant at = T0;
        assertThatThrownBy(() -> Submission.of("m-1", SubmissionKind.OPINION, "   ", asker, channel, at))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("m-1").hasMessageContaining("blank");
        assertThatThrownBy(() -> Submission.of("m-2", SubmissionKind.OPINION, "x".repeat(Submission.MAX_TEXT + 1),
                asker, channel, at)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit is " + Submission.MAX_TEXT);
        assertThatThrownBy(() -> Submission.of("has space", SubmissionKind.OPINION, "text", asker, channel, at))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("messageId");
        assertThatThrownBy(() -> new Channel(ChannelKind.UNION_BRANCH, "hlhpn-tinh", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("level");
        assertThatThrownBy(() -> new Asker(" ", null, null, null, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    }

    @Test
    void should_keep_the_text_as_typed_only_composed_when_it_arrives_decomposed() {
        String decomposed = java.text.Normalizer.normalize("Hỗ trợ vay vốn", java.text.Normalizer.Form.NFD);
        Submission s = Submission.of("m-3", SubmissionKind.PROPOSAL, decomposed, asker(null), Channel.paper(), T0);
        assertThat(s.text()).isEqualTo("Hỗ trợ vay vốn");
        assertThat(s.kind().vietnamese()).isEqualTo("đề xuất");
    }

    @Test
    void should_publish_the_askers_name_only_with_consent() {
        Asker quiet = asker("dak-ha");
        assertThat(quiet.publicName()).isEmpty();
        assertThat(quiet.withConsent(true).publicName()).contains(ASKER_NAME);
    }
}
