package vn.dialogue.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dialogue.question.Fixtures.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dialogue.journal.Durability;
import vn.dialogue.journal.Journal;
import vn.dialogue.journal.JournalCorruptedException;

class QuestionsSurviveARestartThroughTheirJournalTest {

    @TempDir
    Path dir;

    private QuestionRegistry open(Path file) {
        return QuestionRegistry.builder(ROLES).plan(PLAN).journal(file, Durability.BUFFERED).open();
    }

    @Test
    void should_rebuild_exactly_the_same_states_and_versions_when_the_journal_is_replayed() {
        // GIVEN a registry with a question in every state, journaled
        Path file = dir.resolve("questions.jsonl");
        Map<QuestionId, Versioned> live;
        try (QuestionRegistry registry = open(file)) {
            oneInEveryState(registry);
            live = registry.snapshot();
        }
        // WHEN it is opened again
        try (QuestionRegistry again = open(file)) {
            // THEN every state and version is exactly as it was
            assertThat(again.snapshot()).isEqualTo(live);
            assertThat(again.damagedTail()).isEmpty();
            // AND new questions continue the numbering, and intake stays idempotent
            Versioned next = received(again, "after-restart");
            assertThat(live).doesNotContainKey(next.id());
            assertThat(again.receive(submission("s-received"), act(CLERK, T0)).duplicate()).isTrue();
        }
        // AND a read-only replay gives the same states
        assertThat(QuestionRegistry.replay(file)).hasSize(live.size() + 1).containsAllEntriesOf(live);
    }

    @Test
    void should_write_one_json_line_per_event_naming_its_type() throws IOException {
        Path file = dir.resolve("questions.jsonl");
        try (QuestionRegistry registry = open(file)) {
            deferred(registry, "a");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith("{\"p\":1,\"s\":[[\"q-000001\",1]],\"t\":\"received\"")
                .contains("\"question\":\"q-000001\"").contains("Hội Phụ nữ xã").matches(".*\"c\":\"[0-9a-f]{8}\"}$");
        assertThat(lines).extracting(l -> l.substring(l.indexOf("\"t\":\"") + 5, l.indexOf('"', l.indexOf("\"t\":\"") + 5)))
                .containsExactly("received", "accepted", "routed", "drafted", "deferred");
    }

    @Test
    void should_load_every_complete_event_and_report_the_tail_when_the_last_line_was_cut() throws IOException {
        // GIVEN a journal whose last event a crash cut in half
        Path file = dir.resolve("questions.jsonl");
        Map<QuestionId, Versioned> beforeLast;
        try (QuestionRegistry registry = open(file)) {
            Versioned q = routed(registry, "a");
            beforeLast = registry.snapshot();
            registry.execute(new QuestionCommand.DraftAnswer(q.id(), q.version(), act(LDTBXH, T0), "Dự thảo."));
        }
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 25));
        // WHEN it is opened
        try (QuestionRegistry registry = open(file)) {
            // THEN the state is as before the cut event, and the damage is reported at line 4
            assertThat(registry.snapshot()).isEqualTo(beforeLast);
            assertThat(registry.damagedTail()).hasValueSatisfying(t -> {
                assertThat(t.line()).isEqualTo(4);
                assertThat(t.saved()).isPresent();
            });
            // AND work continues: the draft can be made again
            Versioned q = registry.get(QuestionId.of("q-000001")).orElseThrow();
            registry.execute(new QuestionCommand.DraftAnswer(q.id(), q.version(), act(LDTBXH, T0), "Dự thảo."));
        }
        assertThat(QuestionRegistry.replay(file).get(QuestionId.of("q-000001")).status())
                .isEqualTo(QuestionStatus.ANSWER_DRAFTED);
    }

    @Test
    void should_refuse_to_open_naming_the_line_when_a_line_in_the_middle_is_corrupted() throws IOException {
        Path file = dir.resolve("questions.jsonl");
        try (QuestionRegistry registry = open(file)) {
            routed(registry, "a");
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(1, lines.get(1).replace("\"t\":\"accepted\"", "\"t\":\"acepted\""));
        Files.write(file, lines);
        assertThatThrownBy(() -> open(file)).isInstanceOfSatisfying(JournalCorruptedException.class,
                e -> assertThat(e.line()).isEqualTo(2)).hasMessageContaining("line 2");
    }

    @Test
    void should_refuse_to_open_naming_the_line_when_two_lines_were_swapped() throws IOException {
        // GIVEN a journal where someone swapped two lines: routed before accepted
        Path file = dir.resolve("questions.jsonl");
        try (QuestionRegistry registry = open(file)) {
            routed(registry, "a");
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        String accepted = lines.get(1);
        lines.set(1, lines.get(2));
        lines.set(2, accepted);
        Files.write(file, lines);
        // WHEN/THEN opening fails at line 2, saying the sequence breaks there
        assertThatThrownBy(() -> open(file)).isInstanceOfSatisfying(JournalCorruptedException.class,
                e -> assertThat(e.line()).isEqualTo(2)).hasMessageContaining("position 3 follows position 1");
    }

    @Test
    void should_refuse_to_open_naming_the_position_when_an_event_cannot_happen_where_it_stands() {
        // GIVEN a store whose sequence is whole but whose second event skips moderation: routed before accepted
        vn.dialogue.store.InMemoryEventStore store = new vn.dialogue.store.InMemoryEventStore("forged");
        try (QuestionRegistry registry = QuestionRegistry.builder(ROLES).store(store).open()) {
            routed(registry, "a");
        }
        java.util.List<vn.dialogue.store.StoredEvent> events = store.readStream("q-000001");
        vn.dialogue.store.InMemoryEventStore forged = new vn.dialogue.store.InMemoryEventStore("forged");
        forged.append(List.of(new vn.dialogue.store.NewEvent("received", events.get(0).data(), T0,
                List.of("q-000001"), events.get(0).key())), java.util.Map.of("q-000001", 0L));
        forged.append(List.of(vn.dialogue.store.NewEvent.of("routed", events.get(2).data(), T0, "q-000001")),
                java.util.Map.of("q-000001", 1L));
        // WHEN/THEN opening fails at position 2, saying the transition is not allowed
        assertThatThrownBy(() -> QuestionRegistry.builder(ROLES).store(forged).open())
                .isInstanceOf(vn.dialogue.store.DamagedStoreException.class)
                .hasMessageContaining("forged, position 2").hasMessageContaining("RECEIVED")
                .hasMessageContaining("ROUTE");
    }

    @Test
    void should_read_the_journal_with_the_public_codec() {
        Path file = dir.resolve("questions.jsonl");
        try (QuestionRegistry registry = open(file)) {
            answeredLive(registry, "a");
        }
        List<QuestionEvent> events = QuestionRegistry.events(file);
        assertThat(events).hasSize(5);
        assertThat(events.get(0)).isInstanceOf(QuestionEvent.QuestionReceived.class);
        assertThat(events.get(4)).isInstanceOfSatisfying(QuestionEvent.QuestionAnsweredLive.class,
                e -> assertThat(e.act().actor()).isEqualTo(SECRETARIAT));
    }
}
