package vn.dialogue.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static vn.dialogue.question.Fixtures.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dialogue.journal.Durability;
import vn.dialogue.journal.Journal;
import vn.dialogue.journal.JournalCodec;
import vn.dialogue.journal.JournalContents;
import vn.dialogue.journal.JournalCorruptedException;

class HandWrittenJournalCodecKeepsTheJacksonFormatTest {

    private static final JournalCodec<QuestionEvent> JACKSON = QuestionJson.JACKSON_QUESTION_EVENTS;
    private static final JournalCodec<QuestionEvent> HAND = QuestionJson.QUESTION_EVENTS;

    @TempDir
    Path dir;

    /** The events of a question in every state, as a registry journals them. */
    private List<QuestionEvent> everyKindOfEvent() {
        Path file = dir.resolve("source.jsonl");
        try (QuestionRegistry registry = QuestionRegistry.builder(ROLES).plan(PLAN)
                .journal(file, Durability.BUFFERED).open()) {
            oneInEveryState(registry);
            Versioned deferred = deferred(registry, "notify");
            registry.execute(command(Transition.NOTIFY_ASKER, deferred, deferred));
            Versioned routed = routed(registry, "contribute");
            registry.execute(command(Transition.CONTRIBUTE, routed, routed));
        }
        return Journal.read(file, JACKSON).events();
    }

    private static Journal<QuestionEvent> write(Path file, JournalCodec<QuestionEvent> codec,
                                                List<QuestionEvent> events) {
        Journal<QuestionEvent> journal = Journal.open(file, codec);
        journal.appendAll(events);
        return journal;
    }

    @Test
    void should_replay_a_journal_written_by_the_jackson_codec_identically_and_write_the_same_bytes() throws IOException {
        // GIVEN every kind of event, written once by the Jackson codec (an older journal) and once by the hand codec
        List<QuestionEvent> events = everyKindOfEvent();
        assertThat(new HashSet<>(events.stream().map(e -> e.getClass().getSimpleName()).toList()))
                .hasSize(QuestionEventCodec.TYPES.size());
        Path old = dir.resolve("old.jsonl");
        Path fresh = dir.resolve("new.jsonl");
        write(old, JACKSON, events).close();
        write(fresh, HAND, events).close();
        // THEN the files are the same, byte for byte
        assertThat(Files.readAllBytes(fresh)).isEqualTo(Files.readAllBytes(old));
        // AND each codec reads either file to the same events
        assertThat(Journal.read(old, HAND).events()).isEqualTo(events);
        assertThat(Journal.read(fresh, JACKSON).events()).isEqualTo(events);
        // AND the registry replays the older journal to the states it had
        Map<QuestionId, Versioned> replayed = QuestionRegistry.replay(old);
        assertThat(replayed).hasSize(QuestionRegistry.replay(dir.resolve("source.jsonl")).size())
                .isEqualTo(QuestionRegistry.replay(dir.resolve("source.jsonl")));
    }

    @Test
    void should_write_and_read_an_event_type_it_does_not_spell_out_through_the_jackson_codec() {
        // GIVEN a hand codec that does not know "withdrawn" events (as it will not know a type added later)
        CountingCodec<QuestionEvent> counting = new CountingCodec<>(JACKSON);
        AtomicInteger fallbackWrites = counting.writes;
        AtomicInteger fallbackReads = counting.reads;
        Set<String> known = new HashSet<>(QuestionEventCodec.TYPES);
        known.remove("withdrawn");
        QuestionEventCodec codec = new QuestionEventCodec(counting, known);
        List<QuestionEvent> events = everyKindOfEvent();
        QuestionEvent withdrawal = events.stream().filter(e -> e instanceof QuestionEvent.QuestionWithdrawn)
                .findFirst().orElseThrow();
        QuestionEvent acceptance = events.stream().filter(e -> e instanceof QuestionEvent.QuestionAccepted)
                .findFirst().orElseThrow();
        // WHEN it writes and reads the unknown type THEN the Jackson codec does both, and the event comes back
        byte[] line = QuestionEventCodecPropertyTest.write(codec, withdrawal);
        assertThat(fallbackWrites).hasValue(1);
        assertThat(codec.read(line, 0, line.length)).isEqualTo(withdrawal);
        assertThat(fallbackReads).hasValue(1);
        // AND a type it knows does not go through the fallback
        byte[] known1 = QuestionEventCodecPropertyTest.write(codec, acceptance);
        assertThat(codec.read(known1, 0, known1.length)).isEqualTo(acceptance);
        assertThat(fallbackWrites).hasValue(1);
        assertThat(fallbackReads).hasValue(1);
    }

    @Test
    void should_write_and_read_an_erasure_the_hand_codec_does_not_spell_out_as_jackson_does() {
        // GIVEN an event type added after the hand codec was written
        QuestionEvent erasure = new QuestionEvent.AskerErased(QuestionId.of("q-000007"),
                act(MODERATOR, T0, "yêu cầu xóa dữ liệu cá nhân"));
        assertThat(QuestionEventCodec.TYPES).doesNotContain("asker-erased");
        // WHEN the journal codec writes it THEN the line is Jackson's, and it reads back as the event
        byte[] line = QuestionEventCodecPropertyTest.write(HAND, erasure);
        assertThat(line).isEqualTo(QuestionEventCodecPropertyTest.write(JACKSON, erasure));
        assertThat(new String(line, StandardCharsets.UTF_8)).startsWith("{\"type\":\"asker-erased\"");
        assertThat(HAND.read(line, 0, line.length)).isEqualTo(erasure);
    }

    @Test
    void should_refuse_to_spell_out_a_type_it_has_no_code_for() {
        assertThatThrownBy(() -> new QuestionEventCodec(JACKSON, Set.of("received", "erased")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("erased");
    }

    @Test
    void should_read_valid_lines_in_other_forms_as_jackson_does() {
        // GIVEN valid lines a person or another tool could have written: type last, spaces, an offset, a null
        String act = "{\"actor\":{\"id\":\"mod-1\",\"name\":\"Kiểm duyệt\",\"role\":\"moderator\"},"
                + "\"at\":\"2024-10-20T09:00:00+07:00\",\"reason\":\"đúng chủ đề\"}";
        List<String> lines = List.of(
                "{\"question\":\"q-000001\",\"act\":" + act + ",\"topics\":[\"y-te\"],\"type\":\"accepted\"}",
                " { \"type\" : \"accepted\", \"question\" : \"q-000001\", \"act\" : " + act
                        + ", \"topics\" : [ \"y-te\" , \"dat-dai\" ] } ",
                "{\"type\":\"accepted\",\"question\":\"q-000001\",\"act\":{\"actor\":{\"id\":\"mod-1\",\"name\":\"M\","
                        + "\"role\":\"moderator\",\"organisation\":null},\"at\":\"2024-10-20t02:00:00z\","
                        + "\"reason\":\"\"},\"topics\":[\"y-te\"]}",
                "{\"type\":\"routed\",\"question\":\"q-000001\",\"act\":" + act + ",\"lead\":\"so-yte\","
                        + "\"coAgencies\":[],\"answerDue\":\"+12024-01-02\"}");
        for (String line : lines) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            // WHEN both codecs read it THEN they agree
            assertThat(HAND.read(bytes, 0, bytes.length)).as(line).isEqualTo(JACKSON.read(bytes, 0, bytes.length));
        }
    }

    @Test
    void should_fail_with_the_jackson_codec_message_when_a_line_is_not_an_event() {
        String good = new String(QuestionEventCodecPropertyTest.write(JACKSON, everyKindOfEvent().get(0)),
                StandardCharsets.UTF_8);
        List<String> bad = new ArrayList<>(List.of(
                "null", "[]", "{}", "42", "{\"type\":\"received\"}",
                good.substring(0, good.length() - 1),
                good + "}",
                good + " {}",
                good.replace("\"type\":\"received\"", "\"type\":\"recieved\""),
                good.replace("\"messageId\"", "\"messageID\""),
                good.replace("\"kind\":\"RECOMMENDATION\"", "\"kind\":\"RUMOUR\""),
                good.replace("\"consentToPublish\":false", "\"consentToPublish\":false,\"consentToPublish\":true"),
                good.replace("\"receivedAt\":\"2024-10-20T02:00:00Z\"", "\"receivedAt\":\"2024-10-20T25:00:00Z\""),
                good.replace("\"receivedAt\":\"2024-10-20T02:00:00Z\"", "\"receivedAt\":\"2024-02-30T02:00:00Z\""),
                good.replace("\"text\":\"", "\"text\":\" \",\"x\":\""),
                good.replace("\"messageId\":\"s-received\"", "\"messageId\":\"bad id\"")));
        for (String line : bad) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            // WHEN both codecs read it
            Throwable jackson = catchThrowable(() -> JACKSON.read(bytes, 0, bytes.length));
            Throwable hand = catchThrowable(() -> HAND.read(bytes, 0, bytes.length));
            // THEN both fail, with the same message
            assertThat(jackson).as(line).isNotNull();
            assertThat(hand).as(line).isNotNull().hasMessage(jackson.getMessage())
                    .isExactlyInstanceOf(jackson.getClass());
        }
    }

    @Test
    void should_load_every_complete_event_and_report_the_cut_when_a_question_journal_is_cut_at_any_byte()
            throws IOException {
        // GIVEN a question journal, cut at every byte of its last three events
        List<QuestionEvent> events = everyKindOfEvent();
        Path whole = dir.resolve("whole.jsonl");
        write(whole, HAND, events).close();
        byte[] bytes = Files.readAllBytes(whole);
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                ends.add(i + 1);
            }
        }
        assertThat(ends).hasSize(events.size());
        int from = ends.get(events.size() - 4);
        Path cut = dir.resolve("cut.jsonl");
        int cuts = 0;
        for (int at = from; at < bytes.length; at++) {
            int length = at;
            Files.write(cut, java.util.Arrays.copyOf(bytes, length));
            // WHEN it is read
            JournalContents<QuestionEvent> contents = Journal.read(cut, HAND);
            // THEN every complete event is there; a cut inside a line is its damaged tail
            int complete = (int) ends.stream().filter(end -> end <= length).count();
            int lineStart = ends.get(complete - 1);
            if (length == lineStart) {
                assertThat(contents.events()).isEqualTo(events.subList(0, complete));
                assertThat(contents.damagedTail()).isEmpty();
            } else if (length == ends.get(complete) - 1) {
                // the whole line but its line end: a complete event
                assertThat(contents.events()).isEqualTo(events.subList(0, complete + 1));
                assertThat(contents.damagedTail()).isEmpty();
            } else {
                assertThat(contents.events()).as("cut at %d", length).isEqualTo(events.subList(0, complete));
                assertThat(contents.damagedTail()).as("cut at %d", length).hasValueSatisfying(tail -> {
                    assertThat(tail.line()).isEqualTo(complete + 1);
                    assertThat(tail.offset()).isEqualTo(lineStart);
                });
            }
            cuts++;
        }
        assertThat(cuts).isEqualTo(bytes.length - from);
    }

    @Test
    void should_name_the_line_when_a_middle_line_of_a_question_journal_is_not_an_event() throws IOException {
        Path file = dir.resolve("q.jsonl");
        write(file, HAND, everyKindOfEvent()).close();
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.set(3, lines.get(3).replace("\"act\":{", "\"act\":{\"actor\":null,"));
        Files.write(file, lines, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Journal.read(file, HAND)).isInstanceOfSatisfying(JournalCorruptedException.class,
                e -> assertThat(e.line()).isEqualTo(4)).hasMessageContaining("line 4");
    }
}
