package vn.dialogue.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dialogue.question.Fixtures.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.deadline.MilestoneRef;
import vn.dialogue.deadline.OffsetDeadline;
import vn.dialogue.deadline.StatutoryDeadline;

class DeferredQuestionIsAnsweredInWritingAfterTheSessionTest {

    private static final DueDates DATES = DueDates.on(WorkingCalendar.vietnam());

    @Test
    void should_defer_notify_every_asker_answer_in_writing_on_time_and_close() {
        // GIVEN a compiled question of two askers, drafted, taken up at the session
        QuestionRegistry registry = registry();
        Versioned a = accepted(registry, "a");
        Versioned b = accepted(registry, "b");
        Versioned q = registry.execute(new QuestionCommand.Compile(List.of(a, b), act(COMPILER, T0),
                "Hỗ trợ bảo hiểm y tế", List.of()));
        q = registry.execute(new QuestionCommand.Route(q.id(), q.version(), act(COMPILER, T0), "so-ldtbxh",
                List.of("bhxh-tinh"), LocalDate.of(2024, 11, 14)));
        // WHEN the chair defers it: BHXH answers within 10 working days (Luật Tiếp công dân, Điều 28),
        // askers are told within 3 working days
        LocalDate promised = DATES.resolve(StatutoryDeadline.writtenReply(MilestoneRef.session()),
                MilestoneRef.session(), SESSION_DAY);
        LocalDate notice = DATES.resolve(OffsetDeadline.workingDaysAfter(3, MilestoneRef.session()),
                MilestoneRef.session(), SESSION_DAY);
        q = registry.execute(new QuestionCommand.Defer(q.id(), q.version(),
                act(SECRETARIAT, AT_SESSION, "complex, crosses agencies"), SESSION, "bhxh-tinh", "Phó Giám đốc BHXH",
                promised, notice));
        // THEN it is deferred to BHXH by 5 December, askers to be told by 26 November
        DeferredQuestion deferred = (DeferredQuestion) q.question();
        assertThat(deferred.deferral().promisedBy()).isEqualTo(LocalDate.of(2024, 12, 5));
        assertThat(deferred.deferral().noticeDue()).isEqualTo(LocalDate.of(2024, 11, 26));
        assertThat(deferred.deferral().reason()).isEqualTo("complex, crosses agencies");
        assertThat(deferred.noticesPending()).extracting(Original::question).containsExactly(a.id(), b.id());
        // AND the notice is due soon, the answer due later
        assertThat(registry.dueSoon(at(22, 9), 5)).extracting(DueItem::duty).containsExactly(DueItem.Duty.NOTIFY_ASKERS);
        // WHEN each asker is told
        q = registry.execute(new QuestionCommand.NotifyAsker(q.id(), q.version(), act(COMPILER, at(25, 9)), a.id(),
                "thư số 15/SLĐTBXH"));
        assertThat(registry.overdue(at(27, 9))).extracting(DueItem::duty).containsExactly(DueItem.Duty.NOTIFY_ASKERS);
        q = registry.execute(new QuestionCommand.NotifyAsker(q.id(), q.version(), act(COMPILER, at(27, 9)), b.id(),
                "điện thoại"));
        // THEN no notice is pending and nothing is overdue
        assertThat(((DeferredQuestion) q.question()).noticesPending()).isEmpty();
        assertThat(((DeferredQuestion) q.question()).notices()).extracting(AskerNotice::means)
                .containsExactly("thư số 15/SLĐTBXH", "điện thoại");
        assertThat(registry.overdue(at(28, 9))).isEmpty();
        // WHEN BHXH answers in writing on 4 December
        Instant answeredAt = Instant.parse("2024-12-04T03:00:00Z");
        q = registry.execute(new QuestionCommand.ResolveInWriting(q.id(), q.version(), act(BHXH, answeredAt),
                "Giám đốc BHXH tỉnh", "Công văn số 456/BHXH-CĐBHXH", "Đã hỗ trợ 100% mức đóng."));
        // THEN it is resolved on time, and reaches both askers
        ResolvedQuestion resolved = (ResolvedQuestion) q.question();
        assertThat(resolved.onTime()).isTrue();
        assertThat(resolved.answer().document()).isEqualTo("Công văn số 456/BHXH-CĐBHXH");
        assertThat(registry.recipients(q.id())).hasSize(2);
        // WHEN it is closed
        q = registry.execute(new QuestionCommand.Close(q.id(), q.version(), act(COMPILER, answeredAt)));
        // THEN reports count it deferred and on time; the session record shows the deferral
        QuestionReport report = QuestionReport.of(registry.questions(), answeredAt);
        assertThat(report.deferred()).isEqualTo(1);
        assertThat(report.deferredOnTime()).isEqualTo(1);
        assertThat(report.deferredLate()).isZero();
        assertThat(SessionRecord.of(SESSION, registry.questions()).entries()).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(SessionRecord.Outcome.DEFERRED);
            assertThat(e.promisedBy()).isEqualTo(LocalDate.of(2024, 12, 5));
            assertThat(e.summary()).isEqualTo("complex, crosses agencies");
            assertThat(e.official()).isEqualTo("Phó Giám đốc BHXH");
        });
    }

    @Test
    void should_count_a_written_answer_after_the_promised_day_as_late() {
        QuestionRegistry registry = registry();
        Versioned q = deferred(registry, "a");
        // the promised day is 5 December; 00:30 on 6 December in Vietnam is late, 23:30 on 5 December is not
        Versioned lateOne = registry.execute(new QuestionCommand.ResolveInWriting(q.id(), q.version(),
                act(BHXH, Instant.parse("2024-12-05T17:30:00Z")), null, "CV 1", "Trả lời."));
        assertThat(((ResolvedQuestion) lateOne.question()).onTime()).isFalse();
        Versioned p = deferred(registry, "b");
        Versioned onTime = registry.execute(new QuestionCommand.ResolveInWriting(p.id(), p.version(),
                act(BHXH, Instant.parse("2024-12-05T16:30:00Z")), null, "CV 2", "Trả lời."));
        assertThat(((ResolvedQuestion) onTime.question()).onTime()).isTrue();
        QuestionReport report = QuestionReport.of(registry.questions(), Instant.parse("2024-12-10T00:00:00Z"));
        assertThat(report.deferredLate()).isEqualTo(1);
        assertThat(report.deferredOnTime()).isEqualTo(1);
    }

    @Test
    void should_list_the_written_answer_as_overdue_with_its_agency_after_the_promised_day() {
        QuestionRegistry registry = registry();
        Versioned q = deferred(registry, "a");
        Instant after = Instant.parse("2024-12-06T02:00:00Z");
        assertThat(registry.overdue(after)).extracting(DueItem::duty)
                .contains(DueItem.Duty.ANSWER_IN_WRITING, DueItem.Duty.NOTIFY_ASKERS);
        QuestionReport report = QuestionReport.of(registry.questions(), after);
        assertThat(report.overdue("bhxh-tinh")).extracting(DueItem::question).containsOnly(q.id());
        assertThat(report.deferredOverdue()).isEqualTo(1);
    }

    @Test
    void should_refuse_a_written_answer_from_any_agency_but_the_responsible_one() {
        QuestionRegistry registry = registry();
        Versioned q = deferred(registry, "a");
        assertThatThrownBy(() -> registry.execute(new QuestionCommand.ResolveInWriting(q.id(), q.version(),
                act(LDTBXH, at(29, 9)), null, "CV", "x"))).isInstanceOfSatisfying(ActionRefusedException.class,
                        e -> assertThat(e.action()).isEqualTo(Action.ANSWER_IN_WRITING))
                .hasMessageContaining("bhxh-tinh");
        assertThat(registry.get(q.id())).contains(q);
    }

    @Test
    void should_refuse_a_notice_for_an_asker_the_question_does_not_have_or_from_a_wrong_role() {
        QuestionRegistry registry = registry();
        Versioned q = deferred(registry, "a");
        Versioned other = received(registry, "other");
        assertThatThrownBy(() -> registry.execute(new QuestionCommand.NotifyAsker(q.id(), q.version(),
                act(COMPILER, at(22, 9)), other.id(), "thư"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no original " + other.id());
        assertThatThrownBy(() -> registry.execute(new QuestionCommand.NotifyAsker(q.id(), q.version(),
                act(BHXH, at(22, 9)), q.id(), "thư"))).isInstanceOfSatisfying(ActionRefusedException.class,
                        e -> assertThat(e.action()).isEqualTo(Action.NOTIFY_ASKER));
        assertThat(registry.get(q.id())).contains(q);
    }

    @Test
    void should_refuse_a_deferral_without_a_reason_or_with_a_date_before_the_session() {
        QuestionRegistry registry = registry();
        Versioned q = drafted(registry, "a");
        assertThatThrownBy(() -> registry.execute(new QuestionCommand.Defer(q.id(), q.version(),
                act(SECRETARIAT, AT_SESSION), SESSION, "bhxh-tinh", null, LocalDate.of(2024, 12, 5),
                LocalDate.of(2024, 11, 26)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a reason");
        assertThatThrownBy(() -> registry.execute(new QuestionCommand.Defer(q.id(), q.version(),
                act(SECRETARIAT, AT_SESSION, "later"), SESSION, "bhxh-tinh", null, LocalDate.of(2024, 11, 20),
                LocalDate.of(2024, 11, 26)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before the deferral");
        assertThatThrownBy(() -> registry.execute(new QuestionCommand.Defer(q.id(), q.version(),
                act(LDTBXH, AT_SESSION, "later"), SESSION, "bhxh-tinh", null, LocalDate.of(2024, 12, 5),
                LocalDate.of(2024, 11, 26)))).isInstanceOf(ActionRefusedException.class);
        assertThat(registry.get(q.id())).contains(q);
    }

    @Test
    void should_resolve_a_rule_counting_from_a_milestone_it_was_not_given_with_a_clear_error() {
        assertThatThrownBy(() -> DATES.resolve(StatutoryDeadline.writtenReply(MilestoneRef.receipt()),
                MilestoneRef.session(), SESSION_DAY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no day");
        assertThat(DATES.workingDaysAfter(AT_SESSION, 1)).isEqualTo(LocalDate.of(2024, 11, 22));
    }
}
