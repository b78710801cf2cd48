package vn.dialogue.check;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.dialogue.deadline.DeadlineRule;
import vn.dialogue.deadline.DependentDeadline;
import vn.dialogue.deadline.FixedDeadline;
import vn.dialogue.plan.IssueDate;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.PlanStatus;
import vn.dialogue.plan.PlannedTask;
import vn.dialogue.plan.Session;

/**
 * Sessions fall in the plan's year; fixed task deadlines fall before the first session; an issued plan carries a
 * full date, before its session. Codes: {@code SESSION_OUTSIDE_PLAN_YEAR}, {@code TASK_DEADLINE_AFTER_SESSION},
 * {@code TASK_DEADLINE_MAY_FOLLOW_SESSION}, {@code IDENTITY_DATE_INCOMPLETE}, {@code ISSUED_AFTER_SESSION}.
 */
final class ScheduleRule implements PlanRule {

    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Override
    public List<Finding> check(Plan plan) {
        List<Finding> out = new ArrayList<>();
        IssueDate issued = plan.identity().issueDate();
        for (int i = 0; i < plan.sessions().size(); i++) {
            Session s = plan.sessions().get(i);
            if (issued != null && s.year() != issued.year()) {
                out.add(Finding.error("SESSION_OUTSIDE_PLAN_YEAR", "sessions[" + i + "]",
                        "Buổi đối thoại (" + s.year() + ") không thuộc năm của kế hoạch (" + issued.year() + ").",
                        "The session (" + s.year() + ") is not in the plan's year (" + issued.year() + ")."));
            }
        }
        if (plan.status() == PlanStatus.ISSUED && (issued == null || !issued.isComplete())) {
            out.add(Finding.error("IDENTITY_DATE_INCOMPLETE", "identity.issueDate",
                    "Văn bản ban hành phải ghi đủ ngày, tháng, năm.",
                    "An issued document must carry day, month and year."));
        }
        plan.firstSession().ifPresent(session -> {
            for (PlannedTask t : plan.tasks()) {
                FixedDeadline fixed = fixedDay(t.task().deadline());
                if (fixed != null) {
                    deadline(t, fixed, session, out);
                }
            }
            if (issued != null && issued.toLocalDate().isPresent()
                    && !issued.toLocalDate().get().isBefore(session.latestDay())) {
                out.add(Finding.warning("ISSUED_AFTER_SESSION", "identity.issueDate",
                        "Ngày ban hành không trước buổi đối thoại.", "The plan is dated on or after its session."));
            }
        });
        return out;
    }

    /** The fixed day under a rule, looking through the steps it must follow; null for rules counted from events. */
    private static @Nullable FixedDeadline fixedDay(@Nullable DeadlineRule rule) {
        if (rule instanceof FixedDeadline fixed) {
            return fixed;
        }
        if (rule instanceof DependentDeadline dependent) {
            return fixedDay(dependent.rule());
        }
        return null;
    }

    private static void deadline(PlannedTask t, FixedDeadline fixed, Session session, List<Finding> out) {
        LocalDate last = fixed.lastDay();
        String path = t.path() + ".deadline";
        if (session.isDateKnown() ? !last.isBefore(session.earliestDay()) : !last.isBefore(session.latestDay())) {
            out.add(Finding.error("TASK_DEADLINE_AFTER_SESSION", path,
                    "Hạn của nhiệm vụ '" + t.id() + "' (" + VI.format(last) + ") không trước buổi đối thoại.",
                    "The deadline of task '" + t.id() + "' (" + last + ") is not before the session."));
        } else if (!session.isDateKnown() && !last.isBefore(session.earliestDay())) {
            out.add(Finding.warning("TASK_DEADLINE_MAY_FOLLOW_SESSION", path,
                    "Hạn của nhiệm vụ '" + t.id() + "' (" + VI.format(last) + ") rơi vào tháng tổ chức đối thoại; "
                            + "cần ấn định ngày đối thoại sau hạn này.",
                    "The deadline of task '" + t.id() + "' (" + last + ") falls in the session's month; "
                            + "the session must be set after it."));
        }
    }
}
