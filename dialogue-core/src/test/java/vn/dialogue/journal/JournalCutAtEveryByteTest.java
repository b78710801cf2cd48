package vn.dialogue.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * A crash can cut the journal file anywhere in what it was writing. This cuts a journal at every byte offset of
 * its last events (multi-byte Vietnamese text, so cuts also fall inside characters) and checks, each time, that
 * every complete event loads, the cut line is reported as the damaged tail at its offset, nothing earlier is lost,
 * and opening the cut journal sets the tail aside and appends after the last complete event. Counts the cuts.
 */
class JournalCutAtEveryByteTest {

    record Note(int n, String text) {
    }

    private static final JournalCodec<Note> CODEC = JournalCodec.jackson(JsonMapper.builder().build(), Note.class);
    private static final int EVENTS = 40;
    private static final int CUT_EVENTS = 8;

    @TempDir
    Path dir;

    private static Note note(int n) {
        return new Note(n, "Ý kiến số " + n + ": đề nghị hỗ trợ vay vốn, “khởi nghiệp” — phụ nữ dân tộc thiểu số 😀");
    }

    @Test
    void should_load_every_complete_event_and_report_the_cut_line_when_cut_at_any_byte_of_the_last_events()
            throws IOException {
        // GIVEN a journal of EVENTS events, written and closed
        Path whole = dir.resolve("whole.jsonl");
        try (Journal<Note> journal = Journal.open(whole, CODEC)) {
            for (int i = 0; i < EVENTS; i++) {
                journal.append(note(i));
            }
        }
        byte[] bytes = Files.readAllBytes(whole);
        List<Integer> lineStarts = new ArrayList<>();
        lineStarts.add(0);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' && i + 1 < bytes.length) {
                lineStarts.add(i + 1);
            }
        }
        assertThat(lineStarts).hasSize(EVENTS);
        int from = lineStarts.get(EVENTS - CUT_EVENTS);
        int cuts = 0;
        int damaged = 0;

        // WHEN it is cut at every byte offset of its last CUT_EVENTS events
        for (int cut = from; cut <= bytes.length; cut++) {
            Path file = dir.resolve("cut-" + cut + ".jsonl");
            Files.write(file, Arrays.copyOf(bytes, cut));
            JournalContents<Note> read = Journal.read(file, CODEC);
            cuts++;

            // THEN the events whose line ends before the cut load, in order, and nothing else
            int complete = 0;
            while (complete < EVENTS && endOfLine(lineStarts, bytes.length, complete) <= cut) {
                complete++;
            }
            boolean atLineStart = lineStarts.contains(cut) || cut == bytes.length;
            // a cut just before a line's '\n' leaves a complete event without its line end: it still loads
            boolean lineEndOnly = !atLineStart && bytes[cut] == '\n';
            int expected = complete + (lineEndOnly ? 1 : 0);
            assertThat(read.events()).as("cut at byte %d", cut).hasSize(expected);
            for (int i = 0; i < expected; i++) {
                assertThat(read.events().get(i)).isEqualTo(note(i));
            }
            if (atLineStart || lineEndOnly) {
                assertThat(read.damagedTail()).as("cut at byte %d", cut).isEmpty();
            } else {
                damaged++;
                assertThat(read.damagedTail()).as("cut at byte %d", cut).get().satisfies(tail -> {
                    assertThat(tail.offset()).isEqualTo((long) lineStarts.get(expected));
                    assertThat(tail.line()).isEqualTo(expected + 1L);
                });
            }
        }
        System.out.printf("Journal cut at every byte of its last %d events: %d cuts, %d damaged tails reported, "
                + "0 events lost%n", CUT_EVENTS, cuts, damaged);
        assertThat(cuts).isEqualTo(bytes.length - from + 1);
    }

    @Test
    void should_set_the_tail_aside_and_append_after_the_last_complete_event_when_a_cut_journal_is_opened()
            throws IOException {
        Path whole = dir.resolve("whole.jsonl");
        try (Journal<Note> journal = Journal.open(whole, CODEC)) {
            for (int i = 0; i < 3; i++) {
                journal.append(note(i));
            }
        }
        byte[] bytes = Files.readAllBytes(whole);
        int lastLine = bytes.length - 2;
        while (bytes[lastLine] != '\n') {
            lastLine--;
        }
        lastLine++;
        for (int cut = lastLine + 1; cut < bytes.length - 1; cut += 7) {
            // GIVEN a journal whose last event a crash cut
            Path file = dir.resolve("open-" + cut + ".jsonl");
            Files.write(file, Arrays.copyOf(bytes, cut));
            // WHEN it is opened and a new event appended
            try (Journal<Note> journal = Journal.open(file, CODEC)) {
                assertThat(journal.loaded().events()).containsExactly(note(0), note(1));
                assertThat(journal.loaded().damagedTail()).get()
                        .satisfies(tail -> assertThat(tail.saved()).isPresent());
                journal.append(note(99));
            }
            // THEN reading again gives the complete events then the new one, and the cut bytes are kept aside
            JournalContents<Note> again = Journal.read(file, CODEC);
            assertThat(again.events()).containsExactly(note(0), note(1), note(99));
            assertThat(again.damagedTail()).isEmpty();
        }
    }

    private static int endOfLine(List<Integer> lineStarts, int length, int line) {
        return line + 1 < lineStarts.size() ? lineStarts.get(line + 1) : length;
    }
}
