package vn.dialogue.question;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dialogue.question.Fixtures.*;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class QuestionReportCountsByStateTopicAgencyChannelAndUnitTest {

    @Test
    void should_count_questions_and_submissions_each_once_where_they_belong() {
        // GIVEN a question in every state (two of them merged into a compiled one), plus a portal submission
        QuestionRegistry registry = registry();
        oneInEveryState(registry);
        registry.receive(new Submission("p-1", SubmissionKind.OPINION, "Ý kiến qua cổng.", List.of(),
                new Asker("Người dân", null, null, null, true), Channel.webPortal("cong-ttdt"), T0, null, List.of()),
                act(CLERK, T0));
        Instant at = Instant.parse("2024-12-10T02:00:00Z");
        // WHEN the report is made
        QuestionReport report = QuestionReport.of(registry.questions(), at);
        // THEN states count every question, compiled and merged alike
        assertThat(report.byStatus().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(registry.size());
        assertThat(report.count(QuestionStatus.MERGED)).isEqualTo(2);
        assertThat(report.count(QuestionStatus.RECEIVED)).isEqualTo(2);
        assertThat(report.count(QuestionStatus.ACCEPTED)).isEqualTo(2);
        // AND channels and units count each submission once (the compiled question adds none)
        int submissions = registry.size() - 1;
        assertThat(report.byChannel().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(submissions);
        assertThat(report.byChannel()).containsEntry(ChannelKind.WEB_PORTAL, 1);
        assertThat(report.byChannelSource()).containsEntry("WEB_PORTAL:cong-ttdt", 1)
                .containsEntry("UNION_BRANCH:hlhpn-tinh", submissions - 1);
        assertThat(report.byUnit()).containsEntry("dak-ha", submissions - 1);
        assertThat(report.submissionsWithoutUnit()).isEqualTo(1);
        // AND topics leave merged members out (the compiled question stands for them)
        assertThat(report.byTopic()).containsEntry("chinh-sach", registry.size() - 1 - 2);
        // AND agencies count who answers; live and deferred are told apart
        assertThat(report.byAgency()).containsEntry("ubnd-dak-ha", 1).containsKey("so-ldtbxh").containsKey("bhxh-tinh");
        assertThat(report.answeredLive()).isEqualTo(2);
        assertThat(report.deferred()).isEqualTo(2);
        assertThat(report.deferredOnTime()).isEqualTo(1);
        assertThat(report.deferredOverdue()).isEqualTo(1);
        assertThat(report.deferredPending()).isZero();
        // AND overdue work is listed per agency
        assertThat(report.overdue("bhxh-tinh")).extracting(DueItem::duty)
                .containsExactly(DueItem.Duty.NOTIFY_ASKERS, DueItem.Duty.ANSWER_IN_WRITING);
        assertThat(report.overdue("so-ldtbxh")).extracting(DueItem::duty).containsExactly(DueItem.Duty.PREPARE_ANSWER);
        assertThat(report.overdue("so-yte")).isEmpty();
    }

    @Test
    void should_report_nothing_for_no_questions() {
        QuestionReport report = QuestionReport.of(List.of(), T0);
        assertThat(report.byStatus()).isEmpty();
        assertThat(report.answeredLive()).isZero();
        assertThat(report.overdueByAgency()).isEmpty();
    }
}
