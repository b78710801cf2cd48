package vn.dialogue.export.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VAlarm;
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
    void should_write_the_session_at_its_hours_and_the_deadline_as_an_all_day_event_with_reminders()
            throws IOException, ParserException {
        String ics = write(feed("Đối thoại giữa Chủ tịch UBND tỉnh với phụ nữ"));
        Calendar cal = parse(ics);
        List<VEvent> events = cal.getComponents(Component.VEVENT);
        // Google Calendar and Outlook drop the VTODO of an imported file: a deadline is an event too
        assertThat(cal.getComponents(Component.VTODO)).isEmpty();
        assertThat(events).hasSize(2);
        VEvent e = events.get(0);
        assertThat(e.getSummary().getValue()).isEqualTo("Đối thoại giữa Chủ tịch UBND tỉnh với phụ nữ");
        assertThat(e.getLocation().getValue()).isEqualTo("Hội trường Ngọc Linh, thành phố Kon Tum");
        ZonedDateTime start = (ZonedDateTime) e.getDateTimeStart().getDate();
        assertThat(start.toInstant()).isEqualTo(Instant.parse("2024-11-22T00:30:00Z"));
        assertThat(ics).contains("DTSTART;TZID=Asia/Ho_Chi_Minh:20241122T073000")
                .contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh");
        VEvent deadline = events.get(1);
        assertThat(deadline.getSummary().getValue()).isEqualTo("Gửi ý kiến, kiến nghị về Sở LĐ-TB&XH");
        // the whole last day, shown as free time
        assertThat(deadline.getDateTimeStart().getDate()).isEqualTo(LocalDate.of(2024, 10, 28));
        assertThat(deadline.getDateTimeEnd().getDate()).isEqualTo(LocalDate.of(2024, 10, 29));
        assertThat(deadline.getProperty(Property.TRANSP).orElseThrow().getValue()).isEqualTo("TRANSPARENT");
        // reminders: the session the day and the hour before, the deadline three days and one day before
        List<VAlarm> sessionAlarms = e.getAlarms();
        assertThat(sessionAlarms).extracting(a -> a.getProperty(Property.TRIGGER).orElseThrow().getValue())
                .containsExactly("-P1D", "-PT1H");
        assertThat(deadline.getAlarms()).extracting(a -> a.getProperty(Property.TRIGGER).orElseThrow().getValue())
                .containsExactly("-P3D", "-P1D");
        assertThat(deadline.getAlarms()).allSatisfy(a -> {
            assertThat(a.getProperty(Property.ACTION).orElseThrow().getValue()).isEqualTo("DISPLAY");
            assertThat(a.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                    .isEqualTo("Gửi ý kiến, kiến nghị về Sở LĐ-TB&XH");
        });
    }

    @Test
    void should_fold_every_line_at_75_octets_of_utf8_never_inside_a_character() throws IOException, ParserException {
        // GIVEN a session whose title and description are long Vietnamese texts (2 or 3 octets a letter)
        String longText = "Đề nghị Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum chủ trì, phối hợp với các cơ quan "
                + "liên quan nghiên cứu, chuẩn bị nội dung trả lời các ý kiến, kiến nghị của phụ nữ ở Đắk Tô, Ngọc Hồi "
                + "và Tu Mơ Rông 😀 trước ngày 14 tháng 11 năm 2024";
        String ics = write(feed(longText));
        // WHEN the file is split into its physical lines
        byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
        String[] lines = ics.split("\r\n", -1);
        // THEN every line ends with CRLF, none is longer than 75 octets, and some were folded close to the limit
        assertThat(ics).endsWith("\r\n").doesNotContain("\n\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(lines).allSatisfy(l -> assertThat(l.getBytes(StandardCharsets.UTF_8).length).as(l)
                .isLessThanOrEqualTo(75));
        assertThat(lines).anyMatch(l -> l.getBytes(StandardCharsets.UTF_8).length >= 72 && l.startsWith(" "));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("\uFFFD");
        // AND unfolded, the text reads back whole
        assertThat(((VEvent) parse(ics).getComponents(Component.VEVENT).get(0)).getSummary().getValue())
                .isEqualTo(longText);
    }

    @Test
    void should_fold_a_line_before_the_character_that_would_pass_the_limit() {
        String line = "SUMMARY:" + "ệ".repeat(40);
        String folded = IcsWriter.fold(line + "\r\n");
        // 8 octets of "SUMMARY:" and 22 letters of 3 octets make 74; the 23rd would make 77
        assertThat(folded).isEqualTo("SUMMARY:" + "ệ".repeat(22) + "\r\n " + "ệ".repeat(18) + "\r\n");
    }

    @Test
    void should_stamp_every_entry_with_the_feed_stamp_and_give_identical_output_twice() throws IOException, ParserException {
        String ics = write(feed("Đối thoại"));
        assertThat(write(feed("Đối thoại"))).isEqualTo(ics);
        List<String> stamps = ics.lines().filter(l -> l.startsWith("DTSTAMP")).toList();
        assertThat(stamps).hasSize(2).allMatch(l -> l.equals("DTSTAMP:20241020T010000Z"));
        // the clock never reaches the file: no DTSTAMP, CREATED or LAST-MODIFIED of the writing time
        assertThat(ics).doesNotContain("CREATED:").doesNotContainPattern("DTSTAMP:(?!20241020T010000Z)");
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
