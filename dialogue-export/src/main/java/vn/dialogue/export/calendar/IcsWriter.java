package vn.dialogue.export.calendar;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Objects;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes a {@link CalendarFeed} as an iCalendar file (RFC 5545, UTF-8, CRLF, lines folded at 75 octets) with
 * ical4j, in the form Google Calendar and Outlook import: a VTIMEZONE for the feed's zone from ical4j's bundled data
 * (never fetched); sessions as VEVENT at local times with their TZID, reminded the day before and an hour before;
 * deadlines as all-day VEVENT on their last day (calendars drop the VTODO of a file), free time, reminded three days
 * and one day before. DTSTAMP is the feed's stamp, so no wall-clock time reaches the file. Stateless and thread-safe.
 */
public final class IcsWriter {

    /** The longest line, in octets, without its line break (RFC 5545, 3.1). */
    static final int FOLD_OCTETS = 75;

    private IcsWriter() {
    }

    /**
     * The writer.
     *
     * @return the writer
     */
    public static IcsWriter create() {
        return new IcsWriter();
    }

    /**
     * Writes {@code feed} to {@code out}; {@code out} is flushed, not closed.
     *
     * @param out the stream written to; flushed, not closed
     * @param feed the events and to-dos to write
     * @throws IOException              if writing fails
     * @throws IllegalArgumentException if ical4j has no time zone data for the feed's zone
     */
    public void write(CalendarFeed feed, OutputStream out) throws IOException {
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(out, "out");
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        TimeZone tz = registry.getTimeZone(feed.zone().getId());
        if (tz == null) {
            throw new IllegalArgumentException("no time zone data for " + feed.zone().getId());
        }
        Calendar cal = new Calendar();
        cal.add(new ProdId(feed.productId()));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        cal.add(new XProperty("X-WR-CALNAME", feed.name()));
        cal.add(new XProperty("X-WR-TIMEZONE", feed.zone().getId()));
        cal.add(tz.getVTimeZone());
        for (CalendarEntry entry : feed.entries()) {
            if (entry instanceof SessionEvent s) {
                VEvent e = new VEvent(false);
                e.add(new Uid(s.uid()));
                e.add(new DtStamp(feed.stamp()));
                e.add(new DtStart<>(ZonedDateTime.of(s.start(), feed.zone())));
                e.add(new DtEnd<>(ZonedDateTime.of(s.end(), feed.zone())));
                e.add(new Summary(s.summary()));
                if (!s.location().isEmpty()) {
                    e.add(new Location(s.location()));
                }
                if (!s.description().isEmpty()) {
                    e.add(new Description(s.description()));
                }
                e.add(ImmutableTransp.OPAQUE);
                e.add(reminder(Duration.ofDays(-1), s.summary()));
                e.add(reminder(Duration.ofHours(-1), s.summary()));
                cal.add(e);
            } else if (entry instanceof DeadlineTodo d) {
                // an all-day event on the last day: calendars (Google Calendar, Outlook) drop the to-dos of a file
                VEvent e = new VEvent(false);
                e.add(new Uid(d.uid()));
                e.add(new DtStamp(feed.stamp()));
                e.add(new DtStart<>(d.due().toLocalDate()));
                e.add(new DtEnd<>(d.due().toLocalDate().plusDays(1)));
                e.add(new Summary(d.summary()));
                if (!d.description().isEmpty()) {
                    e.add(new Description(d.description()));
                }
                e.add(ImmutableTransp.TRANSPARENT);
                e.add(reminder(Duration.ofDays(-3), d.summary()));
                e.add(reminder(Duration.ofDays(-1), d.summary()));
                cal.add(e);
            } else {
                throw new IllegalStateException("no iCalendar form for " + entry.getClass().getSimpleName());
            }
        }
        // printed unfolded, then folded here at 75 octets (ical4j folds at 75 characters, which UTF-8 Vietnamese
        // overruns); the outputter closes its writer: print to a string, then write without closing the caller's
        // stream
        StringWriter text = new StringWriter();
        new CalendarOutputter(false, Integer.MAX_VALUE).output(cal, text);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(fold(text.toString()));
        w.flush();
    }

    /** A reminder shown {@code before} the start of the entry (a negative duration), with the entry's title. */
    private static VAlarm reminder(Duration before, String summary) {
        VAlarm alarm = new VAlarm(before);
        alarm.add(ImmutableAction.DISPLAY);
        alarm.add(new Description(summary));
        return alarm;
    }

    /**
     * Folds every line of {@code ics} longer than {@value #FOLD_OCTETS} octets of UTF-8 (RFC 5545, 3.1): a line break
     * and a space go before the character that would pass the limit, never inside a character (nor between the two
     * halves of a surrogate pair), and each continuation line counts its leading space.
     */
    static String fold(String ics) {
        StringBuilder out = new StringBuilder(ics.length() + ics.length() / 40);
        int start = 0;
        while (start < ics.length()) {
            int end = ics.indexOf("\r\n", start);
            if (end < 0) {
                end = ics.length();
            }
            int octets = 0;
            for (int i = start; i < end; ) {
                int cp = ics.codePointAt(i);
                int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                if (octets + n > FOLD_OCTETS) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(cp);
                octets += n;
                i += Character.charCount(cp);
            }
            if (end < ics.length()) {
                out.append("\r\n");
            }
            start = end + 2;
        }
        return out.toString();
    }
}
