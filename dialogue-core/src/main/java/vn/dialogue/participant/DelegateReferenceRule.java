package vn.dialogue.participant;

import java.util.ArrayList;
import java.util.List;

import vn.dialogue.check.Finding;
import vn.dialogue.check.PlanRule;
import vn.dialogue.plan.Plan;

/** See {@link DelegateChecks#references}. */
final class DelegateReferenceRule implements PlanRule {

    private final DelegateList delegates;

    DelegateReferenceRule(DelegateList delegates) {
        this.delegates = delegates;
    }

    @Override
    public List<Finding> check(Plan plan) {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < delegates.size(); i++) {
            Delegate d = delegates.delegates().get(i);
            String path = "delegates[" + i + "]";
            String who = d.fullName() + " (" + d.id() + ")";
            boolean venueKnown = plan.venue(d.venue()).isPresent();
            if (!venueKnown) {
                out.add(Finding.error("DELEGATE_VENUE_UNKNOWN", path + ".venue",
                        "Đại biểu " + who + ": điểm cầu '" + d.venue() + "' không có trong kế hoạch.",
                        "Delegate " + who + ": venue '" + d.venue() + "' is not in the plan."));
            }
            if (PlanScopes.group(plan, d.group()).isEmpty()) {
                out.add(Finding.error("DELEGATE_GROUP_UNKNOWN", path + ".group",
                        "Đại biểu " + who + ": thành phần '" + d.group() + "' không có trong kế hoạch.",
                        "Delegate " + who + ": group '" + d.group() + "' is not in the plan."));
            } else if (venueKnown && PlanScopes.groupsAt(plan, d.venue()).stream()
                    .noneMatch(g -> g.id().equals(d.group()))) {
                String venue = PlanScopes.venueName(plan, d.venue());
                out.add(Finding.error("DELEGATE_GROUP_NOT_AT_VENUE", path + ".group",
                        "Đại biểu " + who + ": thành phần '" + d.group() + "' không dự tại " + venue + ".",
                        "Delegate " + who + ": group '" + d.group() + "' does not sit at " + venue + "."));
            }
            if (d.organisationId() != null && !plan.registry().hasOrganisation(d.organisationId())) {
                out.add(Finding.error("DELEGATE_ORGANISATION_UNKNOWN", path + ".organisationId",
                        "Đại biểu " + who + ": cơ quan '" + d.organisationId() + "' không có trong danh mục.",
                        "Delegate " + who + ": organisation '" + d.organisationId() + "' is not in the registry."));
            }
            if (d.unit() != null && !plan.registry().hasUnit(d.unit())) {
                out.add(Finding.error("DELEGATE_UNIT_UNKNOWN", path + ".unit",
                        "Đại biểu " + who + ": đơn vị hành chính '" + d.unit() + "' không có trong danh mục.",
                        "Delegate " + who + ": administrative unit '" + d.unit() + "' is not in the registry."));
            }
        }
        return out;
    }
}
