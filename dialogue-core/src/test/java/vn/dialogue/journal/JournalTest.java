package vn.dialogue.journal;

import vn.dialogue.store.StaleVersionException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

class JournalTest {

    record Note(int n, String text) {
    }

    static final JournalCodec<Note> CODEC = JournalCodec.jackson(JsonMapper.builder().build(), Note.class);

    @TempDir
    Path dir;

    private Path write(String content) throws IOException {
        Path file = dir.resolve("notes.jsonl");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void should_read_back_every_appended_event_in_order_when_reopened() {
        // GIVEN a journal with three notes, one with a line break and Vietnamese text
        Path file = dir.resolve("notes.jsonl");
        try (Journal<Note> journal = Journal.open(file, CODEC)) {
            journal.append(new Note(1, "một"));
            journal.appendAll(List.of(new Note(2, "hai\ndòng"), new Note(3, "ba")));
            assertThat(journal.appended()).isEqualTo(3);
        }
        // WHEN it is opened again
        try (Journal<Note> journal = Journal.open(file, CODEC, Durability.SYNC_EACH)) {
            // THEN every note is there, each on its own line
            assertThat(journal.loaded().events()).containsExactly(new Note(1, "một"), new Note(2, "hai\ndòng"),
                    new Note(3, "ba"));
            assertThat(journal.loaded().damagedTail()).isEmpty();
            assertThat(journal.loaded().lineOf(2)).isEqualTo(3);
            journal.append(new Note(4, "bốn"));
        }
        assertThat(Journal.read(file, CODEC).events()).hasSize(4);
        assertThat(Journal.read(file, CODEC).fold(0, (sum, note) -> sum + note.n())).isEqualTo(10);
    }

    @Test
    void should_load_complete_events_and_report_the_damaged_tail_when_the_last_line_was_cut_off() throws IOException {
        // GIVEN a journal whose last line a crash cut in the middle
        Path file = write("{\"n\":1,\"text\":\"a\"}\n{\"n\":2,\"text\":\"b\"}\n{\"n\":3,\"te");
        // WHEN it is read
        JournalContents<Note> contents = Journal.read(file, CODEC);
        // THEN the two complete events are loaded and the tail is reported at line 3
        assertThat(contents.events()).containsExactly(new Note(1, "a"), new Note(2, "b"));
        DamagedTail tail = contents.damagedTail().orElseThrow();
        assertThat(tail.line()).isEqualTo(3);
        assertThat(tail.offset()).isEqualTo(38);
        assertThat(tail.length()).isEqualTo(10);
        assertThat(tail.saved()).isEmpty();
        // AND reading did not change the file
        assertThat(Files.size(file)).isEqualTo(48);
    }

    @Test
    void should_keep_the_damaged_tail_aside_and_append_after_the_last_complete_line_when_opened() throws IOException {
        // GIVEN a journal cut off after two events
        Path file = write("{\"n\":1,\"text\":\"a\"}\n{\"n\":2,\"text\":\"b\"}\n{\"n\":3,\"te");
        // WHEN it is opened for appending and a new event is appended
        try (Journal<Note> journal = Journal.open(file, CODEC)) {
            DamagedTail tail = journal.loaded().damagedTail().orElseThrow();
            // THEN the damaged bytes are kept in a side file
            Path saved = tail.saved().orElseThrow();
            assertThat(Files.readString(saved)).isEqualTo("{\"n\":3,\"te");
            journal.append(new Note(3, "c"));
        }
        // AND the journal is whole again
        JournalContents<Note> contents = Journal.read(file, CODEC);
        assertThat(contents.events()).containsExactly(new Note(1, "a"), new Note(2, "b"), new Note(3, "c"));
        assertThat(contents.damagedTail()).isEmpty();
    }

    @Test
    void should_fail_naming_the_line_when_a_line_in_the_middle_is_corrupted() throws IOException {
        // GIVEN a journal whose second of three lines is not an event
        Path file = write("{\"n\":1,\"text\":\"a\"}\n{\"n\":2,\"text\":\"b\"\n{\"n\":3,\"text\":\"c\"}\n");
        // WHEN it is read THEN reading fails naming line 2
        assertThatThrownBy(() -> Journal.read(file, CODEC))
                .isInstanceOfSatisfying(JournalCorruptedException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.file()).isEqualTo(file);
                })
                .hasMessageContaining("line 2");
        // AND opening it for appending fails too, leaving it untouched
        long size = Files.size(file);
        assertThatThrownBy(() -> Journal.open(file, CODEC)).isInstanceOf(JournalCorruptedException.class);
        assertThat(Files.size(file)).isEqualTo(size);
    }

    @Test
    void should_fail_when_a_complete_last_line_is_not_an_event() throws IOException {
        // GIVEN a last line that ends with a line break (so it was written whole) yet is not an event
        Path file = write("{\"n\":1,\"text\":\"a\"}\n{\"n\":\"two\"}\n");
        // WHEN/THEN it is corruption, not a crash-cut tail
        assertThatThrownBy(() -> Journal.read(file, CODEC))
                .isInstanceOfSatisfying(JournalCorruptedException.class, e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void should_treat_trailing_zero_bytes_as_a_damaged_tail_when_a_power_loss_left_them() throws IOException {
        // GIVEN a journal ending with zero bytes where a write was lost
        Path file = dir.resolve("zeros.jsonl");
        byte[] head = "{\"n\":1,\"text\":\"a\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + 16];
        System.arraycopy(head, 0, all, 0, head.length);
        Files.write(file, all);
        // WHEN it is read
        JournalContents<Note> contents = Journal.read(file, CODEC);
        // THEN the complete event is loaded and the zeros reported
        assertThat(contents.events()).containsExactly(new Note(1, "a"));
        assertThat(contents.damagedTail()).hasValueSatisfying(t -> {
            assertThat(t.line()).isEqualTo(2);
            assertThat(t.length()).isEqualTo(16);
        });
    }

    @Test
    void should_fail_when_zero_bytes_are_followed_by_complete_events() throws IOException {
        // GIVEN zero bytes in the middle of a journal
        Path file = dir.resolve("hole.jsonl");
        Files.write(file, "{\"n\":1,\"text\":\"a\"}\n\0\0\0\n{\"n\":2,\"text\":\"b\"}\n".getBytes(StandardCharsets.UTF_8));
        // WHEN/THEN it is corruption at the line of the zeros
        assertThatThrownBy(() -> Journal.read(file, CODEC))
                .isInstanceOfSatisfying(JournalCorruptedException.class, e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void should_accept_a_complete_event_missing_only_its_line_end_and_repair_the_line_end() throws IOException {
        // GIVEN a crash just before the final line break
        Path file = write("{\"n\":1,\"text\":\"a\"}\n{\"n\":2,\"text\":\"b\"}");
        // WHEN it is opened and appended to
        try (Journal<Note> journal = Journal.open(file, CODEC)) {
            assertThat(journal.loaded().events()).hasSize(2);
            assertThat(journal.loaded().damagedTail()).isEmpty();
            journal.append(new Note(3, "c"));
        }
        // THEN the new event is on its own line
        assertThat(Files.readAllLines(file)).hasSize(3);
        assertThat(Journal.read(file, CODEC).events()).extracting(Note::n).containsExactly(1, 2, 3);
    }

    @Test
    void should_pass_over_blank_lines_and_accept_crlf_line_ends() throws IOException {
        Path file = write("{\"n\":1,\"text\":\"a\"}\r\n\n   \n{\"n\":2,\"text\":\"b\"}\n");
        assertThat(Journal.read(file, CODEC).events()).extracting(Note::n).containsExactly(1, 2);
        assertThat(Journal.read(file, CODEC).lineOf(1)).isEqualTo(4);
    }

    @Test
    void should_refuse_a_codec_that_writes_a_line_break_and_write_nothing() {
        // GIVEN a codec that pretty-prints
        JournalCodec<Note> pretty = new JournalCodec<>() {
            @Override
            public void write(Note event, java.io.OutputStream out) {
                try {
                    out.write("{\n}".getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public Note read(byte[] bytes, int offset, int length) {
                return new Note(0, "");
            }
        };
        Path file = dir.resolve("pretty.jsonl");
        try (Journal<Note> journal = Journal.open(file, pretty)) {
            // WHEN/THEN
            assertThatThrownBy(() -> journal.append(new Note(1, "a")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line break");
            assertThat(journal.appended()).isZero();
        }
        assertThat(file).isEmptyFile();
    }

    @Test
    void should_refuse_a_second_opening_while_the_journal_is_open() {
        Path file = dir.resolve("locked.jsonl");
        try (Journal<Note> journal = Journal.open(file, CODEC)) {
            journal.append(new Note(1, "a"));
            assertThatThrownBy(() -> Journal.open(file, CODEC))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("already open");
        }
        try (Journal<Note> again = Journal.open(file, CODEC)) {
            assertThat(again.loaded().events()).hasSize(1);
        }
    }

    @Test
    void should_refuse_appends_after_close() {
        Path file = dir.resolve("closed.jsonl");
        Journal<Note> journal = Journal.open(file, CODEC, Durability.WRITE_THROUGH);
        journal.append(new Note(1, "a"));
        journal.close();
        journal.close();
        assertThatThrownBy(() -> journal.append(new Note(2, "b"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThat(Journal.read(file, CODEC).events()).hasSize(1);
    }

    @Test
    void should_hand_each_line_to_the_system_at_once_when_writing_through() throws IOException {
        Path file = dir.resolve("through.jsonl");
        try (Journal<Note> journal = Journal.open(file, CODEC, Durability.WRITE_THROUGH)) {
            journal.append(new Note(1, "a"));
            // read while still open: the line is already in the file
            assertThat(Files.readString(file)).isEqualTo("{\"n\":1,\"text\":\"a\"}\n");
        }
    }

    @Test
    void should_keep_buffered_lines_until_flushed_when_buffered() throws IOException {
        Path file = dir.resolve("buffered.jsonl");
        try (Journal<Note> journal = Journal.open(file, CODEC, Durability.BUFFERED)) {
            journal.append(new Note(1, "a"));
            assertThat(Files.size(file)).isZero();
            journal.flush();
            assertThat(Files.size(file)).isPositive();
        }
    }

    @Test
    void should_write_events_larger_than_the_buffer_whole() {
        Path file = dir.resolve("large.jsonl");
        String big = "x".repeat(200_000);
        try (Journal<Note> journal = Journal.open(file, CODEC)) {
            journal.append(new Note(1, "a"));
            journal.append(new Note(2, big));
            journal.append(new Note(3, "c"));
        }
        assertThat(Journal.read(file, CODEC).events()).extracting(Note::n).containsExactly(1, 2, 3);
        assertThat(Journal.read(file, CODEC).events().get(1).text()).hasSize(200_000);
    }

    @Test
    void should_lose_no_line_and_mix_no_lines_when_many_threads_append() throws Exception {
        Path file = dir.resolve("threads.jsonl");
        int threads = 4;
        int each = 5_000;
        try (Journal<Note> journal = Journal.open(file, CODEC)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int base = t * each;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        journal.append(new Note(base + i, "người hỏi " + (base + i)));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }
        List<Note> notes = Journal.read(file, CODEC).events();
        assertThat(notes).hasSize(threads * each);
        assertThat(notes.stream().mapToInt(Note::n).distinct().count()).isEqualTo(threads * each);
        assertThat(notes).allSatisfy(n -> assertThat(n.text()).isEqualTo("người hỏi " + n.n()));
    }

    @Test
    void should_create_a_missing_file_and_report_no_events() throws IOException {
        Path file = dir.resolve("new.jsonl");
        try (Journal<Note> journal = Journal.open(file, CODEC)) {
            assertThat(journal.loaded().events()).isEmpty();
            assertThat(journal.file()).isEqualTo(file);
        }
        assertThat(file).exists();
        Files.writeString(file, "", StandardOpenOption.TRUNCATE_EXISTING);
        assertThat(Journal.read(file, CODEC).events()).isEmpty();
    }

    @Test
    void stale_version_names_subject_and_both_versions() {
        StaleVersionException e = new StaleVersionException("question q-000001", 2, 3);
        assertThat(e).isInstanceOf(IllegalStateException.class);
        assertThat(e.subject()).isEqualTo("question q-000001");
        assertThat(e.expected()).isEqualTo(2);
        assertThat(e.actual()).isEqualTo(3);
        assertThat(e.getMessage()).contains("version 3").contains("version 2");
    }
}
