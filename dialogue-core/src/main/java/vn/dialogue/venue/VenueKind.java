package vn.dialogue.venue;

/** How delegates take part at a venue. */
public enum VenueKind {
    /** In the room with the chair. */
    IN_PERSON,
    /** In a room linked by video (a bridge point, "điểm cầu"). */
    ONLINE
}
