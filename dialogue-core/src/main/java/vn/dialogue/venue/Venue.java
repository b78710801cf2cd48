package vn.dialogue.venue;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.organisation.Ids;
import vn.dialogue.text.Nfc;

/**
 * A place where delegates sit: the main hall, or an online meeting room at a bridge point.
 * Immutable and thread-safe.
 *
 * @param id         stable key, never blank
 * @param name       as written in the plan, e.g. "Hội trường Ngọc Linh"
 * @param kind       in person or online
 * @param unit       id of the administrative unit it stands in, or null
 * @param address    postal address or free-text location, or null
 * @param capacity   number of seats, or null when unknown
 * @param onlineRoom connection details for online rooms, or null
 */
public record Venue(String id, String name, VenueKind kind, @Nullable String unit, @Nullable String address,
                    @Nullable Integer capacity, @Nullable OnlineRoom onlineRoom) {

    /**
     * Checks the components and normalises them (texts to Unicode NFC).
     *
     * @param id stable key, never blank
     * @param name as written in the plan, e.g. "Hội trường Ngọc Linh"
     * @param kind in person or online
     * @param unit id of the administrative unit it stands in, or null
     * @param address postal address or free-text location, or null
     * @param capacity number of seats, or null when unknown
     * @param onlineRoom connection details for online rooms, or null
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public Venue {
        id = Ids.require(id, "id");
        name = Nfc.of(Objects.requireNonNull(name, "name")).strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("venue " + id + ": name is blank");
        }
        kind = kind == null ? VenueKind.IN_PERSON : kind;
        unit = Ids.optional(unit, "unit");
        address = Nfc.normalize(address);
        if (capacity != null && capacity < 0) {
            throw new IllegalArgumentException("venue " + id + ": capacity cannot be negative, was " + capacity);
        }
    }
}
