package vn.dialogue.check;

import java.util.List;

import vn.dialogue.plan.Plan;

/**
 * A rule over a whole plan. Hosts add their own (a province's conventions, a ministry's checklist) through
 * {@link PlanChecker#with(PlanRule...)}.
 *
 * <p>A rule reports findings and never throws for an incomplete plan: a draft is incomplete by nature.
 * Should one throw anyway, the checker turns it into an ERROR finding naming the rule.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface PlanRule {

    /**
     * The findings of this rule on {@code plan}; empty when it holds. Never null.
     *
     * @param plan the plan
     * @return the findings of this rule on {@code plan}; empty when it holds
     */
    List<Finding> check(Plan plan);
}
