package vn.dialogue.participant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.dialogue.plan.BridgePoint;
import vn.dialogue.plan.DelegateGroup;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.VenueAttendance;

/** Which venues an attendance entry covers, and which groups sit at a venue. */
final class PlanScopes {

    private PlanScopes() {
    }

    /** The venue ids an attendance entry applies to: its venue, or every bridge point's venue. */
    static List<String> venues(Plan plan, VenueAttendance at) {
        if (at.venue() != null) {
            return List.of(at.venue());
        }
        return bridgePointVenues(plan);
    }

    static List<String> bridgePointVenues(Plan plan) {
        return plan.format() == null ? List.of()
                : plan.bridgePoints().stream().map(BridgePoint::venue).toList();
    }

    static @Nullable String mainVenue(Plan plan) {
        return plan.format() == null ? null : plan.format().mainVenue();
    }

    static boolean isBridgePoint(Plan plan, String venueId) {
        return bridgePointVenues(plan).contains(venueId);
    }

    /** The attendance entries that apply at a venue, in plan order. */
    static List<VenueAttendance> attendanceAt(Plan plan, String venueId) {
        List<VenueAttendance> out = new ArrayList<>();
        for (VenueAttendance at : plan.attendance()) {
            if (venueId.equals(at.venue()) || (at.bridgePoints() && isBridgePoint(plan, venueId))) {
                out.add(at);
            }
        }
        return out;
    }

    /** The groups that sit at a venue, in plan order. */
    static List<DelegateGroup> groupsAt(Plan plan, String venueId) {
        return attendanceAt(plan, venueId).stream().flatMap(a -> a.groups().stream()).toList();
    }

    /** The group with this id anywhere in the plan. */
    static Optional<DelegateGroup> group(Plan plan, String groupId) {
        return plan.delegateGroups().stream().filter(g -> g.id().equals(groupId)).findFirst();
    }

    /** The display name of a venue, or its id. */
    static String venueName(Plan plan, String venueId) {
        return plan.venue(venueId).map(v -> v.name()).orElse(venueId);
    }
}
