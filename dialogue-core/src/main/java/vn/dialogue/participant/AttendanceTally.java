package vn.dialogue.participant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import vn.dialogue.participant.InvitationState.Attended;
import vn.dialogue.plan.Plan;

/**
 * Invitations counted per venue: how many stand in each status, who is expected, and who checked in where. The
 * main hall and every bridge point have their own line. Immutable and thread-safe.
 *
 * @param venues one line per venue, in the plan's venue order, then any other venue in invitation order
 */
public record AttendanceTally(List<VenueTally> venues) {

    /**
     * Copies the lines.
     *
     * @param venues one line per venue
     * @throws NullPointerException if {@code venues} is null or holds null
     */
    public AttendanceTally {
        venues = List.copyOf(venues);
    }

    /**
     * One venue's counts.
     *
     * @param venue     venue id
     * @param invited   invitations addressed to this venue
     * @param byStatus  how many of them stand in each status (every status present, zero included)
     * @param expected  delegates expected here: confirmed, substituted, or already checked in, in invitation order
     * @param checkedIn delegates who checked in at this venue (whatever venue they were invited to), in order
     */
    public record VenueTally(String venue, int invited, Map<InvitationStatus, Integer> byStatus,
                             List<String> expected, List<String> checkedIn) {

        /**
         * Copies the collections and fills {@code byStatus} with a zero for every status it lacks.
         *
         * @param venue     venue id
         * @param invited   invitations addressed to this venue
         * @param byStatus  how many of them stand in each status; missing statuses count zero
         * @param expected  delegate ids expected here
         * @param checkedIn delegate ids who checked in here
         * @throws NullPointerException if {@code venue} or a collection is null
         */
        public VenueTally {
            Objects.requireNonNull(venue, "venue");
            Map<InvitationStatus, Integer> all = new EnumMap<>(InvitationStatus.class);
            for (InvitationStatus s : InvitationStatus.values()) {
                all.put(s, byStatus.getOrDefault(s, 0));
            }
            byStatus = java.util.Collections.unmodifiableMap(all);
            expected = List.copyOf(expected);
            checkedIn = List.copyOf(checkedIn);
        }

        /**
         * How many invitations to this venue stand in {@code status}.
         *
         * @param status the status
         * @return the count, 0 or more
         * @throws NullPointerException if {@code status} is null
         */
        public int count(InvitationStatus status) {
            return byStatus.get(status);
        }

        /**
         * How many checked in here.
         *
         * @return the size of {@link #checkedIn()}
         */
        public int checkedInCount() {
            return checkedIn.size();
        }
    }

    /**
     * Counts {@code invitations}, with a line for every venue of {@code plan} even when it has none, and a line
     * for any other venue an invitation names or a delegate checked in at.
     *
     * @param plan        the plan, for its venues and their order
     * @param invitations the invitations to count
     * @return the tally; never null
     * @throws NullPointerException if {@code plan} or {@code invitations} is null
     */
    public static AttendanceTally of(Plan plan, Collection<Invitation> invitations) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(invitations, "invitations");
        Set<String> order = new LinkedHashSet<>();
        plan.venues().forEach(v -> order.add(v.id()));
        for (Invitation i : invitations) {
            order.add(i.details().venue());
            if (i.state() instanceof Attended a) {
                order.add(a.venue());
            }
        }
        Map<String, Builder> lines = new LinkedHashMap<>();
        order.forEach(v -> lines.put(v, new Builder()));
        for (Invitation i : invitations) {
            Builder line = lines.get(i.details().venue());
            line.invited++;
            line.byStatus.merge(i.status(), 1, Integer::sum);
            InvitationStatus s = i.status();
            if (s == InvitationStatus.CONFIRMED || s == InvitationStatus.SUBSTITUTED
                    || s == InvitationStatus.ATTENDED) {
                i.state().expectedAttendee().ifPresent(line.expected::add);
            }
            if (i.state() instanceof Attended a) {
                lines.get(a.venue()).checkedIn.add(a.attendee());
            }
        }
        List<VenueTally> out = new ArrayList<>();
        lines.forEach((v, b) -> out.add(new VenueTally(v, b.invited, b.byStatus, b.expected, b.checkedIn)));
        return new AttendanceTally(out);
    }

    /**
     * The line of a venue.
     *
     * @param venueId the venue's id
     * @return its line, or empty if the tally has none for it
     */
    public Optional<VenueTally> venue(String venueId) {
        return venues.stream().filter(v -> v.venue().equals(venueId)).findFirst();
    }

    /**
     * Check-ins at every venue together.
     *
     * @return the number of delegates checked in
     */
    public int totalCheckedIn() {
        return venues.stream().mapToInt(VenueTally::checkedInCount).sum();
    }

    /**
     * Invitations in {@code status} at every venue together.
     *
     * @param status the status
     * @return the count, 0 or more
     * @throws NullPointerException if {@code status} is null
     */
    public int total(InvitationStatus status) {
        return venues.stream().mapToInt(v -> v.count(status)).sum();
    }

    /**
     * The delegates of {@code delegates} expected at {@code venueId}, in list order: whom to seat.
     *
     * @param venueId   the venue's id
     * @param delegates the delegate list
     * @return the expected delegates the list holds, empty for a venue the tally lacks; unmodifiable, never null
     */
    public List<Delegate> expectedDelegates(String venueId, DelegateList delegates) {
        Set<String> ids = new LinkedHashSet<>(venue(venueId).map(VenueTally::expected).orElse(List.of()));
        return delegates.filter(d -> ids.contains(d.id()));
    }

    private static final class Builder {
        int invited;
        final Map<InvitationStatus, Integer> byStatus = new EnumMap<>(InvitationStatus.class);
        final List<String> expected = new ArrayList<>();
        final List<String> checkedIn = new ArrayList<>();
    }
}
