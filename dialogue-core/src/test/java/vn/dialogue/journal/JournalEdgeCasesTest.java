package vn.dialogue.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edge cases of the journal that the ordinary scenarios do not reach: line ends, the reasons given for a corrupted
 * line, the side file a damaged tail is kept in, failed writes, and use after close. The events are plain text
 * lines, so that every byte the journal hands the codec is visible.
 */
class JournalEdgeCasesTest {

    /**
     * A text codec: an event is the line's text. A line starting with '!' cannot be read, and says why in the rest
     * of the line ("<null>" for no message, "<blank>" for a blank one); an event starting with "boom:" writes the
     * rest, then fails, as a codec failing in the middle of a write.
     */
    static final JournalCodec<String> TEXT = new JournalCodec<>() {
        @Override
        public void write(String event, OutputStream out) {
            try {
                if (event.startsWith("boom:")) {
                    out.write(event.substring(5).getBytes(StandardCharsets.UTF_8));
                    throw new IllegalStateException("the codec failed half way");
                }
                out.write(event.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String read(byte[] bytes, int offset, int length) {
            String line = new String(bytes, offset, length, StandardCharsets.UTF_8);
            if (line.equals("!<null>")) {
                throw new IllegalStateException();
            }
            if (line.equals("!<blank>")) {
                throw new IllegalStateException("   ");
            }
            if (line.startsWith("!")) {
                throw new IllegalArgumentException(line.substring(1));
            }
            return line;
        }
    };

    @TempDir
    Path dir;

    private Path write(String content) throws IOException {
        Path file = dir.resolve("notes.jsonl");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** The reason a corrupted second line gives, as the exception's message carries it. */
    private String reasonFor(String badLine) throws IOException {
        Path file = write("first\n" + badLine + "\nthird\n");
        try {
            Journal.read(file, TEXT);
        } catch (JournalCorruptedException e) {
            assertThat(e.line()).isEqualTo(2);
            String message = e.getMessage();
            String head = "notes.jsonl, line 2: not a valid event (";
            assertThat(message).contains(head);
            return message.substring(message.indexOf(head) + head.length(),
                    message.lastIndexOf("); complete events follow it"));
        }
        throw new AssertionError("line 2 was read as an event: " + badLine);
    }

    @Test
    void should_give_the_codec_message_as_it_is_when_it_quotes_nothing() throws IOException {
        // GIVEN/WHEN a corrupted line whose codec message quotes nothing THEN the reason is that message, whole
        assertThat(reasonFor("!bad line")).isEqualTo("bad line");
    }

    @Test
    void should_name_the_exception_when_the_codec_gives_no_message_or_a_blank_one() throws IOException {
        // GIVEN/WHEN codecs failing without a message, or with a blank one THEN the reason names the exception
        assertThat(reasonFor("!<null>")).isEqualTo("IllegalStateException");
        assertThat(reasonFor("!<blank>")).isEqualTo("IllegalStateException");
    }

    @Test
    void should_cut_the_reason_at_the_first_quote_when_the_codec_quotes_what_it_read() throws IOException {
        // GIVEN codec messages quoting what they read (an asker's name may reach the logs otherwise)
        // WHEN/THEN the reason stops before the earliest quote, whichever kind it is
        assertThat(reasonFor("!unexpected \"Nguyễn\" after 'x'")).isEqualTo("unexpected (...)");
        assertThat(reasonFor("!unexpected 'Nguyễn' after \"x\"")).isEqualTo("unexpected (...)");
        assertThat(reasonFor("!'Nguyễn Văn A' is not an event")).isEqualTo(" (...)");
    }

    @Test
    void should_shorten_the_reason_to_240_characters_only_when_it_is_longer() throws IOException {
        // GIVEN a message of exactly 240 characters, and one of 241
        String exact = "x".repeat(240);
        String longer = "y".repeat(241);
        // WHEN/THEN the first is kept whole, the second cut with an ellipsis
        assertThat(reasonFor("!" + exact)).isEqualTo(exact);
        assertThat(reasonFor("!" + longer)).isEqualTo("y".repeat(240) + "...");
    }

    @Test
    void should_give_the_parser_message_without_its_location_when_a_json_line_is_corrupted() throws IOException {
        // GIVEN a journal of notes whose second line has a text where a number belongs
        Path file = write("{\"n\":1,\"text\":\"a\"}\n{\"n\":\"two\",\"text\":\"b\"}\n{\"n\":3,\"text\":\"c\"}\n");
        // WHEN/THEN the reason is the parser's own message, cut before the value it quotes
        assertThatThrownBy(() -> Journal.read(file, JournalTest.CODEC))
                .isInstanceOf(JournalCorruptedException.class)
                .hasMessageContaining("line 2: not a valid event (Cannot deserialize value of type `int` from String (...))")
                .hasMessageNotContaining("two");
    }

    @Test
    void should_strip_the_carriage_return_of_each_line_when_lines_end_with_crlf() throws IOException {
        // GIVEN a journal written with Windows line ends
        Path file = write("một\r\nhai\r\n");
        // WHEN it is read THEN the events hold no carriage return
        JournalContents<String> contents = Journal.read(file, TEXT);
        assertThat(contents.events()).containsExactly("một", "hai");
        assertThat(contents.lineOf(1)).isEqualTo(2);
    }

    @Test
    void should_skip_a_blank_first_line_and_count_it_when_the_file_starts_with_a_line_break() throws IOException {
        // GIVEN a journal whose first line is empty
        Path file = write("\nA\n\nB\n");
        // WHEN it is read THEN both events are read, each at its own line
        JournalContents<String> contents = Journal.read(file, TEXT);
        assertThat(contents.events()).containsExactly("A", "B");
        assertThat(contents.lineOf(0)).isEqualTo(2);
        assertThat(contents.lineOf(1)).isEqualTo(4);
        assertThat(contents.damagedTail()).isEmpty();
    }

    @Test
    void should_keep_the_damaged_tail_in_a_side_file_named_after_its_offset() throws IOException {
        // GIVEN a journal whose unterminated last line cannot be read
        Path file = write("A\n!cut");
        // WHEN it is opened for appending
        try (Journal<String> journal = Journal.open(file, TEXT)) {
            // THEN the tail is kept in notes.jsonl.damaged-2, beside the journal
            DamagedTail tail = journal.loaded().damagedTail().orElseThrow();
            assertThat(tail.saved()).contains(dir.resolve("notes.jsonl.damaged-2").toAbsolutePath());
            assertThat(tail.reason()).isEqualTo("incomplete last line: cut");
            assertThat(Files.readString(tail.saved().orElseThrow())).isEqualTo("!cut");
        }
        assertThat(Files.readString(file)).isEqualTo("A\n");
    }

    @Test
    void should_number_the_side_file_when_one_of_that_name_exists_already() throws IOException {
        // GIVEN an earlier side file of the same name
        Path file = write("A\n!cut");
        Files.writeString(dir.resolve("notes.jsonl.damaged-2"), "earlier");
        // WHEN the journal is opened
        try (Journal<String> journal = Journal.open(file, TEXT)) {
            // THEN the tail goes to the next free name and the earlier file is untouched
            assertThat(journal.loaded().damagedTail().orElseThrow().saved())
                    .contains(dir.resolve("notes.jsonl.damaged-2-1").toAbsolutePath());
        }
        assertThat(Files.readString(dir.resolve("notes.jsonl.damaged-2"))).isEqualTo("earlier");
        assertThat(Files.readString(dir.resolve("notes.jsonl.damaged-2-1"))).isEqualTo("!cut");
    }

    @Test
    void should_try_a_thousand_numbered_names_then_fail_and_release_the_journal() throws IOException {
        // GIVEN a journal with a damaged tail, and side files taken up to number 1000
        Path file = write("A\n!cut");
        Files.writeString(dir.resolve("notes.jsonl.damaged-2"), "taken");
        for (int i = 1; i <= 1000; i++) {
            Files.writeString(dir.resolve("notes.jsonl.damaged-2-" + i), "taken");
        }
        // WHEN it is opened THEN the 1001st number is used
        try (Journal<String> journal = Journal.open(file, TEXT)) {
            assertThat(journal.loaded().damagedTail().orElseThrow().saved())
                    .contains(dir.resolve("notes.jsonl.damaged-2-1001").toAbsolutePath());
        }
        // GIVEN the same damage again, with number 1001 taken too
        Files.writeString(file, "A\n!cut");
        // WHEN it is opened THEN it fails, leaving the journal as it was
        assertThatThrownBy(() -> Journal.open(file, TEXT))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot open journal");
        assertThat(Files.readString(file)).isEqualTo("A\n!cut");
        // AND the failed open released the file: once a name is free it opens
        Files.delete(dir.resolve("notes.jsonl.damaged-2-1001"));
        try (Journal<String> journal = Journal.open(file, TEXT)) {
            assertThat(journal.loaded().events()).containsExactly("A");
        }
    }

    @Test
    void should_release_the_journal_when_opening_fails_on_a_corrupted_line() throws IOException {
        // GIVEN a journal with a corrupted line in the middle
        Path file = write("A\n!bad\nB\n");
        // WHEN it is opened THEN it fails naming the line
        assertThatThrownBy(() -> Journal.open(file, TEXT))
                .isInstanceOfSatisfying(JournalCorruptedException.class, e -> assertThat(e.line()).isEqualTo(2));
        // AND once repaired it opens for appending (the failed open holds no lock)
        Files.writeString(file, "A\nB\n");
        try (Journal<String> journal = Journal.open(file, TEXT)) {
            assertThat(journal.loaded().events()).containsExactly("A", "B");
        }
    }

    @Test
    void should_fail_with_an_io_error_naming_the_journal_when_the_path_is_a_folder() {
        // GIVEN a folder where the journal should be WHEN/THEN opening fails naming it
        assertThatThrownBy(() -> Journal.open(dir, TEXT))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot open journal " + dir);
    }

    @Test
    void should_write_nothing_of_an_event_whose_codec_failed_when_the_next_event_is_appended() throws IOException {
        // GIVEN a journal
        Path file = dir.resolve("notes.jsonl");
        try (Journal<String> journal = Journal.open(file, TEXT)) {
            // WHEN a codec fails half way through an event, alone or in a batch
            assertThatThrownBy(() -> journal.append("boom:half")).isInstanceOf(IllegalStateException.class);
            journal.append("one");
            assertThatThrownBy(() -> journal.appendAll(List.of("two", "boom:half")))
                    .isInstanceOf(IllegalStateException.class);
            journal.appendAll(List.of("three"));
            // THEN only the events that were written whole count
            assertThat(journal.appended()).isEqualTo(2);
        }
        // AND the file holds them alone, without the failed bytes
        assertThat(Files.readString(file)).isEqualTo("one\nthree\n");
    }

    @Test
    void should_refuse_an_event_whose_codec_starts_it_with_a_line_break() throws IOException {
        // GIVEN a journal
        Path file = dir.resolve("notes.jsonl");
        try (Journal<String> journal = Journal.open(file, TEXT)) {
            // WHEN the codec writes a line break as the event's first byte THEN the event is refused
            assertThatThrownBy(() -> journal.append("\nsecond line"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("the codec wrote a line break for String");
            assertThatThrownBy(() -> journal.append("")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("the codec wrote nothing for String");
            journal.append("kept");
        }
        assertThat(Files.readString(file)).isEqualTo("kept\n");
    }

    @Test
    void should_make_buffered_events_visible_to_readers_when_synced() throws IOException {
        // GIVEN a buffered journal with an appended event
        Path file = dir.resolve("notes.jsonl");
        try (Journal<String> journal = Journal.open(file, TEXT)) {
            journal.append("one");
            // WHEN it is synced THEN a reader sees the event while the journal is still open
            journal.sync();
            assertThat(Journal.read(file, TEXT).events()).containsExactly("one");
            journal.append("two");
            journal.flush();
            assertThat(Journal.read(file, TEXT).events()).containsExactly("one", "two");
        }
    }

    @Test
    void should_refuse_flush_and_sync_when_the_journal_is_closed() {
        // GIVEN a closed journal
        Path file = dir.resolve("notes.jsonl");
        Journal<String> journal = Journal.open(file, TEXT);
        journal.close();
        // WHEN/THEN flushing or syncing it says it is closed
        assertThatThrownBy(journal::flush).isInstanceOf(IllegalStateException.class)
                .hasMessage("journal " + file + " is closed");
        assertThatThrownBy(journal::sync).isInstanceOf(IllegalStateException.class)
                .hasMessage("journal " + file + " is closed");
        assertThatThrownBy(() -> journal.append("x")).isInstanceOf(IllegalStateException.class)
                .hasMessage("journal " + file + " is closed");
    }

    @Test
    void should_leave_the_journal_unchanged_and_usable_when_the_rewrite_cannot_make_its_side_file()
            throws IOException {
        // GIVEN a journal, and a non-empty folder where the rewrite's side file would go
        Path file = write("A\nB\n");
        Path side = dir.resolve("notes.jsonl.rewrite");
        Files.createDirectory(side);
        Files.writeString(side.resolve("other"), "x");
        try (Journal<String> journal = Journal.open(file, TEXT)) {
            // WHEN it is rewritten THEN the rewrite fails saying the journal is unchanged
            assertThatThrownBy(() -> journal.rewrite(e -> e + "!"))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("cannot rewrite journal " + file + "; it is unchanged");
            // AND the journal goes on accepting events
            journal.append("C");
        }
        assertThat(Files.readString(file)).isEqualTo("A\nB\nC\n");
    }

    @Test
    void should_accept_the_smallest_damaged_tail_and_refuse_anything_below_it() {
        // GIVEN/WHEN the smallest tail: line 1, offset 0, one byte THEN it is accepted
        DamagedTail tail = new DamagedTail(1, 0, 1, "cut", null);
        assertThat(tail.toString()).isEqualTo("damaged tail at line 1 (byte 0, 1 bytes): cut");
        assertThat(tail.savedTo(Path.of("j.damaged-0")).toString())
                .isEqualTo("damaged tail at line 1 (byte 0, 1 bytes): cut; kept in j.damaged-0");
        // AND below it each is refused
        assertThatThrownBy(() -> new DamagedTail(0, 0, 1, "cut", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line must be at least 1");
        assertThatThrownBy(() -> new DamagedTail(1, -1, 1, "cut", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DamagedTail(1, 0, 0, "cut", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_describe_the_contents_with_the_count_the_tail_and_the_last_line() {
        // GIVEN contents with and without events and a tail
        Path file = Path.of("j.jsonl");
        JournalContents<String> none = new JournalContents<>(file, List.of(), new long[0], null);
        JournalContents<String> two = new JournalContents<>(file, List.of("a", "b"), new long[] {1, 3}, null);
        JournalContents<String> cut = two.withDamagedTail(new DamagedTail(4, 10, 5, "cut", null));
        // WHEN/THEN each says what it holds
        assertThat(none.toString()).isEqualTo("j.jsonl: 0 events");
        assertThat(two.toString()).isEqualTo("j.jsonl: 2 events, last at line 3");
        assertThat(cut.toString())
                .isEqualTo("j.jsonl: 2 events, damaged tail at line 4 (byte 10, 5 bytes): cut, last at line 3");
    }

    /** What this process's open file descriptors point to in the test folder (Linux: /proc/self/fd). */
    private List<String> openInFolder() throws IOException {
        Path fds = Path.of("/proc/self/fd");
        assumeTrue(Files.isDirectory(fds), "open descriptors are listed by /proc on Linux only");
        String folder = dir.toRealPath().toString() + "/";
        try (Stream<Path> all = Files.list(fds)) {
            return all.map(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString();
                } catch (IOException e) {
                    return ""; // closed while listed (the listing's own descriptor)
                }
            }).filter(target -> target.startsWith(folder)).map(target -> target.substring(folder.length()))
                    .sorted().toList();
        }
    }

    @Test
    void should_keep_no_descriptor_of_the_replaced_file_when_rewritten_and_none_at_all_when_closed()
            throws IOException {
        // GIVEN an open journal with two events
        Path file = write("A\nB\n");
        Journal<String> journal = Journal.open(file, TEXT);
        assertThat(openInFolder()).containsExactly("notes.jsonl");
        // WHEN it is rewritten
        assertThat(journal.rewrite(e -> e + e)).isEqualTo(2);
        // THEN only the new file is held open, not the replaced one
        assertThat(openInFolder()).containsExactly("notes.jsonl");
        journal.append("C");
        // AND closing releases it
        journal.close();
        assertThat(openInFolder()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("AA\nBB\nC\n");
    }

    @Test
    void should_close_and_delete_the_side_file_when_the_rewrite_mapping_fails() throws IOException {
        // GIVEN an open journal
        Path file = write("A\nB\n");
        try (Journal<String> journal = Journal.open(file, TEXT)) {
            // WHEN the rewrite's mapping fails
            assertThatThrownBy(() -> journal.rewrite(e -> {
                throw new IllegalStateException("mapping failed at " + e);
            })).isInstanceOf(IllegalStateException.class).hasMessage("mapping failed at A");
            // THEN the side file is gone and not held open
            assertThat(openInFolder()).containsExactly("notes.jsonl");
            assertThat(dir.resolve("notes.jsonl.rewrite")).doesNotExist();
        }
        assertThat(Files.readString(file)).isEqualTo("A\nB\n");
    }

    @Test
    void should_hold_no_descriptor_when_opening_fails() throws IOException {
        // GIVEN a journal with a corrupted line WHEN it is opened THEN it fails holding nothing open
        Path file = write("A\n!bad\nB\n");
        assertThatThrownBy(() -> Journal.open(file, TEXT)).isInstanceOf(JournalCorruptedException.class);
        assertThat(openInFolder()).isEmpty();
    }

    @Test
    void should_delete_the_side_file_when_the_rewritten_file_cannot_be_moved_in_place() throws IOException {
        // GIVEN an open journal whose file was replaced, while open, by a folder that is not empty
        Path file = write("A\nB\n");
        try (Journal<String> journal = Journal.open(file, TEXT)) {
            Files.delete(file);
            Files.createDirectory(file);
            Files.writeString(file.resolve("inside"), "x");
            // WHEN it is rewritten THEN the rewrite fails saying the journal is unchanged
            assertThatThrownBy(() -> journal.rewrite(e -> e + "!"))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("cannot rewrite journal " + file + "; it is unchanged");
            // AND the side file is deleted
            assertThat(dir.resolve("notes.jsonl.rewrite")).doesNotExist();
        }
    }
}
