package vn.dialogue.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.deadline.DeadlineContext;
import vn.dialogue.export.testing.SeedPlan;
import vn.dialogue.plan.PartOfDay;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Session;

class PlanCalendarTest {

    private static final Instant STAMP = Instant.parse("2024-10-20T01:00:00Z");

    @Test
    void should_export_the_scheduled_session_and_the_fixed_deadlines_of_the_seed_plan() throws IOException, ParserException {
        Plan plan = SeedPlan.konTum2024().withSessions(List.of(
                Session.on("doi-thoai", LocalDate.of(2024, 11, 22), PartOfDay.MORNING)));
        PlanCalendar cal = PlanCalendar.of(plan, DeadlineContext.of(WorkingCalendar.vietnam()), STAMP);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        cal.write(out);
        String ics = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        Calendar parsed = new CalendarBuilder().build(new ByteArrayInputStream(out.toByteArray()));
        List<VEvent> events = parsed.getComponents(Component.VEVENT);
        List<net.fortuna.ical4j.model.component.CalendarComponent> todos = parsed.getComponents(Component.VTODO);
        // the session at its hours, the three deadlines as all-day events (calendars drop a file's to-dos)
        assertThat(events).hasSize(4);
        assertThat(todos).isEmpty();
        assertThat(ics).contains("DTSTART;TZID=Asia/Ho_Chi_Minh:20241122T073000")
                .contains("DTEND;TZID=Asia/Ho_Chi_Minh:20241122T113000");
        // "trước ngày 29/10/2024" is due by the end of 28/10/2024: the event fills that day
        assertThat(ics).contains("DTSTART;VALUE=DATE:20241028\r\nDTEND;VALUE=DATE:20241029")
                .contains("DTSTART;VALUE=DATE:20241114").contains("DTSTART;VALUE=DATE:20241119");
        assertThat(ics.lines().filter(l -> l.startsWith("DTSTAMP"))).allMatch(l -> l.equals("DTSTAMP:20241020T010000Z"));
    }

    @Test
    void should_leave_out_a_session_known_only_by_its_month() {
        PlanCalendar cal = PlanCalendar.of(SeedPlan.konTum2024(), DeadlineContext.of(WorkingCalendar.vietnam()), STAMP);
        assertThat(cal.feed().entries()).noneMatch(e -> e instanceof vn.dialogue.export.calendar.SessionEvent);
    }
}
