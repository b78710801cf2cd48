package vn.dialogue.participant;

import java.util.ArrayList;
import java.util.List;

import vn.dialogue.check.Finding;
import vn.dialogue.check.PlanRule;
import vn.dialogue.plan.DelegateGroup;
import vn.dialogue.plan.GroupMember;
import vn.dialogue.plan.Headcount;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.VenueAttendance;
import vn.dialogue.participant.Quotas.Outcome;

/** See {@link DelegateChecks#groupQuotas}. */
final class GroupQuotaRule implements PlanRule {

    private final DelegateList delegates;

    GroupQuotaRule(DelegateList delegates) {
        this.delegates = delegates;
    }

    @Override
    public List<Finding> check(Plan plan) {
        List<Finding> out = new ArrayList<>();
        for (int a = 0; a < plan.attendance().size(); a++) {
            VenueAttendance at = plan.attendance().get(a);
            for (String venue : PlanScopes.venues(plan, at)) {
                String where = PlanScopes.venueName(plan, venue);
                int atVenue = delegates.at(venue).size();
                if (at.bridgePoints() && atVenue == 0) {
                    out.add(Finding.info("BRIDGE_POINT_EMPTY", "attendance[" + a + "]",
                            "Chưa có đại biểu nào đăng ký tại " + where + ".",
                            "No delegates are registered at " + where + " yet."));
                    continue;
                }
                for (int g = 0; g < at.groups().size(); g++) {
                    group(at.groups().get(g), venue, where, "attendance[" + a + "].groups[" + g + "]", !at.bridgePoints(),
                            out);
                }
            }
        }
        return out;
    }

    private void group(DelegateGroup group, String venue, String where, String path, boolean reportEmpty,
                       List<Finding> out) {
        List<Delegate> registered = delegates.at(venue, group.id());
        String name = group.heading() == null ? group.id() : group.heading();
        Headcount expected = group.effectiveExpected();
        if (expected == null) {
            if (registered.isEmpty() && reportEmpty) {
                out.add(Finding.info("GROUP_EMPTY", path, "Chưa có đại biểu nào thuộc thành phần '" + name
                        + "' tại " + where + ".", "No delegates of group '" + name + "' at " + where + " yet."));
            }
        } else {
            Outcome o = Quotas.compare(registered.size(), expected);
            if (o == Outcome.SHORT) {
                out.add(Finding.warning("GROUP_SHORTFALL", path, "Thành phần '" + name + "' tại " + where + " có "
                                + registered.size() + " đại biểu, thiếu so với " + expected.toVietnamese() + ".",
                        "Group '" + name + "' at " + where + " has " + registered.size() + " delegates, short of "
                                + Quotas.english(expected) + "."));
            } else if (o == Outcome.OVER) {
                out.add(Finding.warning("GROUP_EXCESS", path, "Thành phần '" + name + "' tại " + where + " có "
                                + registered.size() + " đại biểu, vượt so với " + expected.toVietnamese() + ".",
                        "Group '" + name + "' at " + where + " has " + registered.size() + " delegates, more than "
                                + Quotas.english(expected) + "."));
            }
        }
        for (int m = 0; m < group.members().size(); m++) {
            GroupMember line = group.members().get(m);
            if (line.role() == null || line.expected() == null
                    || group.members().stream().filter(x -> x.role() == line.role()).count() > 1) {
                continue;
            }
            long count = registered.stream().filter(d -> d.role() == line.role()).count();
            Outcome o = Quotas.compare((int) count, line.expected());
            String role = RoleNames.vietnamese(line.role());
            if (o == Outcome.SHORT) {
                out.add(Finding.warning("GROUP_ROLE_SHORTFALL", path + ".members[" + m + "]",
                        "Thành phần '" + name + "' tại " + where + " có " + count + " đại biểu vai trò '" + role
                                + "', cần " + line.expected().toVietnamese() + ".",
                        "Group '" + name + "' at " + where + " has " + count + " delegates in role " + line.role()
                                + ", needs " + Quotas.english(line.expected()) + "."));
            } else if (o == Outcome.OVER) {
                out.add(Finding.warning("GROUP_ROLE_EXCESS", path + ".members[" + m + "]",
                        "Thành phần '" + name + "' tại " + where + " có " + count + " đại biểu vai trò '" + role
                                + "', nhiều hơn " + line.expected().toVietnamese() + ".",
                        "Group '" + name + "' at " + where + " has " + count + " delegates in role " + line.role()
                                + ", more than " + Quotas.english(line.expected()) + "."));
            }
        }
    }
}
