package vn.dialogue.participant;

import java.util.ArrayList;
import java.util.List;

import vn.dialogue.check.Finding;
import vn.dialogue.check.PlanRule;
import vn.dialogue.plan.CompositionTarget;
import vn.dialogue.plan.CompositionTarget.Trait;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.VenueAttendance;

/** See {@link DelegateChecks#composition}. */
final class CompositionTargetRule implements PlanRule {

    private final DelegateList delegates;

    CompositionTargetRule(DelegateList delegates) {
        this.delegates = delegates;
    }

    @Override
    public List<Finding> check(Plan plan) {
        List<Finding> out = new ArrayList<>();
        for (int a = 0; a < plan.attendance().size(); a++) {
            VenueAttendance at = plan.attendance().get(a);
            for (int t = 0; t < at.targets().size(); t++) {
                CompositionTarget target = at.targets().get(t);
                String path = "attendance[" + a + "].targets[" + t + "]";
                if (target.group() != null && at.group(target.group()).isEmpty()) {
                    out.add(Finding.error("TARGET_GROUP_UNKNOWN", path + ".group",
                            "Chỉ tiêu '" + target.id() + "' nêu thành phần '" + target.group()
                                    + "' không có tại điểm cầu này.",
                            "Target '" + target.id() + "' names group '" + target.group()
                                    + "', which is not in this attendance."));
                    continue;
                }
                for (String venue : PlanScopes.venues(plan, at)) {
                    venue(plan, target, venue, path, out);
                }
            }
        }
        return out;
    }

    private void venue(Plan plan, CompositionTarget target, String venue, String path, List<Finding> out) {
        List<Delegate> scope = target.group() == null ? delegates.at(venue) : delegates.at(venue, target.group());
        long have = scope.stream().filter(d -> matches(d, target)).count();
        int required = target.required(scope.size());
        if (have >= required) {
            return;
        }
        String where = PlanScopes.venueName(plan, venue)
                + (target.group() == null ? "" : " (" + target.group() + ")");
        out.add(Finding.warning("COMPOSITION_TARGET_MISSED", path,
                "Tại " + where + " có " + have + " " + target.toVietnamese().replaceFirst(":.*", "") + " trên "
                        + scope.size() + " đại biểu; chỉ tiêu " + target.toVietnamese() + " (cần " + required + ").",
                where + " has " + have + " " + target.toEnglish().replaceFirst(":.*", "") + " of " + scope.size()
                        + " delegates; the target is " + target.toEnglish() + " (" + required + " needed)."));
        if (target.traits().contains(Trait.ETHNIC_MINORITY)) {
            long unstated = scope.stream().filter(d -> d.ethnicity() == null).count();
            if (unstated > 0) {
                out.add(Finding.info("ETHNICITY_UNSTATED", path,
                        unstated + " đại biểu tại " + where + " chưa ghi dân tộc.",
                        unstated + " delegates at " + where + " have no ethnicity stated."));
            }
        }
    }

    static boolean matches(Delegate d, CompositionTarget target) {
        for (Trait trait : target.traits()) {
            boolean ok = switch (trait) {
                case WOMAN -> d.gender() == Gender.FEMALE;
                case MAN -> d.gender() == Gender.MALE;
                case ETHNIC_MINORITY -> d.isEthnicMinority(target.effectiveMajority());
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
