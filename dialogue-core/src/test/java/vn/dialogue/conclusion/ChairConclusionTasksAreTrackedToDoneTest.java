package vn.dialogue.conclusion;

import vn.dialogue.question.Action;
import vn.dialogue.question.ActionRefusedException;
import vn.dialogue.question.DeferredQuestion;
import vn.dialogue.question.QuestionRegistry;
import vn.dialogue.question.Versioned;

import vn.dialogue.conclusion.ChairConclusions;
import vn.dialogue.conclusion.ConclusionRegister;
import vn.dialogue.conclusion.ConclusionTask;
import vn.dialogue.conclusion.TaskStatus;
import vn.dialogue.conclusion.VersionedTask;
import vn.dialogue.yearly.Unsettled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dialogue.question.Fixtures.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.deadline.DeadlineContext;
import vn.dialogue.deadline.MilestoneRef;
import vn.dialogue.deadline.OffsetDeadline;
import vn.dialogue.journal.Durability;
import vn.dialogue.journal.JournalCorruptedException;
import vn.dialogue.store.StaleVersionException;
import vn.dialogue.plan.CarryOver;
import vn.dialogue.text.Bilingual;

class ChairConclusionTasksAreTrackedToDoneTest {

    @TempDir
    Path dir;

    private static final DeadlineContext AFTER_SESSION = DeadlineContext.of(WorkingCalendar.vietnam())
            .with(MilestoneRef.session(), SESSION_DAY);

    private ConclusionRegister open(Path file) {
        return ConclusionRegister.builder(ROLES).plan(PLAN).journal(file, Durability.WRITE_THROUGH).open();
    }

    @Test
    void should_track_each_task_open_overdue_done_on_time_or_late_and_survive_a_restart() {
        Path file = dir.resolve("conclusions.jsonl");
        try (ConclusionRegister register = open(file)) {
            // GIVEN the chair's conclusions with two tasks, due 15 and 30 working days after the session
            ChairConclusions conclusions = register.record(act(SECRETARIAT, at(21, 11)), SESSION,
                    "Buổi đối thoại thành công.", List.of("Các sở tiếp tục lắng nghe phụ nữ."));
            assertThat(conclusions.directions()).hasSize(1);
            VersionedTask a = register.assign(act(SECRETARIAT, at(21, 11)), "kl-1", SESSION, "so-ldtbxh",
                    "Rà soát chính sách hỗ trợ phụ nữ DTTS.", OffsetDeadline.workingDaysAfter(15, MilestoneRef.session()),
                    AFTER_SESSION);
            VersionedTask b = register.assign(act(SECRETARIAT, at(21, 11)), "kl-2", SESSION, "bhxh-tinh",
                    "Hỗ trợ BHYT.", Bilingual.of("trước ngày 15/12/2024", "before 15 Dec 2024"),
                    LocalDate.of(2024, 12, 14));
            assertThat(a.task().due()).isEqualTo(LocalDate.of(2024, 12, 12));
            assertThat(a.task().deadline().vi()).contains("15 ngày làm việc");
            // THEN both are open at first, and the second overdue after its day
            Instant dec13 = Instant.parse("2024-12-13T02:00:00Z");
            assertThat(a.task().status(at(25, 9))).isEqualTo(TaskStatus.OPEN);
            assertThat(register.tasks(TaskStatus.OVERDUE, Instant.parse("2024-12-15T02:00:00Z")))
                    .extracting(ConclusionTask::id).containsExactly("kl-1", "kl-2");
            // WHEN the first is reported done late and the second on time
            VersionedTask aDone = register.report("kl-1", 1, act(LDTBXH, dec13), "Đã rà soát, báo cáo UBND.");
            VersionedTask bDone = register.report("kl-2", 1, act(BHXH, Instant.parse("2024-12-14T16:59:00Z")), "Xong.");
            // THEN
            assertThat(aDone.version()).isEqualTo(2);
            assertThat(aDone.task().status(dec13)).isEqualTo(TaskStatus.DONE_LATE);
            assertThat(bDone.task().status(dec13)).isEqualTo(TaskStatus.DONE_ON_TIME);
            assertThat(b.task().isDone()).isFalse();
        }
        // AND a restart rebuilds the same conclusions and tasks
        try (ConclusionRegister again = open(file)) {
            assertThat(again.conclusions(SESSION)).hasValueSatisfying(c -> assertThat(c.assessment())
                    .isEqualTo("Buổi đối thoại thành công."));
            assertThat(again.tasks()).extracting(ConclusionTask::isDone).containsExactly(true, true);
            assertThat(again.task("kl-1").orElseThrow().version()).isEqualTo(2);
            assertThat(again.damagedTail()).isEmpty();
        }
    }

    @Test
    void should_refuse_reports_from_another_agency_a_wrong_role_twice_or_against_a_stale_version() {
        ConclusionRegister register = ConclusionRegister.inMemory(ROLES);
        register.record(act(SECRETARIAT, AT_SESSION), SESSION, "Đánh giá.", List.of());
        register.assign(act(SECRETARIAT, AT_SESSION), "kl-1", SESSION, "so-ldtbxh", "Việc.",
                Bilingual.of("trong tháng 12", "in December"), LocalDate.of(2024, 12, 31));
        assertThatThrownBy(() -> register.report("kl-1", 1, act(BHXH, at(25, 9)), "x"))
                .isInstanceOfSatisfying(ActionRefusedException.class,
                        e -> assertThat(e.action()).isEqualTo(Action.REPORT_TASK))
                .hasMessageContaining("so-ldtbxh");
        assertThatThrownBy(() -> register.report("kl-1", 1, act(COMPILER, at(25, 9)), "x"))
                .isInstanceOf(ActionRefusedException.class);
        assertThatThrownBy(() -> register.report("kl-1", 0, act(LDTBXH, at(25, 9)), "x"))
                .isInstanceOf(StaleVersionException.class);
        register.report("kl-1", 1, act(LDTBXH, at(25, 9)), "Xong.");
        assertThatThrownBy(() -> register.report("kl-1", 2, act(LDTBXH, at(26, 9)), "Lại."))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already reported");
        assertThatThrownBy(() -> register.report("kl-9", 1, act(LDTBXH, at(26, 9)), "x"))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(register.task("kl-1").orElseThrow().task().report()).isEqualTo("Xong.");
    }

    @Test
    void should_refuse_conclusions_from_anyone_but_the_secretariat_and_tasks_before_their_conclusions() {
        ConclusionRegister register = ConclusionRegister.builder(ROLES).plan(PLAN).open();
        assertThatThrownBy(() -> register.record(act(COMPILER, AT_SESSION), SESSION, "x", List.of()))
                .isInstanceOfSatisfying(ActionRefusedException.class,
                        e -> assertThat(e.action()).isEqualTo(Action.RECORD_CONCLUSIONS));
        assertThatThrownBy(() -> register.assign(act(SECRETARIAT, AT_SESSION), "kl-1", SESSION, "so-ldtbxh", "x",
                Bilingual.of("a", "b"), SESSION_DAY)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("record the conclusions");
        register.record(act(SECRETARIAT, AT_SESSION), SESSION, "x", List.of());
        assertThatThrownBy(() -> register.record(act(SECRETARIAT, AT_SESSION), SESSION, "y", List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already recorded");
        assertThatThrownBy(() -> register.assign(act(SECRETARIAT, AT_SESSION), "kl-1", SESSION, "so-khong-co", "x",
                Bilingual.of("a", "b"), SESSION_DAY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("so-khong-co");
        register.assign(act(SECRETARIAT, AT_SESSION), "kl-1", SESSION, "so-ldtbxh", "x", Bilingual.of("a", "b"),
                SESSION_DAY);
        assertThatThrownBy(() -> register.assign(act(SECRETARIAT, AT_SESSION), "kl-1", SESSION, "so-yte", "y",
                Bilingual.of("a", "b"), SESSION_DAY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already taken");
        assertThat(register.tasks()).hasSize(1);
    }

    @Test
    void should_carry_over_unresolved_tasks_and_unanswered_deferred_questions_to_next_year() {
        // GIVEN one deferred question unanswered, one answered; one task open, one done
        QuestionRegistry questions = registry();
        Versioned open = deferred(questions, "open");
        resolved(questions, "answered");
        ConclusionRegister register = ConclusionRegister.inMemory(ROLES);
        register.record(act(SECRETARIAT, AT_SESSION), SESSION, "x", List.of());
        register.assign(act(SECRETARIAT, AT_SESSION), "kl-1", SESSION, "so-ldtbxh", "Việc còn dở.",
                Bilingual.of("a", "b"), LocalDate.of(2024, 12, 31));
        register.assign(act(SECRETARIAT, AT_SESSION), "kl-2", SESSION, "so-yte", "Việc xong.",
                Bilingual.of("a", "b"), LocalDate.of(2024, 12, 31));
        register.report("kl-2", 1, act(YTE, at(28, 9)), "Xong.");
        // WHEN next year asks what is unsettled
        Instant yearEnd = Instant.parse("2025-01-05T00:00:00Z");
        Unsettled unsettled = Unsettled.at(yearEnd, questions.questions(), register.tasks());
        // THEN the open task and the unanswered question carry over, as plan carry-overs
        assertThat(unsettled.deferredQuestions()).extracting(DeferredQuestion::id).containsExactly(open.id());
        assertThat(unsettled.tasks()).extracting(ConclusionTask::id).containsExactly("kl-1");
        List<CarryOver> carry = unsettled.carryOvers(PLAN.id());
        assertThat(carry).extracting(CarryOver::kind).containsExactly(CarryOver.Kind.DEFERRED_QUESTION,
                CarryOver.Kind.CONCLUSION_TASK);
        assertThat(carry.get(0).reference()).isEqualTo(open.id().value());
        assertThat(carry.get(0).agency()).isEqualTo("bhxh-tinh");
        assertThat(carry.get(1).due()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(Unsettled.at(yearEnd, List.of(), List.of()).isEmpty()).isTrue();
    }

    @Test
    void should_name_the_line_when_a_conclusion_journal_holds_an_impossible_event() throws IOException {
        Path file = dir.resolve("conclusions.jsonl");
        try (ConclusionRegister register = open(file)) {
            register.record(act(SECRETARIAT, AT_SESSION), SESSION, "x", List.of());
            register.assign(act(SECRETARIAT, AT_SESSION), "kl-1", SESSION, "so-ldtbxh", "x", Bilingual.of("a", "b"),
                    SESSION_DAY);
            register.report("kl-1", 1, act(LDTBXH, AT_SESSION), "Xong.");
        }
        List<String> lines = Files.readAllLines(file);
        Files.write(file, List.of(lines.get(0), lines.get(2), lines.get(1)));
        assertThatThrownBy(() -> open(file)).isInstanceOfSatisfying(JournalCorruptedException.class,
                e -> assertThat(e.line()).isEqualTo(2));
    }
}
