package vn.dialogue.participant;

import java.util.ArrayList;
import java.util.List;

import vn.dialogue.check.Finding;
import vn.dialogue.check.PlanRule;
import vn.dialogue.plan.Headcount;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.VenueAttendance;
import vn.dialogue.participant.Quotas.Outcome;

/** See {@link DelegateChecks#venueTotals}. */
final class VenueTotalRule implements PlanRule {

    private final DelegateList delegates;

    VenueTotalRule(DelegateList delegates) {
        this.delegates = delegates;
    }

    @Override
    public List<Finding> check(Plan plan) {
        List<Finding> out = new ArrayList<>();
        for (int a = 0; a < plan.attendance().size(); a++) {
            VenueAttendance at = plan.attendance().get(a);
            Headcount total = at.expectedAtOneVenue().orElse(null);
            if (total == null) {
                continue;
            }
            for (String venue : PlanScopes.venues(plan, at)) {
                String where = PlanScopes.venueName(plan, venue);
                int count = delegates.at(venue).size();
                Outcome o = Quotas.compare(count, total);
                if (o == Outcome.SHORT) {
                    out.add(Finding.warning("VENUE_TOTAL_SHORTFALL", "attendance[" + a + "].expected",
                            "Tại " + where + " mới có " + count + " đại biểu, thiếu so với tổng số dự kiến "
                                    + total.toVietnamese() + ".",
                            where + " has " + count + " delegates registered, short of the stated total "
                                    + Quotas.english(total) + "."));
                } else if (o == Outcome.OVER) {
                    out.add(Finding.warning("VENUE_TOTAL_EXCESS", "attendance[" + a + "].expected",
                            "Tại " + where + " có " + count + " đại biểu, vượt tổng số dự kiến "
                                    + total.toVietnamese() + ".",
                            where + " has " + count + " delegates registered, more than the stated total "
                                    + Quotas.english(total) + "."));
                }
            }
        }
        return out;
    }
}
