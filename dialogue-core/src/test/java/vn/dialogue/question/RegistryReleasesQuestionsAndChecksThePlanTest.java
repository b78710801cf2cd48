package vn.dialogue.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dialogue.question.Fixtures.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dialogue.journal.Durability;
import vn.dialogue.journal.JournalCorruptedException;

/**
 * The registry lets go of every question it changed (another thread can change it next), checks the plan's
 * agencies, sessions and topics on every command that names them, lists questions in id order, and lets go of a
 * journal it could not open.
 */
class RegistryReleasesQuestionsAndChecksThePlanTest {

    @TempDir
    Path dir;

    /** Runs {@code work} on another thread and returns its result (a question still locked would block it). */
    private static <T> T onAnotherThread(Callable<T> work) throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            return other.submit(work).get(60, TimeUnit.SECONDS);
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void should_let_another_thread_change_a_question_when_one_thread_changed_erased_or_compiled_it() throws Exception {
        try (QuestionRegistry registry = registry()) {
            // GIVEN a question accepted on this thread, and two more compiled on this thread
            Versioned q = accepted(registry, "m-1");
            Versioned a = accepted(registry, "m-2");
            Versioned b = accepted(registry, "m-3");
            Versioned compiled = registry.execute(new QuestionCommand.Compile(List.of(b, a), act(COMPILER, T0),
                    "Câu hỏi tổng hợp", List.of()));
            // AND the asker of the first erased on this thread
            Versioned erased = registry.eraseAsker(q.id(), act(COMPILER, T0));
            assertThat(erased.version()).isEqualTo(q.version() + 1);
            // WHEN another thread routes the first, and withdraws... routes the compiled one and erases a member
            Versioned routed = onAnotherThread(() -> registry.execute(command(Transition.ROUTE, erased, erased)));
            Versioned routedCompiled = onAnotherThread(() -> registry.execute(
                    command(Transition.ROUTE, compiled, compiled)));
            Versioned member = onAnotherThread(() -> registry.eraseAsker(a.id(), act(COMPILER, T0)));
            // THEN each change went through
            assertThat(routed.status()).isEqualTo(QuestionStatus.ROUTED);
            assertThat(routedCompiled.status()).isEqualTo(QuestionStatus.ROUTED);
            assertThat(member.status()).isEqualTo(QuestionStatus.MERGED);
        }
    }

    @Test
    void should_refuse_agencies_sessions_and_topics_the_plan_does_not_know_when_a_command_names_them() {
        try (QuestionRegistry registry = registry()) {
            Versioned accepted = accepted(registry, "m-1");
            Versioned drafted = drafted(registry, "m-2");
            // a co-agency not in the plan
            assertThatThrownBy(() -> registry.execute(new QuestionCommand.Route(accepted.id(), accepted.version(),
                    act(COMPILER, T0), "so-ldtbxh", List.of("bhxh-tinh", "so-khong-co"), LocalDate.of(2024, 11, 28))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'so-khong-co'");
            // an answering agency not in the plan
            assertThatThrownBy(() -> registry.execute(new QuestionCommand.AnswerLive(drafted.id(), drafted.version(),
                    act(SECRETARIAT, AT_SESSION), SESSION, "so-khong-co", null, "Trả lời.")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'so-khong-co'");
            // a session, then an agency, not in the plan for a deferral
            assertThatThrownBy(() -> registry.execute(new QuestionCommand.Defer(drafted.id(), drafted.version(),
                    act(SECRETARIAT, AT_SESSION, "cần nghiên cứu"), "phien-khac", "bhxh-tinh", null,
                    LocalDate.of(2024, 12, 5), LocalDate.of(2024, 11, 26))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'phien-khac'");
            assertThatThrownBy(() -> registry.execute(new QuestionCommand.Defer(drafted.id(), drafted.version(),
                    act(SECRETARIAT, AT_SESSION, "cần nghiên cứu"), SESSION, "so-khong-co", null,
                    LocalDate.of(2024, 12, 5), LocalDate.of(2024, 11, 26))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'so-khong-co'");
            // a compilation's topic not in the plan
            Versioned b = accepted(registry, "m-3");
            assertThatThrownBy(() -> registry.execute(new QuestionCommand.Compile(List.of(accepted, b),
                    act(COMPILER, T0), "Tổng hợp", List.of("chu-de-khong-co"))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'chu-de-khong-co'");
            // THEN nothing changed
            assertThat(registry.get(accepted.id()).orElseThrow()).isEqualTo(accepted);
            assertThat(registry.get(drafted.id()).orElseThrow()).isEqualTo(drafted);
            assertThat(registry.size()).isEqualTo(3);
        }
    }

    @Test
    void should_name_the_compiled_members_when_the_actor_may_not_compile() {
        try (QuestionRegistry registry = registry()) {
            Versioned a = accepted(registry, "m-1");
            Versioned b = accepted(registry, "m-2");
            assertThatThrownBy(() -> registry.execute(new QuestionCommand.Compile(List.of(b, a), act(NOBODY, T0),
                    "Tổng hợp", List.of())))
                    .isInstanceOf(ActionRefusedException.class)
                    .hasMessageStartingWith("compilation of [" + a.id() + ", " + b.id() + "]: ");
        }
    }

    @Test
    void should_list_questions_in_id_order_when_there_are_many() {
        try (QuestionRegistry registry = registry()) {
            List<QuestionId> made = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                made.add(received(registry, "m-" + i).id());
            }
            assertThat(registry.snapshot().keySet()).containsExactlyElementsOf(made);
            assertThat(registry.questions()).extracting(Question::id).containsExactlyElementsOf(made);
        }
    }

    @Test
    void should_sync_without_a_journal_and_with_one() {
        try (QuestionRegistry memory = registry()) {
            received(memory, "m-1");
            memory.sync();
            assertThat(memory.size()).isEqualTo(1);
        }
        Path file = dir.resolve("q.jsonl");
        try (QuestionRegistry journaled = QuestionRegistry.builder(ROLES).plan(PLAN)
                .journal(file, Durability.BUFFERED).open()) {
            received(journaled, "m-1");
            journaled.sync();
        }
        assertThat(QuestionRegistry.replay(file)).hasSize(1);
    }

    @Test
    void should_let_go_of_a_journal_it_could_not_replay_so_that_it_can_be_opened_again() throws IOException {
        // GIVEN a journal whose second line names a question that was never received
        Path file = dir.resolve("q.jsonl");
        try (QuestionRegistry registry = QuestionRegistry.builder(ROLES).plan(PLAN)
                .journal(file, Durability.BUFFERED).open()) {
            accepted(registry, "m-1");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Files.writeString(file, lines.get(1) + "\n" + lines.get(0) + "\n", StandardCharsets.UTF_8);
        // WHEN it is opened twice THEN both times the journal's corruption is reported, not that it is open
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> QuestionRegistry.builder(ROLES).plan(PLAN).journal(file, Durability.BUFFERED)
                    .open()).isInstanceOf(JournalCorruptedException.class);
        }
    }
}
