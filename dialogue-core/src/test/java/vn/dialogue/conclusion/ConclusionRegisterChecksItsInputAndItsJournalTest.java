package vn.dialogue.conclusion;

import vn.dialogue.question.ActionRefusedException;

import vn.dialogue.conclusion.ChairConclusions;
import vn.dialogue.conclusion.ConclusionRegister;
import vn.dialogue.conclusion.ConclusionTask;
import vn.dialogue.conclusion.TaskStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dialogue.question.Fixtures.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dialogue.journal.Durability;
import vn.dialogue.journal.JournalCorruptedException;
import vn.dialogue.text.Bilingual;

/** The chair's conclusions register: who may assign, what the plan knows, and what its journal may hold. */
class ConclusionRegisterChecksItsInputAndItsJournalTest {

    @TempDir
    Path dir;

    private static final Bilingual DEADLINE = Bilingual.of("trước ngày 15/12/2024", "before 15 Dec 2024");

    private static ConclusionRegister open(Path file) {
        return ConclusionRegister.builder(ROLES).plan(PLAN).journal(file, Durability.BUFFERED).open();
    }

    private static ConclusionRegister memory() {
        return ConclusionRegister.builder(ROLES).plan(PLAN).open();
    }

    @Test
    void should_list_conclusions_and_filter_tasks_by_status_when_several_are_recorded() {
        try (ConclusionRegister register = memory()) {
            register.record(act(SECRETARIAT, at(21, 11)), SESSION, "Thành công.", List.of("Tiếp tục."));
            register.assign(act(SECRETARIAT, at(21, 11)), "kl-1", SESSION, "so-ldtbxh", "Rà soát.", DEADLINE,
                    LocalDate.of(2024, 12, 14));
            assertThat(register.conclusions()).extracting(ChairConclusions::session).containsExactly(SESSION);
            Instant dec1 = Instant.parse("2024-12-01T02:00:00Z");
            assertThat(register.tasks(TaskStatus.OPEN, dec1)).extracting(ConclusionTask::id).containsExactly("kl-1");
            assertThat(register.tasks(TaskStatus.DONE_ON_TIME, dec1)).isEmpty();
            register.sync();
        }
    }

    @Test
    void should_refuse_an_unknown_session_and_an_actor_who_may_not_assign() {
        try (ConclusionRegister register = memory()) {
            assertThatThrownBy(() -> register.record(act(SECRETARIAT, at(21, 11)), "phien-khac", "Thành công.",
                    List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'phien-khac'");
            register.record(act(SECRETARIAT, at(21, 11)), SESSION, "Thành công.", List.of());
            assertThatThrownBy(() -> register.assign(act(NOBODY, at(21, 11)), "kl-1", SESSION, "so-ldtbxh",
                    "Rà soát.", DEADLINE, LocalDate.of(2024, 12, 14))).isInstanceOf(ActionRefusedException.class);
            assertThat(register.tasks()).isEmpty();
        }
    }

    @Test
    void should_refuse_a_journal_that_records_one_session_twice_and_let_go_of_it() throws IOException {
        Path file = dir.resolve("c.jsonl");
        try (ConclusionRegister register = open(file)) {
            register.record(act(SECRETARIAT, at(21, 11)), SESSION, "Thành công.", List.of());
        }
        String line = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
        Files.writeString(file, line + "\n" + line + "\n", StandardCharsets.UTF_8);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> open(file)).isInstanceOf(JournalCorruptedException.class)
                    .hasMessageContaining("line 2").hasMessageContaining("a repeated event");
        }
    }

    @Test
    void should_report_the_cut_tail_when_the_journal_ends_in_half_a_line() throws IOException {
        Path file = dir.resolve("c.jsonl");
        try (ConclusionRegister register = open(file)) {
            register.record(act(SECRETARIAT, at(21, 11)), SESSION, "Thành công.", List.of());
        }
        Files.writeString(file, "{\"type\":\"conclu", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (ConclusionRegister register = open(file)) {
            assertThat(register.damagedTail()).isPresent();
            assertThat(register.conclusions()).hasSize(1);
        }
    }
}
