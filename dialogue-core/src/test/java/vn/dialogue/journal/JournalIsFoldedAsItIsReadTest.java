package vn.dialogue.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

/** {@link Journal#read(Path, JournalCodec, java.util.function.ObjLongConsumer)} hands over what read() loads. */
class JournalIsFoldedAsItIsReadTest {

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
    void should_hand_over_every_event_with_its_line_and_return_the_damaged_tail_when_the_last_line_was_cut()
            throws IOException {
        // GIVEN a journal with a blank line, a CRLF line end and a cut last line
        Path file = write("{\"n\":1,\"text\":\"một\"}\n\n{\"n\":2,\"text\":\"hai\"}\r\n{\"n\":3,\"text\":\"ba\"}\n{\"n\":4,\"te");
        // WHEN it is read event by event
        List<Note> notes = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        Optional<DamagedTail> tail = Journal.read(file, CODEC, (note, line) -> {
            notes.add(note);
            lines.add(line);
        });
        // THEN the events and lines are those read() loads, and the tail is the same
        JournalContents<Note> loaded = Journal.read(file, CODEC);
        assertThat(notes).isEqualTo(loaded.events()).extracting(Note::n).containsExactly(1, 2, 3);
        assertThat(lines).containsExactly(loaded.lineOf(0), loaded.lineOf(1), loaded.lineOf(2))
                .containsExactly(1L, 3L, 4L);
        assertThat(tail).isEqualTo(loaded.damagedTail());
        assertThat(tail.orElseThrow().line()).isEqualTo(5);
    }

    @Test
    void should_read_lines_longer_than_a_read_chunk_and_split_across_chunks() throws IOException {
        // GIVEN notes of 700 KB each, so that lines straddle the 1 MiB read chunks
        String big = "đ".repeat(350_000);
        StringBuilder content = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            content.append("{\"n\":").append(i).append(",\"text\":\"").append(big).append("\"}\n");
        }
        Path file = write(content.toString());
        // WHEN it is read THEN every note is whole
        List<Note> notes = new ArrayList<>();
        assertThat(Journal.read(file, CODEC, (note, line) -> notes.add(note))).isEmpty();
        assertThat(notes).extracting(Note::n).containsExactly(0, 1, 2, 3, 4);
        assertThat(notes).allSatisfy(note -> assertThat(note.text()).isEqualTo(big));
    }

    @Test
    void should_fail_naming_the_line_after_handing_over_the_events_before_it_when_a_middle_line_is_corrupted()
            throws IOException {
        Path file = write("{\"n\":1,\"text\":\"a\"}\n{\"n\":2,\"tex\n{\"n\":3,\"text\":\"c\"}\n");
        List<Note> notes = new ArrayList<>();
        assertThatThrownBy(() -> Journal.read(file, CODEC, (note, line) -> notes.add(note)))
                .isInstanceOfSatisfying(JournalCorruptedException.class, e -> assertThat(e.line()).isEqualTo(2));
        assertThat(notes).containsExactly(new Note(1, "a"));
    }

    @Test
    void should_pass_on_what_the_consumer_throws() throws IOException {
        Path file = write("{\"n\":1,\"text\":\"a\"}\n");
        assertThatThrownBy(() -> Journal.read(file, CODEC, (note, line) -> {
            throw new IllegalStateException("cannot fold note " + note.n() + " at line " + line);
        })).isInstanceOf(IllegalStateException.class).hasMessage("cannot fold note 1 at line 1");
    }
}
