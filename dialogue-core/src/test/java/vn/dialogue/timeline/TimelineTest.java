package vn.dialogue.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dialogue.timeline.Plans.COMPILE;
import static vn.dialogue.timeline.Plans.DOCUMENTS;
import static vn.dialogue.timeline.Plans.SEED;
import static vn.dialogue.timeline.Plans.UNION;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.check.Finding;
import vn.dialogue.deadline.DependentDeadline;
import vn.dialogue.deadline.FixedDeadline;
import vn.dialogue.deadline.MilestoneRef;
import vn.dialogue.deadline.OffsetDeadline;
import vn.dialogue.deadline.StatutoryDeadline;
import vn.dialogue.plan.Plan;
import vn.dialogue.text.Bilingual;

class TimelineTest {

    private static final WorkingCalendar VN = WorkingCalendar.vietnam();

    @Test
    void should_resolve_the_seed_deadlines_to_the_days_before_the_named_days() {
        // WHEN the seed plan's timeline is resolved
        Timeline timeline = Timeline.of(SEED, VN);
        // THEN its three deadlines are the days before 29/10, 15/11 and 20/11/2024, then the session
        assertThat(timeline.milestones()).extracting(Milestone::ref, Milestone::date).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MilestoneRef.task(UNION), LocalDate.of(2024, 10, 28)),
                org.assertj.core.groups.Tuple.tuple(MilestoneRef.task(COMPILE), LocalDate.of(2024, 11, 14)),
                org.assertj.core.groups.Tuple.tuple(MilestoneRef.task(DOCUMENTS), LocalDate.of(2024, 11, 19)),
                org.assertj.core.groups.Tuple.tuple(MilestoneRef.session("doi-thoai"), null));
        assertThat(timeline.milestone(MilestoneRef.session()).orElseThrow().expectedMonth()).isEqualTo(YearMonth.of(2024, 11));
        assertThat(timeline.milestone(MilestoneRef.task(COMPILE)).orElseThrow().dependsOn())
                .containsExactly(MilestoneRef.task(UNION));
        assertThat(timeline.findings()).isEmpty();
    }

    @Test
    void should_print_the_seed_timeline_in_order() {
        String vi = Timeline.of(SEED, VN).format(Locale.forLanguageTag("vi"));
        assertThat(vi.lines()).hasSize(4);
        // each task by its own words and its owners' names, never by an id
        assertThat(vi.lines().toList().get(0)).startsWith("T2 28/10/2024  Hướng dẫn, tổng hợp các ý kiến, đề xuất của phụ nữ")
                .endsWith("(Hội LHPN tỉnh): trước ngày 29/10/2024 (hạn cuối: hết ngày 28/10/2024)")
                .doesNotContain("tong-hop-y-kien-phu-nu").doesNotContain("hlhpn-tinh");
        assertThat(vi.lines().toList().get(1)).startsWith("T5 14/11/2024").doesNotContain(COMPILE);
        assertThat(vi.lines().toList().get(2)).startsWith("T3 19/11/2024").doesNotContain(DOCUMENTS);
        assertThat(vi.lines().toList().get(3)).startsWith("11/2024").endsWith("dự kiến trong tháng 11/2024");
        String en = Timeline.of(SEED, VN).format(Locale.ENGLISH);
        assertThat(en.lines().toList().get(0)).startsWith("Mon 2024-10-28  Hướng dẫn, tổng hợp")
                .endsWith("before 29 Oct 2024 (due by end of 28 Oct 2024)");
    }

    @Test
    void should_date_offsets_from_the_session_when_its_day_is_fixed() {
        // GIVEN the session on Tuesday 26/11/2024 and the documents due 5 working days before it
        Plan plan = Plans.withDeadline(Plans.withSessionOn(SEED, LocalDate.of(2024, 11, 26)), DOCUMENTS,
                OffsetDeadline.workingDaysBefore(5, MilestoneRef.session()));
        // WHEN
        Timeline timeline = Timeline.of(plan, VN);
        // THEN
        assertThat(timeline.milestone(MilestoneRef.task(DOCUMENTS)).orElseThrow().date()).isEqualTo(LocalDate.of(2024, 11, 19));
        assertThat(timeline.milestones().get(timeline.milestones().size() - 1).kind()).isEqualTo(Milestone.Kind.SESSION);
        assertThat(timeline.format(Locale.ENGLISH)).contains("5 working days before the session (due by end of 19 Nov 2024)");
    }

    @Test
    void should_report_unresolved_when_the_session_has_only_a_month() {
        Plan plan = Plans.withDeadline(SEED, DOCUMENTS, OffsetDeadline.workingDaysBefore(5, MilestoneRef.session()));
        Timeline timeline = Timeline.of(plan, VN);
        assertThat(timeline.milestone(MilestoneRef.task(DOCUMENTS)).orElseThrow().date()).isNull();
        assertThat(timeline.milestones().get(timeline.milestones().size() - 1).ref()).isEqualTo(MilestoneRef.task(DOCUMENTS));
        assertThat(timeline.findings()).extracting(Finding::code).containsExactly("TIMELINE_UNRESOLVED");
        assertThat(timeline.findings().get(0).message().vi()).contains("dự kiến tháng 11/2024");
        assertThat(timeline.format(Locale.ENGLISH)).contains("(day not known yet)");
    }

    @Test
    void should_report_a_cycle_when_deadlines_count_from_each_other() {
        // GIVEN the compile task 3 days after the documents task, and the documents 2 days after the compile task
        Plan plan = Plans.withDeadline(Plans.withDeadline(SEED, COMPILE,
                        OffsetDeadline.daysAfter(3, MilestoneRef.task(DOCUMENTS))),
                DOCUMENTS, OffsetDeadline.daysAfter(2, MilestoneRef.task(COMPILE)));
        // WHEN
        Timeline timeline = Timeline.of(plan, VN);
        // THEN one cycle finding, both undated, nothing thrown
        assertThat(timeline.findings()).extracting(Finding::code).containsExactly("TIMELINE_CYCLE");
        assertThat(timeline.findings().get(0).message().en()).contains("task:" + COMPILE).contains("task:" + DOCUMENTS);
        assertThat(timeline.milestone(MilestoneRef.task(COMPILE)).orElseThrow().date()).isNull();
        assertThat(timeline.milestone(MilestoneRef.task(DOCUMENTS)).orElseThrow().date()).isNull();
    }

    @Test
    void should_report_a_cycle_when_steps_follow_each_other_but_keep_their_fixed_days() {
        Plan plan = Plans.withDeadline(SEED, UNION,
                DependentDeadline.of(FixedDeadline.before(LocalDate.of(2024, 10, 29)), MilestoneRef.task(DOCUMENTS)));
        Timeline timeline = Timeline.of(plan, VN);
        assertThat(timeline.findings()).extracting(Finding::code).containsExactly("TIMELINE_CYCLE");
        assertThat(timeline.milestone(MilestoneRef.task(UNION)).orElseThrow().date()).isEqualTo(LocalDate.of(2024, 10, 28));
    }

    @Test
    void should_report_a_dangling_reference_when_a_task_does_not_exist() {
        Plan plan = Plans.withDeadline(SEED, DOCUMENTS, OffsetDeadline.daysAfter(3, MilestoneRef.task("khong-co")));
        Timeline timeline = Timeline.of(plan, VN);
        assertThat(timeline.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("TIMELINE_DANGLING_REFERENCE");
            assertThat(f.path()).endsWith(".deadline");
            assertThat(f.message().en()).contains("'task:khong-co'");
        });
    }

    @Test
    void should_not_call_a_task_without_deadline_dangling_when_it_exists() {
        Plan plan = Plans.withDeadline(SEED, DOCUMENTS, OffsetDeadline.daysAfter(3, MilestoneRef.task("tuyen-truyen")));
        assertThat(Timeline.of(plan, VN).findings()).extracting(Finding::code).containsExactly("TIMELINE_UNRESOLVED");
    }

    @Test
    void should_resolve_question_deadlines_when_built_by_hand() {
        Timeline timeline = Timeline.builder(VN)
                .event(MilestoneRef.receipt("q-1"), LocalDate.of(2024, 11, 15), Bilingual.of("Nhận câu hỏi q-1", "Question q-1 received"), "questions[0]")
                .deadline(MilestoneRef.task("tra-loi-q-1"), Bilingual.of("Trả lời q-1", "Answer q-1"),
                        StatutoryDeadline.writtenReply(MilestoneRef.receipt("q-1")), "questions[0].answer")
                .build();
        assertThat(timeline.milestones()).extracting(Milestone::date)
                .containsExactly(LocalDate.of(2024, 11, 15), LocalDate.of(2024, 11, 29));
        assertThatThrownBy(() -> Timeline.builder(VN).session("a", null, YearMonth.of(2024, 11), "").session("a", null,
                YearMonth.of(2024, 11), "")).hasMessageContaining("given twice");
    }
}
