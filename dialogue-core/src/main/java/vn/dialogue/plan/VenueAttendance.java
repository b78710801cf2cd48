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
 * @param expectedEach with {@code bridgePoints}: the stated count at each point ("20 đại biểu mỗi điểm cầu"), which
 *                     totals the number of points times it; null when the plan states none
 * @param session      id of the session (sitting or event) this attendance is for, or null for every session
 */
public record VenueAttendance(@Nullable String venue, boolean bridgePoints, @Nullable String heading,
                              @Nullable String intro, @Nullable Headcount expected, List<DelegateGroup> groups,
                              List<CompositionTarget> targets, List<String> precedence,
                              @Nullable Headcount expectedEach, @Nullable String session) {

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
     * @param expectedEach with {@code bridgePoints}: the stated count at each point, or null
     * @param session id of the session this attendance is for, or null for every session
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
        if (expectedEach != null && !bridgePoints) {
            throw new IllegalArgumentException("attendance: expectedEach (the count at each bridge point) needs "
                    + "bridgePoints: true; at one venue give expected");
        }
        session = Ids.optional(session, "session");
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
        this(venue, bridgePoints, heading, intro, expected, groups, List.of(), List.of(), null, null);
    }

    /**
     * A copy with these composition targets.
     *
     * @param newTargets the new {@code targets}: composition targets at the venue (at each bridge point), in order;
     *                   often none
     * @return a copy with these composition targets
     */
    public VenueAttendance withTargets(List<CompositionTarget> newTargets) {
        return new VenueAttendance(venue, bridgePoints, heading, intro, expected, groups, newTargets, precedence,
                expectedEach, session);
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
        return new VenueAttendance(venue, bridgePoints, heading, intro, expected, groups, targets, newPrecedence,
                expectedEach, session);
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

    /**
     * An attendance for every session, without a count per bridge point.
     *
     * @param venue venue id, or null when {@code bridgePoints} is true
     * @param bridgePoints true when the groups apply at each bridge point
     * @param heading the heading as written, or null
     * @param intro a paragraph before the groups, or null
     * @param expected the stated total at the venue, or null
     * @param groups the delegate groups, in order
     * @param targets composition targets at the venue, in order
     * @param precedence organisation ids in protocol order, most senior first
     */
    public VenueAttendance(@Nullable String venue, boolean bridgePoints, @Nullable String heading,
                           @Nullable String intro, @Nullable Headcount expected, List<DelegateGroup> groups,
                           List<CompositionTarget> targets, List<String> precedence) {
        this(venue, bridgePoints, heading, intro, expected, groups, targets, precedence, null, null);
    }

    /**
     * The stated count at one venue of this attendance: {@code expectedEach} at a bridge point when given, else
     * {@code expected}.
     *
     * @return the stated count at one venue, if any
     */
    public java.util.Optional<Headcount> expectedAtOneVenue() {
        return java.util.Optional.ofNullable(expectedEach != null ? expectedEach : expected);
    }

    /**
     * The total over {@code points} bridge points of {@code expectedEach} ("20 mỗi điểm cầu" at 119 points: 2,380).
     *
     * @param points the number of bridge points
     * @return the total, of the same form as {@code expectedEach}; empty when there is no count per point
     */
    public java.util.Optional<Headcount> totalOver(int points) {
        if (expectedEach == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(expectedEach.times(points));
    }
}
