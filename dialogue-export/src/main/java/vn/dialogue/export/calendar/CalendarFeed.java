package vn.dialogue.export.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import vn.dialogue.export.internal.OutputText;

/**
 * A calendar of sessions and deadlines. Every entry's DTSTAMP is {@code stamp}: the file never
 * holds the time it was written, so the same feed gives the same bytes. Immutable and thread-safe.
 *
 * @param productId the PRODID, e.g. "-//dialogue//Kon Tum 2024//VI", never null
 * @param name      the calendar's display name, never null
 * @param zone      the time zone of every local time, e.g. Asia/Ho_Chi_Minh, never null
 * @param stamp     the DTSTAMP of every entry, never null
 * @param entries   the entries, never null, uids unique
 */
public record CalendarFeed(String productId, String name, ZoneId zone, Instant stamp, List<CalendarEntry> entries) {

    /** The time zone of Vietnam. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /**
     * Checks the components and normalises them (texts to Unicode NFC, collections copied, unmodifiable).
     *
     * @param productId the PRODID, e.g. "-//dialogue//Kon Tum 2024//VI", never null
     * @param name the calendar's display name, never null
     * @param zone the time zone of every local time, e.g. Asia/Ho_Chi_Minh, never null
     * @param stamp the DTSTAMP of every entry, never null
     * @param entries the entries, never null, uids unique
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public CalendarFeed {
        productId = OutputText.of(Objects.requireNonNull(productId, "productId"));
        name = OutputText.of(Objects.requireNonNull(name, "name"));
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(stamp, "stamp");
        entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
        Set<String> uids = new HashSet<>();
        for (CalendarEntry e : entries) {
            if (!uids.add(e.uid())) {
                throw new IllegalArgumentException("two calendar entries share the uid '" + e.uid() + "'");
            }
        }
    }

    /**
     * A feed in Vietnam's time zone.
     *
     * @param productId the PRODID, e.g. "-//dialogue//Kon Tum 2024//VI", never null
     * @param name the calendar's display name, never null
     * @param stamp the DTSTAMP of every entry, never null
     * @param entries the entries, never null, uids unique
     * @return a feed in Vietnam's time zone
     */
    public static CalendarFeed vietnam(String productId, String name, Instant stamp, CalendarEntry... entries) {
        return new CalendarFeed(productId, name, VIETNAM, stamp, Arrays.asList(entries));
    }
}
