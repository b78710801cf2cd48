package vn.dialogue.plan;

import vn.dialogue.organisation.Ids;

/**
 * An online point linked to the main venue ("điểm cầu"), tied to an administrative unit.
 * Immutable and thread-safe.
 *
 * @param venue id of the venue (an online room)
 * @param unit  id of the administrative unit whose People's Committee hosts it
 */
public record BridgePoint(String venue, String unit) {

    /**
     * Checks the components.
     *
     * @param venue id of the venue (an online room)
     * @param unit id of the administrative unit whose People's Committee hosts it
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public BridgePoint {
        venue = Ids.require(venue, "venue");
        unit = Ids.require(unit, "unit");
    }
}
