package vn.dialogue.participant;

import java.util.Objects;

import vn.dialogue.check.CheckReport;
import vn.dialogue.check.PlanChecker;
import vn.dialogue.check.PlanRule;
import vn.dialogue.plan.Plan;

/**
 * Rule checks of a delegate list against its plan, to add to the plan's checks:
 * {@code PlanChecker.standard().with(DelegateChecks.rules(delegates)).check(plan)}.
 *
 * <p>Each rule reports findings and never throws for an incomplete list. Codes:
 * <ul>
 *   <li>{@link #references}: {@code DELEGATE_VENUE_UNKNOWN}, {@code DELEGATE_GROUP_UNKNOWN},
 *       {@code DELEGATE_GROUP_NOT_AT_VENUE}, {@code DELEGATE_ORGANISATION_UNKNOWN}, {@code DELEGATE_UNIT_UNKNOWN}
 *       (errors)</li>
 *   <li>{@link #groupQuotas}: {@code GROUP_SHORTFALL}, {@code GROUP_EXCESS}, {@code GROUP_ROLE_SHORTFALL},
 *       {@code GROUP_ROLE_EXCESS} (warnings) per group and venue, against the group's stated count ("about N"
 *       allows ten percent either way); {@code GROUP_EMPTY} and {@code BRIDGE_POINT_EMPTY} (information)</li>
 *   <li>{@link #venueTotals}: {@code VENUE_TOTAL_SHORTFALL}, {@code VENUE_TOTAL_EXCESS} (warnings): the delegates
 *       registered at a venue, or at each bridge point, against the plan's stated total</li>
 *   <li>{@link #capacity}: {@code DELEGATES_OVER_CAPACITY} (error): more delegates registered at a venue or
 *       bridge-point room than it seats</li>
 *   <li>{@link #composition}: {@code COMPOSITION_TARGET_MISSED} (warning), {@code TARGET_GROUP_UNKNOWN} (error),
 *       {@code ETHNICITY_UNSTATED} (information): the plan's composition targets</li>
 *   <li>{@link #precedence()}: {@code PRECEDENCE_ORGANISATION_UNKNOWN} (warning)</li>
 * </ul>
 * Thread-safe: the rules are immutable.
 */
public final class DelegateChecks {

    private DelegateChecks() {
    }

    /**
     * Every rule of this class over {@code delegates}, for {@link PlanChecker#with(PlanRule...)}.
     *
     * @param delegates the delegate list to check
     * @return a new array of the six rules; never null
     * @throws NullPointerException if {@code delegates} is null
     */
    public static PlanRule[] rules(DelegateList delegates) {
        Objects.requireNonNull(delegates, "delegates");
        return new PlanRule[] {references(delegates), groupQuotas(delegates), venueTotals(delegates),
                capacity(delegates), composition(delegates), precedence()};
    }

    /**
     * Runs the standard plan checks and every rule of this class.
     *
     * @param plan      the plan
     * @param delegates the plan's delegate list
     * @return every finding; never null
     * @throws NullPointerException if {@code plan} or {@code delegates} is null
     */
    public static CheckReport check(Plan plan, DelegateList delegates) {
        return PlanChecker.standard().with(rules(delegates)).check(Objects.requireNonNull(plan, "plan"));
    }

    /**
     * Each delegate's venue, group, organisation id and unit exist in the plan, and the group sits at the venue.
     *
     * @param delegates the delegate list to check
     * @return the rule, immutable; never null
     * @throws NullPointerException if {@code delegates} is null
     */
    public static PlanRule references(DelegateList delegates) {
        return new DelegateReferenceRule(Objects.requireNonNull(delegates, "delegates"));
    }

    /**
     * Registered delegates per group and venue against the group's stated count and its lines' roles.
     *
     * @param delegates the delegate list to check
     * @return the rule, immutable; never null
     * @throws NullPointerException if {@code delegates} is null
     */
    public static PlanRule groupQuotas(DelegateList delegates) {
        return new GroupQuotaRule(Objects.requireNonNull(delegates, "delegates"));
    }

    /**
     * Registered delegates per venue (each bridge point) against the plan's stated total.
     *
     * @param delegates the delegate list to check
     * @return the rule, immutable; never null
     * @throws NullPointerException if {@code delegates} is null
     */
    public static PlanRule venueTotals(DelegateList delegates) {
        return new VenueTotalRule(Objects.requireNonNull(delegates, "delegates"));
    }

    /**
     * Registered delegates per venue against its capacity.
     *
     * @param delegates the delegate list to check
     * @return the rule, immutable; never null
     * @throws NullPointerException if {@code delegates} is null
     */
    public static PlanRule capacity(DelegateList delegates) {
        return new VenueCapacityRule(Objects.requireNonNull(delegates, "delegates"));
    }

    /**
     * The plan's composition targets ("at least N women", "at least 30% ethnic-minority women").
     *
     * @param delegates the delegate list to check
     * @return the rule, immutable; never null
     * @throws NullPointerException if {@code delegates} is null
     */
    public static PlanRule composition(DelegateList delegates) {
        return new CompositionTargetRule(Objects.requireNonNull(delegates, "delegates"));
    }

    /**
     * The organisations of each attendance's precedence are in the registry.
     *
     * @return the rule, immutable; never null
     */
    public static PlanRule precedence() {
        return new PrecedenceRule();
    }
}
