package vn.dialogue.export.calendar;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.Objects;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Due;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes a {@link CalendarFeed} as an iCalendar file (RFC 5545, UTF-8, CRLF, folded lines) with
 * ical4j: a VTIMEZONE for the feed's zone from ical4j's bundled data (never fetched), sessions as
 * VEVENT and deadlines as VTODO, local times with their TZID. DTSTAMP is the feed's stamp, so no
 * wall-clock time reaches the file. Stateless and thread-safe.
 */
public final class IcsWriter {

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
                cal.add(e);
            } else if (entry instanceof DeadlineTodo d) {
                VToDo t = new VToDo(false);
                t.add(new Uid(d.uid()));
                t.add(new DtStamp(feed.stamp()));
                t.add(new Due<>(ZonedDateTime.of(d.due(), feed.zone())));
                t.add(new Summary(d.summary()));
                if (!d.description().isEmpty()) {
                    t.add(new Description(d.description()));
                }
                t.add(new Status(Status.VALUE_NEEDS_ACTION));
                cal.add(t);
            } else {
                throw new IllegalStateException("no iCalendar form for " + entry.getClass().getSimpleName());
            }
        }
        // the outputter closes its writer: print to a string, then write without closing the caller's stream
        StringWriter text = new StringWriter();
        new CalendarOutputter(false).output(cal, text);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(text.toString());
        w.flush();
    }
}
