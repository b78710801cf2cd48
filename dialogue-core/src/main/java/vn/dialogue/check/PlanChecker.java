package vn.dialogue.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.plan.Plan;

/**
 * Checks a whole plan and returns a report of findings; never throws for an incomplete draft.
 *
 * <p>{@link #standard()} holds the library's rules: the Bean Validation constraints declared on the plan's types
 * (completeness, and an issued plan's identity, recipients and signature), references to organisations, units and
 * venues, delegate counts and venue capacity, task owners and deliverables, dates written in a task's text that
 * disagree with its deadline ({@link TaskDateRule}), the schedule, and (an INFO finding,
 * {@link ProvisionalDaysRule}) days that depend on a holiday period not yet decided on Vietnam's calendar. Hosts add their own
 * rules with {@link #with(PlanRule...)}. Immutable and thread-safe.
 */
public final class PlanChecker {

    private static final Logger LOG = LoggerFactory.getLogger(PlanChecker.class);

    private static final PlanChecker STANDARD = new PlanChecker(List.of(new BeanValidationRule(), new ReferenceRule(),
            new IdentityRule(), new AttendanceRule(), new TaskRule(), new TaskDateRule(), new ScheduleRule(),
            new JointPlanRule(), new SessionsRule(), new CommuneDialogueRule(),
            new ProvisionalDaysRule(WorkingCalendar.vietnam())));

    private final List<PlanRule> rules;

    private PlanChecker(List<PlanRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * The library's rules.
     *
     * @return the library's rules
     */
    public static PlanChecker standard() {
        return STANDARD;
    }

    /**
     * A checker with only the given rules.
     *
     * @param rules the rules, run in order
     * @return a checker with only the given rules
     */
    public static PlanChecker of(PlanRule... rules) {
        return new PlanChecker(List.of(rules));
    }

    /**
     * A checker with this one's rules followed by {@code more}.
     *
     * @param more the rules to run after this checker's own
     * @return a checker with this one's rules followed by {@code more}
     */
    public PlanChecker with(PlanRule... more) {
        List<PlanRule> all = new ArrayList<>(rules);
        all.addAll(List.of(more));
        return new PlanChecker(all);
    }

    /**
     * The rules, in the order they run.
     *
     * @return the rules, in the order they run
     */
    public List<PlanRule> rules() {
        return rules;
    }

    /**
     * Runs every rule on {@code plan}. A rule that throws becomes an ERROR finding {@code RULE_FAILED} naming it;
     * the others still run.
     *
     * @param plan the plan
     * @return the findings of every rule, in rule order; never null
     */
    public CheckReport check(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        List<Finding> findings = new ArrayList<>();
        for (PlanRule rule : rules) {
            try {
                findings.addAll(Objects.requireNonNull(rule.check(plan), "findings"));
            } catch (RuntimeException e) {
                LOG.warn("rule {} failed on plan {}", rule.getClass().getName(), plan.id(), e);
                findings.add(Finding.error("RULE_FAILED", "",
                        "Quy tắc " + rule.getClass().getSimpleName() + " gặp lỗi: " + e,
                        "Rule " + rule.getClass().getSimpleName() + " failed: " + e));
            }
        }
        return new CheckReport(findings);
    }
}
