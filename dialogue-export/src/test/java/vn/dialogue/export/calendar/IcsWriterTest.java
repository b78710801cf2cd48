package vn.dialogue.export.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VToDo;
import org.junit.jupiter.api.Test;

import vn.dialogue.export.testing.Samples;

class IcsWriterTest {

    private static final Instant STAMP = Instant.parse("2024-10-20T01:00:00Z");

    private static CalendarFeed feed(String summary) {
        return CalendarFeed.vietnam("-//dialogue//Kon Tum 2024//VI", "Đối thoại phụ nữ 2024", STAMP,
                new SessionEvent("session-1@kon-tum-2024", summary, "Chủ trì: Chủ tịch UBND tỉnh; trực tuyến, các huyện",
                        "Hội trường Ngọc Linh, thành phố Kon Tum",
                        LocalDateTime.of(2024, 11, 22, 7, 30), LocalDateTime.of(2024, 11, 22, 11, 30)),
                new DeadlineTodo("deadline-1@kon-tum-2024", "Gửi ý kiến, kiến nghị về Sở LĐ-TB&XH",
                        "Hội LHPN tỉnh; trước ngày 29/10/2024 (hạn cuối: hết ngày 28/10/2024)",
                        LocalDateTime.of(2024, 10, 28, 23, 59, 59)));
    }

    private static String write(CalendarFeed feed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IcsWriter.create().write(feed, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Calendar parse(String ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void should_write_the_session_as_an_event_and_the_deadline_as_a_todo_in_vietnam_time()
            throws IOException, ParserException {
        String ics = write(feed("Đối thoại giữa Chủ tịch UBND tỉnh với phụ nữ"));
        Calendar cal = parse(ics);
        List<VEvent> events = cal.getComponents(Component.VEVENT);
        List<VToDo> todos = cal.getComponents(Component.VTODO);
        assertThat(events).hasSize(1);
        assertThat(todos).hasSize(1);
        VEvent e = events.get(0);
        assertThat(e.getSummary().getValue()).isEqualTo("Đối thoại giữa Chủ tịch UBND tỉnh với phụ nữ");
        assertThat(e.getLocation().getValue()).isEqualTo("Hội trường Ngọc Linh, thành phố Kon Tum");
        ZonedDateTime start = (ZonedDateTime) e.getDateTimeStart().getDate();
        assertThat(start.toInstant()).isEqualTo(Instant.parse("2024-11-22T00:30:00Z"));
        assertThat(ics).contains("DTSTART;TZID=Asia/Ho_Chi_Minh:20241122T073000")
                .contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh");
        assertThat(todos.get(0).getSummary().getValue()).isEqualTo("Gửi ý kiến, kiến nghị về Sở LĐ-TB&XH");
        assertThat(ics).contains("DUE;TZID=Asia/Ho_Chi_Minh:20241028T235959");
    }

    @Test
    void should_stamp_every_entry_with_the_feed_stamp_and_give_identical_output_twice() throws IOException, ParserException {
        String ics = write(feed("Đối thoại"));
        assertThat(write(feed("Đối thoại"))).isEqualTo(ics);
        List<String> stamps = ics.lines().filter(l -> l.startsWith("DTSTAMP")).toList();
        assertThat(stamps).hasSize(2).allMatch(l -> l.equals("DTSTAMP:20241020T010000Z"));
        Calendar cal = parse(ics);
        for (Component c : cal.getComponents()) {
            if (c instanceof VEvent || c instanceof VToDo) {
                assertThat(c.getProperty(Property.DTSTAMP).orElseThrow().getValue()).isEqualTo("20241020T010000Z");
            }
        }
    }

    @Test
    void should_compose_decomposed_text() throws IOException {
        String fromNfd = write(feed(Samples.nfd("Đối thoại giữa Chủ tịch với phụ nữ")));
        assertThat(fromNfd).isEqualTo(write(feed("Đối thoại giữa Chủ tịch với phụ nữ")));
    }

    @Test
    void should_reject_an_event_that_ends_before_it_starts_and_duplicate_uids() {
        assertThatThrownBy(() -> new SessionEvent("x", "s", "", "", LocalDateTime.of(2024, 11, 22, 11, 0),
                LocalDateTime.of(2024, 11, 22, 7, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not after its start");
        DeadlineTodo d = new DeadlineTodo("same", "a", "", LocalDateTime.of(2024, 10, 28, 23, 59));
        assertThatThrownBy(() -> CalendarFeed.vietnam("p", "n", STAMP, d, d))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share the uid 'same'");
    }
}
