package vn.dialogue.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.check.CheckReport;
import vn.dialogue.check.PlanChecker;
import vn.dialogue.planfile.Format;
import vn.dialogue.planfile.PlanFiles;

/** Plans the fuzzer found that made the timeline rules fail: each now gives findings, no rule failure. */
class TimelineRulesSurviveBadPlansTest {

    private static final String PLAN = """
            id: p
            identity: {issuer: ubnd, type: KH, symbol: KH-UBND, issueDate: 2024-10, subject: Đối thoại}
            sessions: [{id: s0, date: 2024-11-20}]
            implementation:
              parts:
                - title: Phân công
                  assignments:
                    - owners: [ubnd]
                      tasks:
                        - {id: t0, text: Một, deadline: {before: 2024-10-20}}
                        - {id: %s, text: Hai, deadline: %s}
            """;

    @ParameterizedTest(name = "task {0} with deadline {1} gives {2}")
    @CsvSource(delimiter = '|', value = {
            "t0 | {before: 2024-10-25, follows: [t0]} | TASK_ID_DUPLICATE",
            "t1 | {before: 9999-12-31, follows: [t0]} | TASK_DEADLINE_AFTER_SESSION",
            "t1 | {within: {years: 2147483647}, from: session, law: x} | TIMELINE_OUT_OF_RANGE"})
    void should_report_findings_and_no_rule_failure_when_a_plan_is_absurd(String id, String deadline, String code) {
        // GIVEN a plan with a repeated task id, a deadline in year 9999 or a period of 2^31 years
        var plan = PlanFiles.read("plan.yaml", PLAN.formatted(id, deadline), Format.YAML);
        // WHEN checked with the timeline rules
        CheckReport report = PlanChecker.standard().with(TimelineRules.all(WorkingCalendar.vietnam())).check(plan);
        // THEN the problem is a finding and every rule ran
        assertThat(report.withCode("RULE_FAILED")).as(report.toString()).isEmpty();
        assertThat(report.withCode(code)).as(report.toString()).isNotEmpty();
    }
}
