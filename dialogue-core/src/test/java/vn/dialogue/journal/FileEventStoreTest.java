package vn.dialogue.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dialogue.store.EventStore;
import vn.dialogue.store.EventStoreContract;
import vn.dialogue.store.NewEvent;
import vn.dialogue.store.StoredEvent;

class FileEventStoreTest extends EventStoreContract {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("events.jsonl");
    }

    @Override
    protected EventStore openEmpty() {
        return FileEventStore.open(file(), Durability.BUFFERED);
    }

    @Override
    protected EventStore reopen() {
        return FileEventStore.open(file(), Durability.BUFFERED);
    }

    private List<String> threeEvents() throws IOException {
        store.append(List.of(NewEvent.of("received", "{\"text\":\"Đề nghị hỗ trợ vốn vay\"}", AT, "q-1")),
                Map.of("q-1", 0L));
        store.append(List.of(NewEvent.of("accepted", "{\"topics\":[\"a\"]}", AT, "q-1")), Map.of("q-1", 1L));
        store.append(List.of(NewEvent.of("routed", "{\"lead\":\"so-tc\"}", AT, "q-1")), Map.of("q-1", 2L));
        store.close();
        store = null;
        return Files.readAllLines(file(), StandardCharsets.UTF_8);
    }

    @Test
    void should_write_one_checksummed_envelope_per_line() throws IOException {
        List<String> lines = threeEvents();

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("{\"p\":1,\"s\":[[\"q-1\",1]],\"t\":\"received\",\"at\":\"2024-10-21T02:00:00Z\"")
                .contains("\"d\":{\"text\":\"Đề nghị hỗ trợ vốn vay\"}").matches(".*,\"c\":\"[0-9a-f]{8}\"}$");
    }

    @Test
    void should_name_the_line_when_an_event_is_repeated() throws IOException {
        List<String> lines = threeEvents();
        Files.write(file(), List.of(lines.get(0), lines.get(1), lines.get(1), lines.get(2)), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> FileEventStore.open(file(), Durability.BUFFERED))
                .isInstanceOf(JournalCorruptedException.class)
                .hasMessageContaining("line 3").hasMessageContaining("repeated")
                .satisfies(e -> assertThat(((JournalCorruptedException) e).line()).isEqualTo(3));
    }

    @Test
    void should_name_the_line_when_an_event_is_missing() throws IOException {
        List<String> lines = threeEvents();
        Files.write(file(), List.of(lines.get(0), lines.get(2)), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> FileEventStore.read(file(), null))
                .isInstanceOf(JournalCorruptedException.class)
                .hasMessageContaining("line 2").hasMessageContaining("missing");
    }

    @Test
    void should_name_the_line_when_a_byte_inside_a_text_is_changed() throws IOException {
        List<String> lines = threeEvents();
        Files.write(file(), List.of(lines.get(0).replace("vốn", "vón"), lines.get(1), lines.get(2)),
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> FileEventStore.open(file(), Durability.BUFFERED))
                .isInstanceOf(JournalCorruptedException.class)
                .hasMessageContaining("line 1").hasMessageContaining("checksum");
    }

    @Test
    void should_refuse_a_stream_version_out_of_sequence_even_with_a_valid_checksum() throws IOException {
        threeEvents();
        StoredEvent forged = new StoredEvent(4, List.of(new vn.dialogue.store.StreamVersion("q-1", 7)), "closed", AT,
                "{}", null, true);
        Files.writeString(file(), new String(StoredLine.encode(forged), StandardCharsets.UTF_8) + "\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        assertThatThrownBy(() -> FileEventStore.read(file(), null))
                .isInstanceOf(JournalCorruptedException.class)
                .hasMessageContaining("line 4").hasMessageContaining("jumps from version 3 to 7");
    }

    @Test
    void should_set_a_crash_cut_last_line_aside_and_go_on() throws IOException {
        List<String> lines = threeEvents();
        Files.writeString(file(), lines.get(0) + "\n" + lines.get(1) + "\n" + lines.get(2).substring(0, 30),
                StandardCharsets.UTF_8);

        try (FileEventStore reopened = FileEventStore.open(file(), Durability.BUFFERED)) {
            assertThat(reopened.head()).isEqualTo(2);
            assertThat(reopened.damagedTail()).hasValueSatisfying(t -> assertThat(t.line()).isEqualTo(3));
            assertThat(reopened.append(List.of(NewEvent.of("routed", "{}", AT, "q-1")), Map.of("q-1", 2L)).get(0)
                    .position()).isEqualTo(3);
        }
    }

    @Test
    void should_load_a_journal_of_dialogue_0_1_unverified_and_upgrade_it_when_opened_for_appending()
            throws IOException {
        Path legacy = dir.resolve("conclusions.jsonl");
        try (var in = getClass().getResourceAsStream("/vn/dialogue/legacy/conclusions-0.1.jsonl")) {
            Files.copy(in, legacy);
        }
        byte[] original = Files.readAllBytes(legacy);
        LegacyStreams byField = (type, data) -> new LegacyStreams.Upgrade(List.of(type.startsWith("task")
                ? tools.jackson.databind.json.JsonMapper.shared().readTree(data).get("task").asString()
                : "session"), null);

        try (FileEventStore read = FileEventStore.read(legacy, () -> byField)) {
            List<StoredEvent> events = new ArrayList<>();
            read.readAfter(0, 100, events::add);
            assertThat(events).hasSize(5).allSatisfy(e -> assertThat(e.verified()).isFalse());
            assertThat(events.get(0).type()).isEqualTo("conclusions-recorded");
            assertThat(events.get(0).data()).doesNotContain("\"type\"").contains("\"assessment\"");
        }
        assertThat(Files.readAllBytes(legacy)).isEqualTo(original);

        try (FileEventStore opened = FileEventStore.open(legacy, Durability.BUFFERED, () -> byField)) {
            assertThat(opened.head()).isEqualTo(5);
        }
        assertThat(Files.readAllBytes(dir.resolve("conclusions.jsonl.v0"))).isEqualTo(original);
        assertThat(Files.readAllLines(legacy)).hasSize(5).allSatisfy(l -> assertThat(l).startsWith("{\"p\":")
                .contains("\"u\":1"));
        try (FileEventStore again = FileEventStore.open(legacy, Durability.BUFFERED, () -> byField)) {
            assertThat(again.readStream("session")).isNotEmpty().allSatisfy(e -> assertThat(e.verified()).isFalse());
        }
    }

    @Test
    void should_refuse_a_line_longer_than_the_limit_without_reading_it_whole() throws IOException {
        List<String> lines = threeEvents();
        try (var out = Files.newBufferedWriter(file(), StandardCharsets.UTF_8)) {
            out.write(lines.get(0));
            out.write("\n{\"p\":2,\"d\":\"");
            String kilobyte = "x".repeat(1024);
            for (int i = 0; i < 9 * 1024; i++) {
                out.write(kilobyte);
            }
            out.write("\"}\n");
            out.write(lines.get(2));
            out.write("\n");
        }

        assertThatThrownBy(() -> FileEventStore.read(file(), null))
                .isInstanceOf(JournalCorruptedException.class)
                .hasMessageContaining("line 2").hasMessageContaining("longer than 8 MB");
    }

    @Test
    void should_read_events_back_from_the_file_and_name_a_line_altered_after_opening() throws IOException {
        List<String> lines = threeEvents();
        try (FileEventStore reading = FileEventStore.read(file(), null)) {
            // the store keeps where lines are, not the events: what it reads is what the file holds now
            String altered = lines.get(1).replace("\"a\"", "\"b\"");
            Files.write(file(), List.of(lines.get(0), altered, lines.get(2)), StandardCharsets.UTF_8);

            List<StoredEvent> first = new ArrayList<>();
            reading.readAfter(0, 1, first::add);
            assertThat(first).singleElement().extracting(StoredEvent::data).asString().contains("Đề nghị hỗ trợ vốn vay");
            assertThatThrownBy(() -> reading.readAfter(0, 10, e -> { }))
                    .isInstanceOf(JournalCorruptedException.class)
                    .hasMessageContaining("line 2").hasMessageContaining("changed after the store was opened");
        }
    }

    @Test
    void should_read_in_pages_what_it_appended_in_this_session_and_after_a_rewrite() {
        for (int i = 1; i <= 25; i++) {
            store.append(List.of(NewEvent.of("received", "{\"text\":\"câu hỏi " + i + "\"}", AT, "q-" + i)),
                    Map.of("q-" + i, 0L));
        }
        List<StoredEvent> seen = new ArrayList<>();
        long at = 0;
        while (true) {
            long next = store.readAfter(at, 7, seen::add);
            if (next == at) {
                break;
            }
            at = next;
        }
        assertThat(seen).extracting(StoredEvent::position).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, 25).boxed().toList());

        assertThat(store.rewrite(e -> e.stream().equals("q-3") ? "{\"text\":\"(đã xoá)\"}" : null)).isEqualTo(1);
        store.append(List.of(NewEvent.of("received", "{\"text\":\"câu hỏi 26\"}", AT, "q-26")),
                Map.of("q-26", 0L));

        assertThat(store.readStream("q-3").get(0).data()).isEqualTo("{\"text\":\"(đã xoá)\"}");
        assertThat(store.readStream("q-26").get(0).data()).contains("câu hỏi 26");
        List<StoredEvent> all = new ArrayList<>();
        store.readAfter(0, 100, all::add);
        assertThat(all).hasSize(26);
        assertThat(all.get(3).data()).contains("câu hỏi 4");
    }
}
