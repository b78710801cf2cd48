package vn.dialogue.participant;

import java.util.ArrayList;
import java.util.List;

import vn.dialogue.check.Finding;
import vn.dialogue.check.PlanRule;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.VenueAttendance;

/** See {@link DelegateChecks#precedence()}. */
final class PrecedenceRule implements PlanRule {

    @Override
    public List<Finding> check(Plan plan) {
        List<Finding> out = new ArrayList<>();
        for (int a = 0; a < plan.attendance().size(); a++) {
            VenueAttendance at = plan.attendance().get(a);
            for (int p = 0; p < at.precedence().size(); p++) {
                String id = at.precedence().get(p);
                if (!plan.registry().hasOrganisation(id)) {
                    out.add(Finding.warning("PRECEDENCE_ORGANISATION_UNKNOWN",
                            "attendance[" + a + "].precedence[" + p + "]",
                            "Thứ tự lễ tân nêu cơ quan '" + id + "' không có trong danh mục.",
                            "The precedence names organisation '" + id + "', which is not in the registry."));
                }
            }
        }
        return out;
    }
}
