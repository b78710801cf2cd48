package vn.dialogue.examples.cli;

import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.check.PlanChecker;
import vn.dialogue.question.RolePolicy;
import vn.dialogue.timeline.TimelineRules;

/** The checks the command line runs: the library's standard rules plus the timeline rules on Vietnam's calendar. */
final class Checks {

    private Checks() {
    }

    static PlanChecker all(WorkingCalendar calendar) {
        return PlanChecker.standard().with(TimelineRules.all(calendar)).with(RolePolicy.planRule());
    }
}
