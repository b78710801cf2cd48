package vn.dialogue.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@link Journal#rewrite} maps every event one for one, in order, atomically: a failure half-way leaves the old file
 * whole and the journal open; success leaves the new file whole, and appends go on into it.
 */
class JournalRewriteTest {

    record Note(int n, String text) {
    }

    private static final JournalCodec<Note> CODEC = JournalCodec.jackson(JsonMapper.builder().build(), Note.class);

    @TempDir
    Path dir;

    private static Note note(int n) {
        return new Note(n, "Ý kiến số " + n + " của bà Nguyễn Thị Hoa, điện thoại 0905 123 456");
    }

    private static Note scrub(Note note) {
        return new Note(note.n(), note.text().replace("Nguyễn Thị Hoa", "người hỏi ẩn danh")
                .replace("0905 123 456", "(đã xoá)"));
    }

    private Path journalOf(int count) {
        Path file = dir.resolve("notes.jsonl");
        try (Journal<Note> journal = Journal.open(file, CODEC, Durability.BUFFERED)) {
            IntStream.range(0, count).forEach(i -> journal.append(note(i)));
        }
        return file;
    }

    @Test
    void should_map_every_event_in_order_and_keep_appending_when_rewritten_while_open() throws IOException {
        // GIVEN an open journal of 3,000 events (more than one write buffer), some still buffered
        Path file = journalOf(2_990);
        try (Journal<Note> journal = Journal.open(file, CODEC, Durability.BUFFERED)) {
            IntStream.range(2_990, 3_000).forEach(i -> journal.append(note(i)));

            // WHEN it is rewritten with a mapping that scrubs the personal data
            int rewritten = journal.rewrite(JournalRewriteTest::scrub);

            // THEN every event is there, mapped, in order; the file holds no trace of the name or phone
            assertThat(rewritten).isEqualTo(3_000);
            List<Note> read = Journal.read(file, CODEC).events();
            assertThat(read).containsExactlyElementsOf(IntStream.range(0, 3_000).mapToObj(i -> scrub(note(i)))
                    .toList());
            String bytes = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(bytes).doesNotContain("Nguyễn Thị Hoa").doesNotContain("0905 123 456");
            assertThat(Files.exists(dir.resolve("notes.jsonl.rewrite"))).isFalse();

            // AND appends go on into the rewritten file, and it is still locked against a second opener
            journal.append(new Note(3_000, "sau khi xoá"));
            journal.flush();
            assertThat(Journal.read(file, CODEC).events()).hasSize(3_001).last()
                    .isEqualTo(new Note(3_000, "sau khi xoá"));
            assertThatThrownBy(() -> Journal.open(file, CODEC)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already open");
        }
        assertThat(Journal.read(file, CODEC).events()).hasSize(3_001);
    }

    @Test
    void should_leave_the_old_file_whole_and_the_journal_open_when_the_mapping_fails_half_way() throws IOException {
        // GIVEN a journal of 100 events
        Path file = journalOf(100);
        byte[] before = Files.readAllBytes(file);
        try (Journal<Note> journal = Journal.open(file, CODEC, Durability.BUFFERED)) {
            // WHEN the mapping fails at the 51st event (as a crash half-way would stop it)
            assertThatThrownBy(() -> journal.rewrite(n -> {
                if (n.n() == 50) {
                    throw new IllegalStateException("interrupted");
                }
                return scrub(n);
            })).isInstanceOf(IllegalStateException.class).hasMessage("interrupted");
            // AND when it maps an event to nothing
            assertThatThrownBy(() -> journal.rewrite(n -> n.n() == 7 ? null : n))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never drops");

            // THEN the file is byte for byte the old one, no side file is left, and appends still work
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
            assertThat(Files.exists(dir.resolve("notes.jsonl.rewrite"))).isFalse();
            journal.append(note(100));
        }
        assertThat(Journal.read(file, CODEC).events()).hasSize(101);
    }

    @Test
    void should_replace_a_stale_side_file_when_an_earlier_rewrite_crashed_before_the_rename() throws IOException {
        // GIVEN a journal and the side file a crash before the rename left behind (half written)
        Path file = journalOf(20);
        Path side = dir.resolve("notes.jsonl.rewrite");
        Files.writeString(side, "{\"n\":0,\"text\":\"half", StandardCharsets.UTF_8);
        // AND the journal itself still reads whole
        assertThat(Journal.read(file, CODEC).events()).hasSize(20);

        // WHEN the rewrite is run again on the closed journal
        int rewritten = Journal.rewrite(file, CODEC, JournalRewriteTest::scrub);

        // THEN the rewrite completes from the journal, not from the stale side file
        assertThat(rewritten).isEqualTo(20);
        assertThat(Journal.read(file, CODEC).events()).containsExactlyElementsOf(IntStream.range(0, 20)
                .mapToObj(i -> scrub(note(i))).toList());
        assertThat(Files.exists(side)).isFalse();
    }

    @Test
    void should_give_the_same_bytes_when_the_mapping_is_the_identity() throws IOException {
        Path file = journalOf(50);
        byte[] before = Files.readAllBytes(file);
        assertThat(Journal.rewrite(file, CODEC, n -> n)).isEqualTo(50);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void should_refuse_when_the_journal_is_closed() {
        Path file = journalOf(3);
        Journal<Note> journal = Journal.open(file, CODEC);
        journal.close();
        assertThatThrownBy(() -> journal.rewrite(n -> n)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }
}
