/**
 * iCalendar (RFC 5545) export with ical4j: sessions as events and deadlines as to-dos, in a named
 * time zone (Asia/Ho_Chi_Minh for Vietnam), stamped with a given instant rather than the clock.
 */
@NullMarked
package vn.dialogue.export.calendar;

import org.jspecify.annotations.NullMarked;
