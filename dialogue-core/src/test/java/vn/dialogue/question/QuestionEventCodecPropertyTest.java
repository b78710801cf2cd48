package vn.dialogue.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import tools.jackson.databind.JsonNode;
import vn.dialogue.actor.Actor;
import vn.dialogue.journal.JournalCodec;

/**
 * The hand-written journal codec writes exactly what Jackson's data binding writes, for every event type and
 * any values the events accept, and each codec reads back what the other wrote as the same event.
 */
class QuestionEventCodecPropertyTest {

    private static final JournalCodec<QuestionEvent> JACKSON = QuestionJson.JACKSON_QUESTION_EVENTS;
    private static final JournalCodec<QuestionEvent> HAND = QuestionJson.QUESTION_EVENTS;

    @Property(tries = 1500)
    void the_hand_codec_writes_the_same_json_as_jackson_and_both_read_it_back(@ForAll("events") QuestionEvent event) {
        Statistics.label("type").collect(event.getClass().getSimpleName());
        // WHEN both codecs write the event
        byte[] hand = write(HAND, event);
        byte[] jackson = write(JACKSON, event);
        // THEN the JSON is the same, as a tree and byte for byte
        assertThat(tree(hand)).isEqualTo(tree(jackson));
        assertThat(new String(hand, StandardCharsets.UTF_8)).isEqualTo(new String(jackson, StandardCharsets.UTF_8));
        // AND each codec reads what either wrote as the event
        assertThat(HAND.read(hand, 0, hand.length)).isEqualTo(event);
        assertThat(HAND.read(jackson, 0, jackson.length)).isEqualTo(event);
        assertThat(JACKSON.read(hand, 0, hand.length)).isEqualTo(event);
    }

    @Property(tries = 300)
    void the_hand_codec_reads_a_line_inside_a_larger_buffer(@ForAll("events") QuestionEvent event,
                                                            @ForAll("padding") String before,
                                                            @ForAll("padding") String after) {
        // GIVEN the line with other bytes around it, as the journal hands lines over
        byte[] line = write(JACKSON, event);
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] tail = after.getBytes(StandardCharsets.UTF_8);
        byte[] buffer = new byte[head.length + line.length + tail.length];
        System.arraycopy(head, 0, buffer, 0, head.length);
        System.arraycopy(line, 0, buffer, head.length, line.length);
        System.arraycopy(tail, 0, buffer, head.length + line.length, tail.length);
        // WHEN it reads just the line THEN it is the event
        assertThat(HAND.read(buffer, head.length, line.length)).isEqualTo(event);
    }

    @Property(tries = 2000)
    void instants_are_written_and_read_as_iso_instant_does(@ForAll("instants") Instant at) {
        char[] out = new char[30];
        int length = QuestionEventCodec.Instants.format(at, out);
        if (length >= 0) {
            Statistics.label("path").collect("fast");
            assertThat(new String(out, 0, length)).isEqualTo(at.toString());
        } else {
            Statistics.label("path").collect("toString");
        }
        char[] text = at.toString().toCharArray();
        Instant read = QuestionEventCodec.Instants.parse(text, 0, text.length);
        if (read != null) {
            assertThat(read).isEqualTo(at);
        } else {
            // only years beyond 0000-9999 are written with a sign, and read by Instant.parse
            assertThat(at.toString()).startsWith(at.getEpochSecond() < 0 ? "-" : "+");
        }
    }

    // -----------------------------------------------------------------------------------------------------
    // arbitraries

    @Provide
    Arbitrary<String> padding() {
        return Arbitraries.strings().withChars("{}\"\n x1é").ofMaxLength(8);
    }

    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Long> seconds = Arbitraries.oneOf(
                Arbitraries.longs().between(-62_167_219_200L, 253_402_300_799L),
                Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
                Arbitraries.longs().between(1_700_000_000L, 1_800_000_000L));
        Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0),
                Arbitraries.integers().between(0, 999).map(n -> n * 1_000_000),
                Arbitraries.integers().between(0, 999_999).map(n -> n * 1_000),
                Arbitraries.integers().between(0, 999_999_999));
        return Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<QuestionEvent> events() {
        return Arbitraries.oneOf(received(), accepted(), rejected(), compiled(), routed(), contributed(), drafted(),
                answeredLive(), deferred(), notified(), resolved(), closed(), withdrawn(), handledLocally(),
                erased());
    }

    /** Keys: ASCII letters, digits, '.', '_' or '-', starting with a letter or digit. */
    private static Arbitrary<String> keys() {
        return Combinators.combine(Arbitraries.strings().alpha().numeric().ofLength(1),
                Arbitraries.strings().alpha().numeric().withChars("._-").ofMaxLength(20)).as(String::concat);
    }

    /**
     * Free text: Vietnamese, composed and decomposed, quotes, backslashes, control characters, tabs, line
     * separators and characters beyond the basic plane.
     */
    private static Arbitrary<String> texts() {
        Arbitrary<String> chars = Arbitraries.strings()
                .withCharRange(' ', '~')
                .withCharRange('\u0000', '\u001f')
                .withCharRange('\u00c0', '\u01b0')
                .withCharRange('\u0300', '\u0323')
                .withCharRange('\u1ea0', '\u1ef9')
                .withChars('\u2028', '\u2029', '\u00a0', '\ufeff', '"', '\\')
                .ofMinLength(0).ofMaxLength(60);
        Arbitrary<String> emoji = Arbitraries.of("", "\ud83d\ude00", "\ud840\udc00", "𝔸");
        Arbitrary<String> typical = Arbitraries.of("Đề nghị tăng mức hỗ trợ bảo hiểm y tế cho phụ nữ.",
                "Xin hỏi \"về\" đất\tđai", "Nguyễn Thị Hoa", "Hội Phụ nữ xã");
        return Arbitraries.oneOf(typical, Combinators.combine(chars, emoji, chars).as((a, b, c) -> a + b + c));
    }

    /** Text that is not blank once stripped. */
    private static Arbitrary<String> words() {
        return Combinators.combine(texts(), Arbitraries.strings().withCharRange('a', 'z').withChars('đ', 'ư')
                .ofMinLength(1).ofMaxLength(5)).as((t, w) -> w + t + w);
    }

    private static <T> Arbitrary<T> orNull(Arbitrary<T> values) {
        return values.injectNull(0.3);
    }

    private static Arbitrary<QuestionId> ids() {
        return Arbitraries.oneOf(Arbitraries.longs().between(1, 10_000_000L).map(QuestionId::numbered),
                keys().map(QuestionId::of));
    }

    private static Arbitrary<Actor> actors() {
        return Combinators.combine(keys(), words(), keys(), orNull(keys())).as(Actor::of);
    }

    private static Arbitrary<Act> acts() {
        return Combinators.combine(actors(), new QuestionEventCodecPropertyTest().instants(),
                Arbitraries.oneOf(Arbitraries.just(""), texts())).as(Act::of);
    }

    /** Acts that give a reason, for the events that need one. */
    private static Arbitrary<Act> reasoned() {
        return Combinators.combine(actors(), new QuestionEventCodecPropertyTest().instants(), words()).as(Act::of);
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.oneOf(Arbitraries.longs().between(-400_000, 3_000_000).map(LocalDate::ofEpochDay),
                Arbitraries.longs().between(19_000, 21_000).map(LocalDate::ofEpochDay));
    }

    private static Arbitrary<Channel> channels() {
        Arbitrary<ChannelKind> kinds = Arbitraries.of(ChannelKind.class);
        return Combinators.combine(kinds, keys(), orNull(keys())).as((kind, source, maybe) ->
                kind == ChannelKind.UNION_BRANCH ? new Channel(kind, source, maybe == null ? "district" : maybe)
                        : new Channel(kind, maybe == null ? null : source, null));
    }

    private static Arbitrary<Asker> askers() {
        return Combinators.combine(words(), orNull(texts()), orNull(keys()), orNull(texts()),
                Arbitraries.of(true, false)).as(Asker::new);
    }

    private static Arbitrary<Submission> submissions() {
        Arbitrary<List<Attachment>> attachments = Combinators.combine(words(), orNull(texts()))
                .as(Attachment::new).list().ofMaxSize(3);
        return Combinators.combine(keys(), Arbitraries.of(SubmissionKind.class), words(),
                keys().list().ofMaxSize(3), askers(), channels(), new QuestionEventCodecPropertyTest().instants(),
                orNull(keys())).as((id, kind, text, topics, asker, channel, at, forwardedBy) ->
                new Submission(id, kind, text, topics, asker, channel, at, forwardedBy, List.of()))
                .flatMap(s -> attachments.map(s::withAttachments));
    }

    private static Arbitrary<QuestionEvent> received() {
        return Combinators.combine(ids(), acts(), submissions()).as(QuestionEvent.QuestionReceived::new);
    }

    private static Arbitrary<QuestionEvent> accepted() {
        return Combinators.combine(ids(), acts(), keys().list().ofMinSize(1).ofMaxSize(4))
                .as(QuestionEvent.QuestionAccepted::new);
    }

    private static Arbitrary<QuestionEvent> rejected() {
        return Combinators.combine(ids(), reasoned(), Arbitraries.of(RejectionReason.class))
                .as(QuestionEvent.QuestionRejected::new);
    }

    private static Arbitrary<QuestionEvent> compiled() {
        return Combinators.combine(Arbitraries.longs().between(1, 1_000).map(QuestionId::numbered), acts(),
                Arbitraries.longs().between(1_001, 100_000).map(QuestionId::numbered).list().ofMinSize(2)
                        .ofMaxSize(5).uniqueElements(), words(), keys().list().ofMinSize(1).ofMaxSize(3))
                .as(QuestionEvent.QuestionsCompiled::new);
    }

    private static Arbitrary<QuestionEvent> routed() {
        return Combinators.combine(ids(), acts(), keys(), keys().list().ofMaxSize(3), dates())
                .as(QuestionEvent.QuestionRouted::new);
    }

    private static Arbitrary<QuestionEvent> contributed() {
        return Combinators.combine(ids(), acts(), keys(), words()).as(QuestionEvent.AnswerContributed::new);
    }

    private static Arbitrary<QuestionEvent> drafted() {
        return Combinators.combine(ids(), acts(), keys(), words()).as(QuestionEvent.AnswerDrafted::new);
    }

    private static Arbitrary<QuestionEvent> answeredLive() {
        return Combinators.combine(ids(), acts(), keys(), keys(), orNull(texts()), words())
                .as(QuestionEvent.QuestionAnsweredLive::new);
    }

    private static Arbitrary<QuestionEvent> deferred() {
        return Combinators.combine(ids(), reasoned(), keys(), keys(), orNull(texts()), dates(), dates())
                .as(QuestionEvent.QuestionDeferred::new);
    }

    private static Arbitrary<QuestionEvent> notified() {
        return Combinators.combine(ids(), acts(), ids(), texts()).as(QuestionEvent.AskerNotified::new);
    }

    private static Arbitrary<QuestionEvent> resolved() {
        return Combinators.combine(ids(), acts(), keys(), orNull(texts()), texts(), words())
                .as(QuestionEvent.QuestionResolvedInWriting::new);
    }

    private static Arbitrary<QuestionEvent> closed() {
        return Combinators.combine(ids(), acts()).as(QuestionEvent.QuestionClosed::new);
    }

    private static Arbitrary<QuestionEvent> withdrawn() {
        return Combinators.combine(ids(), reasoned()).as(QuestionEvent.QuestionWithdrawn::new);
    }

    /** A type the hand codec does not spell out: written and read through the Jackson fallback. */
    private static Arbitrary<QuestionEvent> erased() {
        return Combinators.combine(ids(), acts()).as(QuestionEvent.AskerErased::new);
    }

    private static Arbitrary<QuestionEvent> handledLocally() {
        return Combinators.combine(ids(), acts(), keys(), keys(), words()).as(QuestionEvent.QuestionHandledLocally::new);
    }

    // -----------------------------------------------------------------------------------------------------

    static byte[] write(JournalCodec<QuestionEvent> codec, QuestionEvent event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.write(event, out);
        return out.toByteArray();
    }

    static JsonNode tree(byte[] json) {
        return QuestionJson.MAPPER.readTree(json);
    }
}
