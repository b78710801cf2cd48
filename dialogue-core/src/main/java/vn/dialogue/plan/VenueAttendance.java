package vn.dialogue.plan;

import java.util.List;

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
 */
public record VenueAttendance(@Nullable String venue, boolean bridgePoints, @Nullable String heading,
                              @Nullable String intro, @Nullable Headcount expected, List<DelegateGroup> groups) {

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
    }
}
