package vn.dialogue.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.dialogue.question.QuestionEventCodec.Instants;

/**
 * The codec's own instant and date spelling: the same text as {@link java.time.format.DateTimeFormatter#ISO_INSTANT}
 * for years 1000-9999, and the plain {@code yyyy-MM-ddTHH:mm:ss[.f]Z} / {@code yyyy-MM-dd} forms read back, anything
 * else left to Jackson (null).
 */
class JournalInstantsAreWrittenAndReadAsIsoTest {

    private static String format(Instant at) {
        char[] out = new char[30];
        int length = Instants.format(at, out);
        return length < 0 ? null : new String(out, 0, length);
    }

    /** Parses {@code text} placed inside a larger buffer, at a non-zero offset. */
    private static Instant parse(String text) {
        char[] buffer = ("##########" + text + "@@@@@").toCharArray();
        return Instants.parse(buffer, 10, text.length());
    }

    private static LocalDate parseDate(String text) {
        char[] buffer = ("######" + text + "@@@").toCharArray();
        return Instants.parseDate(buffer, 6, text.length());
    }

    @Test
    void should_write_an_instant_as_iso_instant_does_when_the_year_is_within_1000_to_9999() {
        for (String text : new String[] {"1000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
                "2024-10-20T02:00:00Z", "2024-10-20T02:00:00.120Z", "2024-10-20T02:00:00.000005Z",
                "2024-02-29T13:45:07.100200300Z", "1969-12-31T23:59:59Z"}) {
            Instant at = Instant.parse(text);
            assertThat(format(at)).as(text).isEqualTo(at.toString());
        }
    }

    @Test
    void should_leave_an_instant_to_instant_to_string_when_the_year_is_outside_1000_to_9999() {
        assertThat(format(Instant.parse("0999-12-31T23:59:59.999999999Z"))).isNull();
        assertThat(format(Instant.parse("+10000-01-01T00:00:00Z"))).isNull();
        assertThat(format(Instant.MIN)).isNull();
    }

    @Test
    void should_read_the_plain_form_at_any_offset_when_fields_are_at_their_bounds() {
        for (String text : new String[] {"2024-10-20T00:00:00Z", "2024-10-20T23:59:59Z", "0000-01-01T00:00:00Z",
                "9999-12-31T23:59:59Z", "2024-02-29T12:30:45Z", "2024-10-20T02:00:00.5Z",
                "2024-10-20T02:00:00.000Z", "2024-10-20T02:00:00.0Z", "2024-10-20T02:00:00.123456789Z",
                "2024-10-20T02:00:00.12Z"}) {
            assertThat(parse(text)).as(text).isEqualTo(Instant.parse(text));
        }
        assertThat(parse("2024-10-20T02:00:00.5Z").getNano()).isEqualTo(500_000_000);
    }

    @Test
    void should_leave_other_forms_to_jackson_when_an_instant_is_not_plain() {
        for (String text : new String[] {"2024-10-20T24:00:00Z", "2024-10-20T02:60:00Z", "2024-10-20T02:00:60Z",
                "2024-10-20T02:00:00.Z", "2024-10-20T02:00:00,5Z", "2024-10-20T02:00:00.1234567890Z",
                "2024-10-20T02:00:00.12a4Z", "20x4-10-20T02:00:00Z", "2024-1x-20T02:00:00Z", "2024-10-2xT02:00:00Z",
                "2024-10-20Tx2:00:00Z", "2024-10-20T02:x0:00Z", "2024-10-20T02:00:0xZ", "2024-13-20T02:00:00Z",
                "2024-02-30T02:00:00Z", "2024-10-20T02:00:00+00:00", "2024-10-20 02:00:00Z", "2024/10-20T02:00:00Z",
                "2024-10/20T02:00:00Z", "2024-10-20T02-00:00Z", "2024-10-20T02:00-00Z", "2024-10-20T02:00:0Z",
                "2024-10-20T02:00:00.12345678901Z", "-2024-10-20T02:00:00Z"}) {
            assertThat(parse(text)).as(text).isNull();
        }
    }

    @Test
    void should_read_a_plain_date_at_any_offset_and_leave_other_forms_to_jackson() {
        for (String text : new String[] {"2024-10-20", "0000-01-01", "9999-12-31", "2024-02-29", "2024-01-09"}) {
            assertThat(parseDate(text)).as(text).isEqualTo(LocalDate.parse(text));
        }
        for (String text : new String[] {"2024-10-2", "2024-10-200", "2024/10-20", "2024-10/20", "20x4-10-20",
                "2024-x0-20", "2024-10-x0", "2024-13-20", "2023-02-29", "2024-00-10", "2024-10-00",
                "+12024-01-0"}) {
            assertThat(parseDate(text)).as(text).isNull();
        }
    }
}
