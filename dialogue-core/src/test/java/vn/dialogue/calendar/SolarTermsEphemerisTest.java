package vn.dialogue.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 24 solar terms (tiết khí) of every year 1900-2100 against an independent ephemeris:
 * Astronomy Engine's sun (VSOP87, light time, IAU 2000B nutation), {@code solar-terms-1900-2100-tt.tsv},
 * whose header names the source and how to regenerate it. Compared in Terrestrial Time, so that no
 * ΔT model enters; then as local days at UTC+7, the days a Vietnamese almanac prints.
 */
class SolarTermsEphemerisTest {

    /** The sun moves about 1″ in 24 s; {@link Sun} is good to about 1″, the other ephemeris better. */
    private static final double TOLERANCE_ARCSEC = 3;
    /** How far, in seconds, a term may lie from local midnight before its day is not tested. */
    private static final double NEAR_MIDNIGHT_SECONDS = 120;

    private record Term(LocalDateTime tt, int degrees) {
    }

    private static List<Term> terms() throws IOException {
        try (InputStream in = Objects.requireNonNull(SolarTermsEphemerisTest.class.getResourceAsStream(
                "solar-terms-1900-2100-tt.tsv"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .map(f -> new Term(LocalDateTime.parse(f[0]), Integer.parseInt(f[1]))).toList();
        }
    }

    private static double julianDay(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC) / 86_400.0 + 2_440_587.5;
    }

    private static double arcsecondsOff(double radians, int degrees) {
        double off = Math.toDegrees(radians) - degrees;
        off = off - 360 * Math.rint(off / 360);
        return off * 3600;
    }

    @Test
    void the_sun_stands_on_each_of_the_24_solar_terms_of_1900_to_2100_at_the_instant_the_other_ephemeris_gives()
            throws IOException {
        List<Term> terms = terms();
        assertThat(terms).hasSize(24 * 201);
        double worst = 0;
        for (Term term : terms) {
            double off = arcsecondsOff(Sun.apparentLongitude(julianDay(term.tt())), term.degrees());
            assertThat(Math.abs(off)).as("sun at %d° on %s TT, arcseconds off", term.degrees(), term.tt())
                    .isLessThan(TOLERANCE_ARCSEC);
            worst = Math.max(worst, Math.abs(off));
        }
        assertThat(worst).isPositive();
    }

    @Test
    void each_solar_term_of_1900_to_2100_falls_on_the_other_ephemeris_local_day_at_utc_plus_7() throws IOException {
        int checked = 0;
        for (Term term : terms()) {
            double jde = julianDay(term.tt());
            double jd = jde - Astronomy.deltaTSeconds(Astronomy.decimalYear(jde)) / 86_400;
            double local = jd + 0.5 + 7 / 24.0;
            double fromMidnight = Math.min(local - Math.floor(local), Math.ceil(local) - local) * 86_400;
            if (fromMidnight < NEAR_MIDNIGHT_SECONDS) {
                continue;
            }
            long day = (long) Math.floor(local) - Astronomy.JDN_EPOCH;
            // the sun has not reached the term at the local midnight that starts its day, and has passed it at the next
            assertThat(arcsecondsOff(Astronomy.sunLongitude(midnight(day)), term.degrees()))
                    .as("sun at the start of %s (term %d°)", LocalDate.ofEpochDay(day), term.degrees()).isNegative();
            assertThat(arcsecondsOff(Astronomy.sunLongitude(midnight(day + 1)), term.degrees()))
                    .as("sun at the end of %s (term %d°)", LocalDate.ofEpochDay(day), term.degrees()).isPositive();
            checked++;
        }
        assertThat(checked).isGreaterThan(24 * 201 - 20);
    }

    private static double midnight(long epochDay) {
        return epochDay + Astronomy.JDN_EPOCH - 0.5 - 7 / 24.0;
    }

    @ParameterizedTest(name = "{2} ({1}°) of {0}: {3} at UTC+7")
    @CsvSource({
            // rows of the table above, in local days; the winter solstice decides month 11
            "2024, 270, Đông chí, 2024-12-21", "2025, 315, Lập xuân, 2025-02-03", "2025, 0, Xuân phân, 2025-03-20",
            "2025, 90, Hạ chí, 2025-06-21", "2025, 180, Thu phân, 2025-09-23", "2026, 270, Đông chí, 2026-12-22",
            "2033, 270, Đông chí, 2033-12-21"})
    void a_solar_term_falls_on_its_almanac_day(int year, int degrees, String name, String day) throws IOException {
        Term term = terms().stream().filter(t -> t.degrees() == degrees && t.tt().getYear() == year).findFirst().orElseThrow();
        long local = (long) Math.floor(julianDay(term.tt()) - Astronomy.deltaTSeconds(year + 0.5) / 86_400 + 0.5 + 7 / 24.0)
                - Astronomy.JDN_EPOCH;
        assertThat(LocalDate.ofEpochDay(local)).as(name).isEqualTo(LocalDate.parse(day));
        long d = LocalDate.parse(day).toEpochDay();
        assertThat(arcsecondsOff(Astronomy.sunLongitude(midnight(d)), degrees)).isNegative();
        assertThat(arcsecondsOff(Astronomy.sunLongitude(midnight(d + 1)), degrees)).isPositive();
    }
}
