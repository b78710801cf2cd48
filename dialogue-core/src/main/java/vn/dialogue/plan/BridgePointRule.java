package vn.dialogue.plan;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.organisation.Ids;
import vn.dialogue.text.Nfc;
import vn.dialogue.venue.VenueKind;

/**
 * Bridge points given as a rule instead of one entry each: "every commune and ward of the province except the five
 * wards of the provincial capital", each at its own room. The plan expands it with its registry (see
 * {@link Plan#bridgePoints()}); a unit also listed in {@link DialogueFormat#bridgePoints()} keeps its listed entry.
 * Immutable and thread-safe.
 *
 * @param level  id of the administrative level whose units host a point, e.g. {@code commune}
 * @param within id of the unit they lie in (at any depth), or null for every unit of that level in the registry
 * @param except ids of units of that level that host no point (the ones that join the main venue in person)
 * @param room   the room of each point, with {@code {unit}} standing for the unit's name ("Hội trường Ủy ban nhân
 *               dân {unit}" prints "Hội trường Ủy ban nhân dân xã Đăk Hà"); null gives "Phòng họp trực tuyến {unit}"
 * @param kind   online (a linked room, the default) or in person
 */
public record BridgePointRule(String level, @Nullable String within, List<String> except, @Nullable String room,
                              @Nullable VenueKind kind) {

    /** The room used when the rule names none. */
    public static final String DEFAULT_ROOM = "Phòng họp trực tuyến {unit}";

    /**
     * Checks the components and normalises them (texts to Unicode NFC, collections copied, unmodifiable).
     *
     * @param level id of the administrative level whose units host a point
     * @param within id of the unit they lie in, or null
     * @param except ids of units that host no point
     * @param room the room of each point, with {@code {unit}} for the unit's name, or null
     * @param kind online or in person, or null for online
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public BridgePointRule {
        level = Ids.require(level, "level");
        within = Ids.optional(within, "within");
        except = except == null ? List.of() : List.copyOf(except);
        except.forEach(e -> Ids.require(e, "except"));
        room = Nfc.normalize(room);
        if (room != null && room.isBlank()) {
            throw new IllegalArgumentException("bridgePointRule.room is blank: leave it out for the default room");
        }
        kind = kind == null ? VenueKind.ONLINE : kind;
    }

    /**
     * The room's name at one unit.
     *
     * @param unitName the unit's name, e.g. "xã Đăk Hà"
     * @return the room's name at that unit
     */
    public String roomAt(String unitName) {
        Objects.requireNonNull(unitName, "unitName");
        return (room == null ? DEFAULT_ROOM : room).replace("{unit}", unitName);
    }

    /**
     * The id of the venue the rule gives a unit: {@code diem-cau-<unit id>}.
     *
     * @param unitId the unit's id
     * @return the venue's id
     */
    public static String venueId(String unitId) {
        return "diem-cau-" + unitId;
    }
}
