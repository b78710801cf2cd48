package vn.dialogue.due;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.dialogue.question.Fixtures.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.conclusion.ConclusionTask;
import vn.dialogue.question.QuestionRegistry;
import vn.dialogue.question.Versioned;
import vn.dialogue.text.Bilingual;

class DueListCountsWorkingDaysLeftOrOverduePerAgencyTest {

    private static final Bilingual TEN_DAYS = Bilingual.of("trong 10 ngày làm việc", "within 10 working days");

    private static ConclusionTask task(String id, String agency, LocalDate due, Instant done) {
        return new ConclusionTask(id, "phien-1", agency, "Rà soát chính sách " + id + ".", due, TEN_DAYS, done,
                done == null ? null : "Đã rà soát.");
    }

    @Test
    void should_list_each_agencys_work_with_working_days_left_or_overdue() {
        // GIVEN a question routed to so-ldtbxh (answer due Thu 14/11/2024), one deferred to bhxh-tinh (notices due
        // Tue 26/11, written answer Thu 5/12), and three conclusion tasks, one of them done
        QuestionRegistry registry = registry();
        Versioned routed = routed(registry, "a");
        Versioned deferred = deferred(registry, "b");
        List<ConclusionTask> tasks = List.of(task("t-sat", "so-ldtbxh", LocalDate.of(2024, 11, 16), null),
                task("t-open", "bhxh-tinh", LocalDate.of(2024, 12, 20), null),
                task("t-done", "so-ldtbxh", LocalDate.of(2024, 11, 22), Instant.parse("2024-11-20T03:00:00Z")));
        // WHEN judged on Monday 18/11/2024 at 10:00 in Vietnam
        DueList due = DueList.at(Instant.parse("2024-11-18T03:00:00Z"), registry.questions(), tasks,
                WorkingCalendar.vietnam());
        // THEN each agency's outstanding work, overdue first, in working days (Sat 16/11 and Sun 17/11 not counted)
        assertThat(due.day()).isEqualTo(LocalDate.of(2024, 11, 18));
        assertThat(due.byAgency().keySet()).containsExactly("bhxh-tinh", "so-ldtbxh");
        assertThat(due.of("so-ldtbxh")).extracting(DueWork::kind, DueWork::reference, DueWork::workingDays,
                DueWork::overdue).containsExactly(
                        tuple(DueWork.Kind.PREPARE_ANSWER, routed.id().toString(), -2, true),
                        tuple(DueWork.Kind.CONCLUSION_TASK, "t-sat", -1, true));
        assertThat(due.of("bhxh-tinh")).extracting(DueWork::kind, DueWork::due, DueWork::workingDaysLeft)
                .containsExactly(tuple(DueWork.Kind.NOTIFY_ASKERS, LocalDate.of(2024, 11, 26), 6),
                        tuple(DueWork.Kind.ANSWER_IN_WRITING, LocalDate.of(2024, 12, 5), 13),
                        tuple(DueWork.Kind.CONCLUSION_TASK, LocalDate.of(2024, 12, 20), 24));
        assertThat(due.overdue("bhxh-tinh")).isEmpty();
        assertThat(due.of("so-ldtbxh").get(0).text()).isEqualTo(routed.question().dossier().wording()).isNotBlank();
        assertThat(due.of("bhxh-tinh").get(1).reference()).isEqualTo(deferred.id().toString());
        assertThat(due.all()).hasSize(5).noneMatch(w -> w.reference().equals("t-done"));
        assertThat(due.of("so-yte")).isEmpty();
    }

    @Test
    void should_be_due_today_on_the_last_day_and_overdue_by_no_working_day_over_a_weekend() {
        List<ConclusionTask> tasks = List.of(task("t-fri", "so-yte", LocalDate.of(2024, 11, 15), null));
        WorkingCalendar calendar = WorkingCalendar.vietnam();
        // Friday 15/11 at 23:59 in Vietnam: the last day, 0 days left, not overdue
        DueWork friday = DueList.at(Instant.parse("2024-11-15T16:59:00Z"), List.of(), tasks, calendar).of("so-yte")
                .get(0);
        assertThat(friday.overdue()).isFalse();
        assertThat(friday.workingDaysLeft()).isZero();
        // Saturday 16/11 at 00:00 in Vietnam: overdue, yet no working day has passed
        DueWork saturday = DueList.at(Instant.parse("2024-11-15T17:00:00Z"), List.of(), tasks, calendar)
                .of("so-yte").get(0);
        assertThat(saturday.overdue()).isTrue();
        assertThat(saturday.workingDaysOverdue()).isZero();
        // Tuesday 19/11: two working days overdue
        assertThat(DueList.at(Instant.parse("2024-11-19T03:00:00Z"), List.of(), tasks, calendar).of("so-yte").get(0)
                .workingDaysOverdue()).isEqualTo(2);
    }
}
