package vn.dialogue.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static vn.dialogue.question.Fixtures.*;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.dialogue.actor.Actor;
import vn.dialogue.journal.JournalCodec;
import vn.dialogue.question.QuestionEvent.AnswerContributed;
import vn.dialogue.question.QuestionEvent.AnswerDrafted;
import vn.dialogue.question.QuestionEvent.AskerNotified;
import vn.dialogue.question.QuestionEvent.QuestionAccepted;
import vn.dialogue.question.QuestionEvent.QuestionAnsweredLive;
import vn.dialogue.question.QuestionEvent.QuestionClosed;
import vn.dialogue.question.QuestionEvent.QuestionDeferred;
import vn.dialogue.question.QuestionEvent.QuestionHandledLocally;
import vn.dialogue.question.QuestionEvent.QuestionReceived;
import vn.dialogue.question.QuestionEvent.QuestionRejected;
import vn.dialogue.question.QuestionEvent.QuestionResolvedInWriting;
import vn.dialogue.question.QuestionEvent.QuestionRouted;
import vn.dialogue.question.QuestionEvent.QuestionWithdrawn;
import vn.dialogue.question.QuestionEvent.QuestionsCompiled;

/**
 * The hand-written codec takes its fast path for every line in the plain form (the form it and Jackson write),
 * hands every other line to the Jackson codec, and hands out the same instance for a repeated actor, channel or
 * short value. A counting fallback shows which path a line took.
 */
class HandWrittenCodecReadsPlainLinesWithoutJacksonTest {

    private static final JournalCodec<QuestionEvent> JACKSON = QuestionJson.JACKSON_QUESTION_EVENTS;

    private final CountingCodec<QuestionEvent> fallback = new CountingCodec<>(JACKSON);
    private final AtomicInteger fallbackWrites = fallback.writes;
    private final AtomicInteger fallbackReads = fallback.reads;
    private QuestionEventCodec codec;

    @BeforeEach
    void countingCodec() {
        codec = new QuestionEventCodec(fallback, QuestionEventCodec.TYPES);
    }

    private static final QuestionId Q1 = QuestionId.of("q-000001");
    private static final QuestionId Q2 = QuestionId.of("q-000002");
    private static final QuestionId Q3 = QuestionId.of("q-000003");
    private static final Instant NANOS = Instant.parse("2024-10-20T02:00:00.123456789Z");

    /** One event of every type the codec spells out, with several topics, attachments, nulls and fractions. */
    static List<QuestionEvent> everyType() {
        Submission submission = new Submission("msg-1", SubmissionKind.RECOMMENDATION,
                "Đề nghị \"hỗ trợ\" vay vốn\n\t— 😀 \\ /", List.of("y-te", "dat-dai", "viec-lam"),
                new Asker("Y Hoa Niê", null, "dak-ha", null, true), Channel.unionBranch("hlhpn-tinh", "province"),
                NANOS, null, List.of(new Attachment("doc-1", "Đơn"), Attachment.of("doc-2")));
        Submission plain = new Submission("msg-2", SubmissionKind.QUESTION, "Hỏi", List.of(),
                new Asker("A", "Hội", "kon-tum", "0905", false), Channel.hotline(), T0, "hlhpn-tinh", List.of());
        Act act = act(MODERATOR, T0.plusMillis(120), "đúng chủ đề");
        Act noOrganisation = act(NOBODY, T0.plusNanos(5_000), "");
        return List.of(
                new QuestionReceived(Q1, act(CLERK, T0), submission),
                new QuestionReceived(Q2, noOrganisation, plain),
                new QuestionAccepted(Q1, act, List.of("y-te", "dat-dai")),
                new QuestionAccepted(Q2, act, List.of("y-te")),
                new QuestionRejected(Q2, act, RejectionReason.ABUSIVE),
                new QuestionsCompiled(Q3, act(COMPILER, T0), List.of(Q1, Q2), "Gộp hai câu hỏi", List.of("y-te")),
                new QuestionRouted(Q1, act(COMPILER, T0), "so-yte", List.of("bhxh-tinh", "so-ldtbxh"),
                        LocalDate.of(2024, 11, 10)),
                new QuestionRouted(Q2, act(COMPILER, T0), "so-yte", List.of(), LocalDate.of(2024, 11, 10)),
                new AnswerContributed(Q1, act(BHXH, T0), "bhxh-tinh", "Góp ý"),
                new AnswerDrafted(Q1, act(YTE, T0), "so-yte", "Dự thảo"),
                new QuestionAnsweredLive(Q1, act(SECRETARIAT, AT_SESSION), SESSION, "so-yte", "Giám đốc", "Đã trả lời"),
                new QuestionAnsweredLive(Q2, act(SECRETARIAT, AT_SESSION), SESSION, "so-yte", null, "Đã trả lời"),
                new QuestionDeferred(Q1, act(SECRETARIAT, AT_SESSION, "cần nghiên cứu"), SESSION, "so-yte", "Phó Giám đốc",
                        LocalDate.of(2024, 12, 5), LocalDate.of(2024, 11, 28)),
                new AskerNotified(Q1, act(SECRETARIAT, AT_SESSION), Q2, "điện thoại"),
                new QuestionResolvedInWriting(Q1, act(YTE, AT_SESSION), "so-yte", null, "CV-123", "Trả lời"),
                new QuestionResolvedInWriting(Q2, act(YTE, AT_SESSION), "so-yte", "Giám đốc", "CV-124", "Trả lời"),
                new QuestionClosed(Q1, act(SECRETARIAT, AT_SESSION)),
                new QuestionWithdrawn(Q2, act(CLERK, AT_SESSION, "không còn cần")),
                new QuestionHandledLocally(Q3, act(DAK_HA, AT_SESSION), "dak-ha", "ubnd-dak-ha", "Đã xử lý"));
    }

    private byte[] write(QuestionEvent event) {
        return QuestionEventCodecPropertyTest.write(codec, event);
    }

    private QuestionEvent read(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return codec.read(bytes, 0, bytes.length);
    }

    private static String jackson(QuestionEvent event) {
        return new String(QuestionEventCodecPropertyTest.write(JACKSON, event), StandardCharsets.UTF_8);
    }

    @Test
    void should_write_and_read_every_type_without_jackson_when_the_line_is_in_the_plain_form() {
        for (QuestionEvent event : everyType()) {
            // GIVEN an event of a type the codec spells out
            // WHEN it writes it
            byte[] line = write(event);
            // THEN the line is Jackson's, byte for byte, and Jackson was not asked to write it
            assertThat(new String(line, StandardCharsets.UTF_8)).as(event.toString()).isEqualTo(jackson(event));
            assertThat(fallbackWrites).as(event.toString()).hasValue(0);
            // AND it reads the line back to the event without Jackson
            assertThat(codec.read(line, 0, line.length)).as(event.toString()).isEqualTo(event);
            assertThat(fallbackReads).as(event.toString()).hasValue(0);
        }
    }

    @Test
    void should_read_a_line_inside_a_larger_buffer_without_jackson_when_given_its_offset_and_length() {
        // GIVEN a plain line between other bytes
        QuestionEvent event = everyType().get(0);
        byte[] line = write(event);
        byte[] buffer = new byte[line.length + 10];
        java.util.Arrays.fill(buffer, (byte) '#');
        System.arraycopy(line, 0, buffer, 5, line.length);
        // WHEN the codec reads it THEN it is the event, on the fast path
        assertThat(codec.read(buffer, 5, line.length)).isEqualTo(event);
        assertThat(fallbackReads).hasValue(0);
    }

    @Test
    void should_read_an_explicit_null_on_the_fast_path_as_jackson_reads_it() {
        // GIVEN a plain line with optional values spelled out as null
        QuestionEvent event = new QuestionAnsweredLive(Q1, act(NOBODY, AT_SESSION), SESSION, "so-yte", null, "Xong");
        String line = jackson(event).replace("\"role\":\"guest\"", "\"role\":\"guest\",\"organisation\":null")
                .replace("\"agency\":\"so-yte\"", "\"agency\":\"so-yte\",\"official\":null");
        assertThat(line).contains("\"organisation\":null").contains("\"official\":null");
        // WHEN the codec reads it THEN it is the event, read without Jackson
        assertThat(read(line)).isEqualTo(event);
        assertThat(fallbackReads).hasValue(0);
    }

    @Test
    void should_hand_a_line_to_jackson_when_the_asker_has_no_consent_property() {
        // GIVEN a received line whose asker leaves out consentToPublish (Jackson reads it as false)
        QuestionEvent event = everyType().get(1);
        String line = jackson(event).replace(",\"consentToPublish\":false", "");
        assertThat(line).doesNotContain("consentToPublish");
        // WHEN the codec reads it THEN Jackson reads it, to the event
        assertThat(read(line)).isEqualTo(event);
        assertThat(fallbackReads).hasValue(1);
    }

    @Test
    void should_hand_lines_with_values_of_another_json_kind_to_jackson() {
        // GIVEN valid lines whose values are of another JSON kind than the plain form's
        QuestionEvent rejected = new QuestionRejected(Q2, act(MODERATOR, T0, "7"), RejectionReason.ABUSIVE);
        List<String> lines = List.of(
                jackson(rejected).replace("\"reason\":\"7\"", "\"reason\":7"),
                jackson(everyType().get(1)).replace("\"consentToPublish\":false", "\"consentToPublish\":\"false\""));
        for (String line : lines) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            Object expected = catchThrowable(() -> JACKSON.read(bytes, 0, bytes.length));
            if (expected == null) {
                expected = JACKSON.read(bytes, 0, bytes.length);
            }
            // WHEN the codec reads it THEN it reads or fails as Jackson does, through Jackson
            int before = fallbackReads.get();
            Object actual = catchThrowable(() -> read(line));
            if (actual == null) {
                actual = read(line);
                assertThat(actual).as(line).isEqualTo(expected);
            } else {
                assertThat(((Throwable) actual)).as(line).hasMessage(((Throwable) expected).getMessage());
            }
            assertThat(fallbackReads.get()).as(line).isGreaterThan(before);
        }
        assertThat(read(lines.get(0))).isEqualTo(rejected);
    }

    @Test
    void should_fail_as_jackson_does_when_a_property_of_the_event_comes_twice() {
        // GIVEN lines where one property of the event, its act, actor, submission or channel is written twice
        String accepted = jackson(everyType().get(2));
        String received = jackson(everyType().get(0));
        String routed = jackson(everyType().get(6));
        List<String> lines = List.of(
                accepted.replace("\"topics\":[", "\"topics\":[],\"topics\":["),
                accepted.replace("\"act\":{", "\"act\":{\"reason\":\"x\","),
                accepted.replace("\"actor\":{", "\"actor\":{\"name\":\"x\","),
                received.replace("\"text\":", "\"text\":\"x\",\"text\":"),
                received.replace("\"kind\":\"UNION_BRANCH\"", "\"kind\":\"UNION_BRANCH\",\"level\":\"x\""),
                received.replace("\"reference\":\"doc-1\"", "\"reference\":\"doc-1\",\"reference\":\"doc-9\""),
                routed.replace("\"lead\":", "\"answerDue\":\"2024-01-01\",\"lead\":"));
        for (String line : lines) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            // WHEN both codecs read it
            Throwable jackson = catchThrowable(() -> JACKSON.read(bytes, 0, bytes.length));
            Throwable hand = catchThrowable(() -> codec.read(bytes, 0, bytes.length));
            // THEN both fail with the same message
            assertThat(jackson).as(line).isNotNull();
            assertThat(hand).as(line).isNotNull().hasMessage(jackson.getMessage());
        }
    }

    @Test
    void should_hand_a_line_to_jackson_when_it_has_a_property_of_another_event_type() {
        // GIVEN for each type a plain line with one property that belongs to another type
        for (QuestionEvent event : everyType()) {
            String line = jackson(event);
            String extra = line.contains("\"wording\"") ? ",\"means\":\"x\"}" : ",\"wording\":\"x\"}";
            String odd = line.substring(0, line.length() - 1) + extra;
            byte[] bytes = odd.getBytes(StandardCharsets.UTF_8);
            // WHEN both codecs read it THEN both fail the same way
            Throwable jackson = catchThrowable(() -> JACKSON.read(bytes, 0, bytes.length));
            Throwable hand = catchThrowable(() -> codec.read(bytes, 0, bytes.length));
            assertThat(jackson).as(odd).isNotNull();
            assertThat(hand).as(odd).isNotNull().hasMessage(jackson.getMessage());
        }
    }

    @Test
    void should_read_a_repeated_actor_channel_and_short_values_as_the_same_instances() {
        // GIVEN two plain lines of the same moderator, channel, agencies and topics
        QuestionEvent first = everyType().get(0);
        QuestionReceived a = (QuestionReceived) codec.read(write(first), 0, write(first).length);
        QuestionReceived b = (QuestionReceived) codec.read(write(first), 0, write(first).length);
        // THEN the second reading shares the first's instances of what officials wrote
        assertThat(b).isEqualTo(a).isNotSameAs(a);
        assertThat(b.act().actor()).isSameAs(a.act().actor());
        assertThat(b.submission().channel()).isSameAs(a.submission().channel());
        assertThat(b.submission().asker().unit()).isSameAs(a.submission().asker().unit());
        assertThat(b.submission().topics().get(0)).isSameAs(a.submission().topics().get(0));
        assertThat(b.act().reason()).isSameAs(a.act().reason());
        QuestionAccepted one = (QuestionAccepted) read(jackson(everyType().get(3)));
        QuestionAccepted two = (QuestionAccepted) read(jackson(everyType().get(3)));
        assertThat(two.topics()).isSameAs(one.topics()).containsExactly("y-te");
        assertThat(fallbackReads).hasValue(0);
    }

    @Test
    void should_read_a_64_character_value_as_one_instance_and_a_longer_one_as_written() {
        String key64 = "a".repeat(64);
        String key65 = "b".repeat(65);
        QuestionEvent short1 = new AnswerDrafted(Q1, act(YTE, T0), key64, "x");
        QuestionEvent long1 = new AnswerDrafted(Q1, act(YTE, T0), key65, "x");
        AnswerDrafted s1 = (AnswerDrafted) read(jackson(short1));
        AnswerDrafted s2 = (AnswerDrafted) read(jackson(short1));
        AnswerDrafted l1 = (AnswerDrafted) read(jackson(long1));
        AnswerDrafted l2 = (AnswerDrafted) read(jackson(long1));
        assertThat(s2.agency()).isEqualTo(key64).isSameAs(s1.agency());
        assertThat(l2.agency()).isEqualTo(key65).isEqualTo(l1.agency()).isNotSameAs(l1.agency());
    }

    @Test
    void should_read_each_of_several_actors_and_channels_as_written_when_they_share_an_id_or_source() {
        // GIVEN actors with one id but another name, role or organisation, and channels with one source
        Actor base = Actor.of("same-id", "Tên", "moderator", "org-a");
        List<Actor> actors = List.of(base, Actor.of("same-id", "Tên khác", "moderator", "org-a"),
                Actor.of("same-id", "Tên khác", "compiler", "org-a"), Actor.of("same-id", "Tên khác", "compiler", null),
                Actor.of("same-id", "Tên khác", "compiler", "org-b"), base);
        List<Channel> channels = List.of(Channel.unionBranch("hoi", "province"), Channel.webPortal("hoi"),
                Channel.unionBranch("hoi", "district"), Channel.floor("hoi"), Channel.unionBranch("hoi", "district"),
                Channel.hotline(), Channel.email(), Channel.unionBranch("hoi", "district"));
        // WHEN the codec reads events of each in turn THEN each reads back as written
        for (Actor actor : actors) {
            QuestionEvent event = new QuestionClosed(Q1, act(actor, T0));
            assertThat(read(jackson(event))).isEqualTo(event);
        }
        Channel firstRead = null;
        for (Channel channel : channels) {
            QuestionEvent event = new QuestionReceived(Q1, act(CLERK, T0), new Submission("m-1",
                    SubmissionKind.QUESTION, "Hỏi", List.of(), asker("dak-ha"), channel, T0, null, List.of()));
            QuestionReceived read = (QuestionReceived) read(jackson(event));
            assertThat(read).isEqualTo(event);
            if (firstRead == null) {
                firstRead = read.submission().channel();
            }
        }
        assertThat(fallbackReads).hasValue(0);
        // AND alternating channels of other sources are each kept
        QuestionEvent web = new QuestionReceived(Q1, act(CLERK, T0), new Submission("m-1",
                SubmissionKind.QUESTION, "Hỏi", List.of(), asker("dak-ha"), Channel.webPortal("cong-a"), T0, null,
                List.of()));
        QuestionEvent floor = new QuestionReceived(Q1, act(CLERK, T0), new Submission("m-1",
                SubmissionKind.QUESTION, "Hỏi", List.of(), asker("dak-ha"), Channel.floor("hoi-truong"), T0, null,
                List.of()));
        Channel w1 = ((QuestionReceived) read(jackson(web))).submission().channel();
        read(jackson(floor));
        Channel w2 = ((QuestionReceived) read(jackson(web))).submission().channel();
        assertThat(w2).isSameAs(w1);
    }

    @Test
    void should_write_the_next_event_whole_when_writing_the_previous_one_failed_midway() {
        // GIVEN a stream that fails after a few bytes
        QuestionEvent event = everyType().get(0);
        OutputStream failing = new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws java.io.IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                written += len;
                if (written > 10) {
                    throw new java.io.IOException("disk full");
                }
            }
        };
        // WHEN writing to it fails
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 1500; i++) {
            big.append("Nội dung dài ");
        }
        QuestionEvent large = new AnswerDrafted(Q1, act(YTE, T0), "so-yte", big.toString());
        Throwable failure = catchThrowable(() -> codec.write(large, failing));
        assertThat(failure).isNotNull();
        // THEN the next events are written whole, as Jackson writes them, and read back
        for (QuestionEvent next : List.of(event, large)) {
            byte[] line = write(next);
            assertThat(new String(line, StandardCharsets.UTF_8)).isEqualTo(jackson(next));
            assertThat(codec.read(line, 0, line.length)).isEqualTo(next);
        }
    }

    @Test
    void should_write_each_of_many_actors_as_itself_when_more_actors_come_than_are_kept() {
        for (int i = 0; i < 40; i++) {
            Actor actor = Actor.of("mod-" + (i % 20), "Cán bộ " + i, "moderator", i % 3 == 0 ? null : "hoi-" + i);
            QuestionEvent event = new QuestionClosed(Q1, act(actor, T0.plusSeconds(i)));
            assertThat(new String(write(event), StandardCharsets.UTF_8)).isEqualTo(jackson(event));
        }
        assertThat(fallbackWrites).hasValue(0);
    }
}
