package vn.dialogue.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.dialogue.organisation.Ids;
import vn.dialogue.text.Nfc;

/**
 * Who attends at one venue, or at every bridge point alike ("2. Tại điểm cầu của huyện").
 * Immutable and thread-safe.
 *
 * @param venue        venue id, or null when {@code bridgePoints} is true
 * @param bridgePoints true when the groups apply at each bridge point
 * @param heading      the heading as written, or null
 * @param intro        a paragraph before the groups (e.g. who decides the composition), or null
 * @param expected     the stated total at the venue ("Dự kiến khoảng 250 đại biểu"), or null
 * @param groups       the delegate groups, in order
 * @param targets      composition targets at the venue (at each bridge point), in order; often none
 * @param precedence   organisation ids in protocol order, most senior first, for seating; empty means the order in
 *                     which the groups first name them (see {@link #effectivePrecedence()})
 */
public record VenueAttendance(@Nullable String venue, boolean bridgePoints, @Nullable String heading,
                              @Nullable String intro, @Nullable Headcount expected, List<DelegateGroup> groups,
                              List<CompositionTarget> targets, List<String> precedence) {

    /**
     * Checks the components and normalises them (texts to Unicode NFC, collections copied, unmodifiable).
     *
     * @param venue venue id, or null when {@code bridgePoints} is true
     * @param bridgePoints true when the groups apply at each bridge point
     * @param heading the heading as written, or null
     * @param intro a paragraph before the groups (e.g. who decides the composition), or null
     * @param expected the stated total at the venue ("Dự kiến khoảng 250 đại biểu"), or null
     * @param groups the delegate groups, in order
     * @param targets composition targets at the venue (at each bridge point), in order; often none
     * @param precedence organisation ids in protocol order, most senior first, for seating; empty means the order in
     *                   which the groups first name them (see {@link #effectivePrecedence()})
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public VenueAttendance {
        venue = Ids.optional(venue, "venue");
        if (venue == null && !bridgePoints) {
            throw new IllegalArgumentException("attendance: give a venue, or bridgePoints: true");
        }
        if (venue != null && bridgePoints) {
            throw new IllegalArgumentException("attendance: give a venue or bridgePoints: true, not both");
        }
        heading = Nfc.normalize(heading);
        intro = Nfc.normalize(intro);
        groups = groups == null ? List.of() : List.copyOf(groups);
        targets = targets == null ? List.of() : List.copyOf(targets);
        precedence = precedence == null ? List.of() : List.copyOf(precedence);
        Set<String> seen = new LinkedHashSet<>();
        for (String id : precedence) {
            Ids.require(id, "precedence");
            if (!seen.add(id)) {
                throw new IllegalArgumentException("attendance: organisation '" + id + "' appears twice in precedence");
            }
        }
    }

    /**
     * Attendance without composition targets or an explicit precedence.
     *
     * @param venue venue id, or null when {@code bridgePoints} is true
     * @param bridgePoints true when the groups apply at each bridge point
     * @param heading the heading as written, or null
     * @param intro a paragraph before the groups (e.g. who decides the composition), or null
     * @param expected the stated total at the venue ("Dự kiến khoảng 250 đại biểu"), or null
     * @param groups the delegate groups, in order
     */
    public VenueAttendance(@Nullable String venue, boolean bridgePoints, @Nullable String heading,
                           @Nullable String intro, @Nullable Headcount expected, List<DelegateGroup> groups) {
        this(venue, bridgePoints, heading, intro, expected, groups, List.of(), List.of());
    }

    /**
     * A copy with these composition targets.
     *
     * @param newTargets the new {@code targets}: composition targets at the venue (at each bridge point), in order;
     *                   often none
     * @return a copy with these composition targets
     */
    public VenueAttendance withTargets(List<CompositionTarget> newTargets) {
        return new VenueAttendance(venue, bridgePoints, heading, intro, expected, groups, newTargets, precedence);
    }

    /**
     * A copy with this protocol order of organisations.
     *
     * @param newPrecedence the new {@code precedence}: organisation ids in protocol order, most senior first, for
     *                      seating; empty means the order in which the groups first name them (see {@link
     *                      #effectivePrecedence()})
     * @return a copy with this protocol order of organisations
     */
    public VenueAttendance withPrecedence(List<String> newPrecedence) {
        return new VenueAttendance(venue, bridgePoints, heading, intro, expected, groups, targets, newPrecedence);
    }

    /**
     * Organisation ids in protocol order: {@link #precedence()} when given, otherwise every organisation the groups'
     * lines name, in the order the plan first names them (plans list bodies by protocol: the Party committee, the
     * People's Council, the Fatherland Front...). Never null.
     *
     * @return organisation ids in protocol order: {@link #precedence()} when given, otherwise every organisation the
     *         groups' lines name, in the order the plan first names them (plans list bodies by protocol: the Party
     *         committee, the People's Council, the Fatherland Front...)
     */
    public List<String> effectivePrecedence() {
        if (!precedence.isEmpty()) {
            return precedence;
        }
        Set<String> order = new LinkedHashSet<>();
        for (DelegateGroup g : groups) {
            for (GroupMember m : g.members()) {
                order.addAll(m.organisations());
            }
        }
        return List.copyOf(new ArrayList<>(order));
    }

    /**
     * The group with this id, if it belongs to this attendance.
     *
     * @param groupId the group's id
     * @return the group with this id, if it belongs to this attendance
     */
    public java.util.Optional<DelegateGroup> group(String groupId) {
        return groups.stream().filter(g -> g.id().equals(groupId)).findFirst();
    }
}
