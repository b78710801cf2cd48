package vn.dialogue.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The astronomy under the lunar calendar, checked directly against published instants (new moons and solstices,
 * UTC, to the minute), so that no cached year table hides an error in the formulas.
 */
class AstronomyTest {

    /** Three minutes, in days: the published instants are rounded to the minute, the formulas err by under two. */
    private static final double THREE_MINUTES = 3.0 / 1440;

    private static double julianDay(String utc) {
        return LocalDateTime.parse(utc).toEpochSecond(ZoneOffset.UTC) / 86_400.0 + 2_440_587.5;
    }

    @ParameterizedTest(name = "new moon of {0} UTC")
    @CsvSource({"1900-01-01T13:52", "1985-01-21T02:28", "2000-01-06T18:14", "2023-01-21T20:53", "2024-01-11T11:57",
            "2024-02-09T22:59", "2024-12-01T06:21", "2025-01-29T12:36"})
    void should_place_a_new_moon_within_three_minutes_of_its_published_instant(String utc) {
        // GIVEN the lunation nearest the published instant
        double jd = julianDay(utc);
        long k = Math.round((jd - 2_415_021.076998695) / Astronomy.SYNODIC_MONTH);
        // WHEN its new moon is computed THEN it falls within three minutes
        assertThat(Astronomy.newMoonJulianDay(k)).isCloseTo(jd, within(THREE_MINUTES));
    }

    @ParameterizedTest(name = "new moon of {0} UTC falls on local day {1} at UTC+7")
    @CsvSource({"2024-02-09T22:59, 2024-02-10", "2025-01-29T12:36, 2025-01-29", "2023-01-21T20:53, 2023-01-22",
            "1985-01-21T02:28, 1985-01-21", "2024-12-01T06:21, 2024-12-01"})
    void should_give_the_local_day_of_a_new_moon_in_vietnam_time(String utc, String localDay) {
        long day = LocalDate.parse(localDay).toEpochDay();
        // GIVEN the lunation nearest the local day, WHEN its day is computed for UTC+7
        long k = Astronomy.lunationNear(day);
        // THEN it is that day, and the lunation before is the same or one earlier
        assertThat(Astronomy.newMoonDay(k, 7)).isEqualTo(day);
        assertThat(k - Astronomy.lunationBefore(day)).isBetween(0L, 1L);
        assertThat(Astronomy.newMoonDay(k + 1, 7) - day).isBetween(29L, 30L);
    }

    @ParameterizedTest(name = "sun at {1}° on {0} UTC")
    @CsvSource({"2024-03-20T03:06, 0", "2024-06-20T20:51, 90", "2024-09-22T12:44, 180", "2024-12-21T09:20, 270",
            "2000-03-20T07:35, 0"})
    void should_place_the_sun_on_its_equinox_and_solstice_longitudes(String utc, double degrees) {
        double longitude = Math.toDegrees(Astronomy.sunLongitude(julianDay(utc)));
        double off = Math.abs(longitude - degrees);
        assertThat(Math.min(off, 360 - off)).isLessThan(0.02);
        assertThat(Astronomy.sunLongitude(julianDay(utc))).isGreaterThanOrEqualTo(0).isLessThan(2 * Math.PI);
    }

    @ParameterizedTest(name = "sector {1} at the start of {0}, sector {2} a day later")
    @CsvSource({"2024-12-21, 8, 9", "2024-03-20, 11, 0", "2024-06-21, 2, 3", "2024-09-22, 5, 6"})
    void should_change_sector_at_the_local_midnight_after_an_equinox_or_solstice(String day, int before, int after) {
        long d = LocalDate.parse(day).toEpochDay();
        assertThat(Astronomy.sunSector(d, 7)).isEqualTo(before);
        assertThat(Astronomy.sunSector(d + 1, 7)).isEqualTo(after);
    }

    @ParameterizedTest(name = "month 11 of the lunar year holding the solstice of {0} starts {1}")
    @CsvSource({"2022, 2022-11-24", "2023, 2023-12-13", "2024, 2024-12-01", "1984, 1984-11-23"})
    void should_start_month_eleven_on_the_new_moon_before_the_winter_solstice(int year, String start) {
        assertThat(LocalDate.ofEpochDay(LunarYears.month11(year))).isEqualTo(LocalDate.parse(start));
    }
}
