package vn.dialogue.participant;

import java.util.ArrayList;
import java.util.List;

import vn.dialogue.check.Finding;
import vn.dialogue.check.PlanRule;
import vn.dialogue.plan.Plan;
import vn.dialogue.venue.Venue;

/** See {@link DelegateChecks#capacity}. */
final class VenueCapacityRule implements PlanRule {

    private final DelegateList delegates;

    VenueCapacityRule(DelegateList delegates) {
        this.delegates = delegates;
    }

    @Override
    public List<Finding> check(Plan plan) {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < plan.venues().size(); i++) {
            Venue v = plan.venues().get(i);
            int count = delegates.at(v.id()).size();
            if (v.capacity() != null && count > v.capacity()) {
                out.add(Finding.error("DELEGATES_OVER_CAPACITY", "venues[" + i + "].capacity",
                        v.name() + " có " + v.capacity() + " chỗ nhưng đã đăng ký " + count + " đại biểu (thừa "
                                + (count - v.capacity()) + ").",
                        v.name() + " seats " + v.capacity() + " but " + count + " delegates are registered ("
                                + (count - v.capacity()) + " too many)."));
            }
        }
        return out;
    }
}
