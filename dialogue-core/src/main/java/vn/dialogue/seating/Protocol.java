package vn.dialogue.seating;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.organisation.Ids;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.VenueAttendance;

/**
 * The order of precedence seating follows: organisations, most senior first, and the order in which delegate
 * groups sit. Immutable and thread-safe.
 *
 * @param organisations organisation ids in protocol order; delegates of other organisations come after them
 * @param groups        delegate group ids in seating order; other groups come after them
 */
public record Protocol(List<String> organisations, List<String> groups) {

    /**
     * Checks the components and normalises them (collections copied, unmodifiable).
     *
     * @param organisations organisation ids in protocol order; delegates of other organisations come after them
     * @param groups delegate group ids in seating order; other groups come after them
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public Protocol {
        organisations = List.copyOf(new LinkedHashSet<>(Objects.requireNonNull(organisations, "organisations")));
        groups = List.copyOf(new LinkedHashSet<>(Objects.requireNonNull(groups, "groups")));
        organisations.forEach(o -> Ids.require(o, "organisation"));
        groups.forEach(g -> Ids.require(g, "group"));
    }

    /**
     * No precedence: list order decides.
     *
     * @return no precedence: list order decides
     */
    public static Protocol none() {
        return new Protocol(List.of(), List.of());
    }

    /**
     * The protocol a plan defines for a venue: the {@link VenueAttendance#effectivePrecedence() precedence} of
     * its attendance (explicit, or the order the plan names the organisations in) and its groups in plan order.
     *
     * @param plan the plan
     * @param venue the venue's id
     * @return the protocol a plan defines for a venue: the {@link VenueAttendance#effectivePrecedence() precedence} of
     *         its attendance (explicit, or the order the plan names the organisations in) and its groups in plan order
     */
    public static Protocol of(Plan plan, String venue) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(venue, "venue");
        LinkedHashSet<String> orgs = new LinkedHashSet<>();
        LinkedHashSet<String> groups = new LinkedHashSet<>();
        for (VenueAttendance at : plan.attendance()) {
            if (venue.equals(at.venue())) {
                orgs.addAll(at.effectivePrecedence());
                at.groups().forEach(g -> groups.add(g.id()));
            }
        }
        return new Protocol(List.copyOf(orgs), List.copyOf(groups));
    }

    /** The organisation's place in the order, or {@link Integer#MAX_VALUE} when it is not listed. */
    int rankOfOrganisation(@Nullable String id) {
        int i = id == null ? -1 : organisations.indexOf(id);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /** The group's place in the order, or {@link Integer#MAX_VALUE} when it is not listed. */
    int rankOfGroup(String id) {
        int i = groups.indexOf(id);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
