package vn.dialogue.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Session;
import vn.dialogue.plan.Topic;
import vn.dialogue.plan.DelegateGroup;
import vn.dialogue.venue.Venue;
import vn.dialogue.venue.VenueKind;

/**
 * Ids are unique within topics, sessions, venues and delegate groups; the main venue is in person and bridge points
 * are online rooms. Codes: {@code ID_DUPLICATE}, {@code MAIN_VENUE_ONLINE}, {@code BRIDGE_POINT_IN_PERSON}.
 */
final class IdentityRule implements PlanRule {

    @Override
    public List<Finding> check(Plan plan) {
        List<Finding> out = new ArrayList<>();
        unique(plan.topics(), Topic::id, "topics", out);
        unique(plan.sessions(), Session::id, "sessions", out);
        unique(plan.venues(), Venue::id, "venues", out);
        unique(plan.delegateGroups(), DelegateGroup::id, "attendance.groups", out);
        if (plan.format() != null) {
            plan.venue(plan.format().mainVenue()).filter(v -> v.kind() == VenueKind.ONLINE).ifPresent(v ->
                    out.add(Finding.warning("MAIN_VENUE_ONLINE", "format.mainVenue",
                            "Điểm cầu chính " + v.name() + " được khai báo là phòng trực tuyến.",
                            "The main venue " + v.name() + " is declared as an online room.")));
            for (int i = 0; i < plan.format().bridgePoints().size(); i++) {
                int index = i;
                plan.venue(plan.format().bridgePoints().get(i).venue())
                        .filter(v -> v.kind() == VenueKind.IN_PERSON).ifPresent(v ->
                                out.add(Finding.warning("BRIDGE_POINT_IN_PERSON", "format.bridgePoints[" + index + "]",
                                        "Điểm cầu " + v.name() + " không được khai báo là phòng trực tuyến.",
                                        "Bridge point " + v.name() + " is not declared as an online room.")));
            }
        }
        return out;
    }

    private static <T> void unique(List<T> items, Function<T, String> id, String path, List<Finding> out) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String key = id.apply(items.get(i));
            if (!seen.add(key)) {
                out.add(Finding.error("ID_DUPLICATE", path + "[" + i + "].id",
                        "Mã '" + key + "' bị trùng.", "Id '" + key + "' is used twice."));
            }
        }
    }

}
