package vn.dialogue.calendar;

/**
 * New moons and the sun's longitude for the Vietnamese calendar.
 *
 * <p><b>New moons</b>: the full series of Jean Meeus, <i>Astronomical Algorithms</i> (2nd ed.,
 * Willmann-Bell, 1998), chapter 49: the mean phase (49.1), the 25 periodic terms of the new moon
 * and the 14 additional planetary terms. Meeus gives its error against the ELP-2000/82 lunar
 * theory as at most 17 seconds over 1980-2020 (3.7 s on average). The result is in Terrestrial
 * Time and is converted to UT with {@link #deltaTSeconds(double)}.
 *
 * <p><b>ΔT</b> (TT − UT): the polynomial expressions of Espenak and Meeus (NASA Five Millennium
 * Canon of Solar Eclipses, 2006, "Polynomial expressions for Delta T"), from 1600 on. Beyond the
 * present they extrapolate: the value is uncertain by a minute or more late in the century, which
 * is why a month whose new moon lies within {@link #UNCERTAIN_SECONDS} of midnight is flagged
 * ({@link LunarDate#uncertain()}).
 *
 * <p><b>The sun</b>: its apparent longitude from {@link Sun} (Meeus chapter 25 at higher
 * accuracy: VSOP87 truncated, FK5 correction, IAU 1980 nutation, aberration), about one second
 * of arc, at the dynamical time of the instant. It places the solar terms that decide which
 * month is the eleventh and which is a leap month.
 *
 * <p>Days are epoch days ({@link java.time.LocalDate#toEpochDay()}) in the civil time of the
 * given offset, so the result of a computation is the local day that holds the instant.
 */
final class Astronomy {

    /** Julian Day Number of 1970-01-01 (the epoch day 0). */
    static final long JDN_EPOCH = 2_440_588L;
    /** Mean length of a synodic month, days. */
    static final double SYNODIC_MONTH = 29.530588853;
    /** Within this many seconds of local midnight, a new moon's day is flagged uncertain. */
    static final double UNCERTAIN_SECONDS = 120;
    /** Julian Day of the new moon numbered 0 (1900-01-01, about 13:52 UT). */
    private static final double NEW_MOON_0 = 2_415_021.076998695;
    /** Meeus numbers lunations from the new moon of 6 January 2000; ours from 1 January 1900, 1237 earlier. */
    private static final long MEEUS_OFFSET = 1237;
    private static final double DR = Math.PI / 180;

    private Astronomy() {
    }

    /** Julian Ephemeris Day (TT) of the {@code k}-th new moon after the one of 1900-01-01 (Meeus ch. 49). */
    static double newMoonJulianEphemerisDay(long k) {
        double kk = k - MEEUS_OFFSET;
        double t = kk / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double jde = 2_451_550.09766 + 29.530588861 * kk + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = (2.5534 + 29.10535670 * kk - 0.0000014 * t2 - 0.00000011 * t3) * DR;
        double mp = (201.5643 + 385.81693528 * kk + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4) * DR;
        double f = (160.7108 + 390.67050284 * kk - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4) * DR;
        double omega = (124.7746 - 1.56375588 * kk + 0.0020672 * t2 + 0.00000215 * t3) * DR;
        double c = -0.40720 * Math.sin(mp)
                + 0.17241 * e * Math.sin(m)
                + 0.01608 * Math.sin(2 * mp)
                + 0.01039 * Math.sin(2 * f)
                + 0.00739 * e * Math.sin(mp - m)
                - 0.00514 * e * Math.sin(mp + m)
                + 0.00208 * e * e * Math.sin(2 * m)
                - 0.00111 * Math.sin(mp - 2 * f)
                - 0.00057 * Math.sin(mp + 2 * f)
                + 0.00056 * e * Math.sin(2 * mp + m)
                - 0.00042 * Math.sin(3 * mp)
                + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f)
                - 0.00024 * e * Math.sin(2 * mp - m)
                - 0.00017 * Math.sin(omega)
                - 0.00007 * Math.sin(mp + 2 * m)
                + 0.00004 * Math.sin(2 * mp - 2 * f)
                + 0.00004 * Math.sin(3 * m)
                + 0.00003 * Math.sin(mp + m - 2 * f)
                + 0.00003 * Math.sin(2 * mp + 2 * f)
                - 0.00003 * Math.sin(mp + m + 2 * f)
                + 0.00003 * Math.sin(mp - m + 2 * f)
                - 0.00002 * Math.sin(mp - m - 2 * f)
                - 0.00002 * Math.sin(3 * mp + m)
                + 0.00002 * Math.sin(4 * mp);
        double planetary = 0.000325 * Math.sin((299.77 + 0.107408 * kk - 0.009173 * t2) * DR)
                + 0.000165 * Math.sin((251.88 + 0.016321 * kk) * DR)
                + 0.000164 * Math.sin((251.83 + 26.651886 * kk) * DR)
                + 0.000126 * Math.sin((349.42 + 36.412478 * kk) * DR)
                + 0.000110 * Math.sin((84.66 + 18.206239 * kk) * DR)
                + 0.000062 * Math.sin((141.74 + 53.303771 * kk) * DR)
                + 0.000060 * Math.sin((207.14 + 2.453732 * kk) * DR)
                + 0.000056 * Math.sin((154.84 + 7.306860 * kk) * DR)
                + 0.000047 * Math.sin((34.52 + 27.261239 * kk) * DR)
                + 0.000042 * Math.sin((207.19 + 0.121824 * kk) * DR)
                + 0.000040 * Math.sin((291.34 + 1.844379 * kk) * DR)
                + 0.000037 * Math.sin((161.72 + 24.198154 * kk) * DR)
                + 0.000035 * Math.sin((239.56 + 25.513099 * kk) * DR)
                + 0.000023 * Math.sin((331.55 + 3.592518 * kk) * DR);
        return jde + c + planetary;
    }

    /** Julian Day (UT) of the {@code k}-th new moon after the one of 1900-01-01. */
    static double newMoonJulianDay(long k) {
        double jde = newMoonJulianEphemerisDay(k);
        return jde - deltaTSeconds(decimalYear(jde)) / 86_400;
    }

    /** The year with its fraction, e.g. 2024.5 in mid-2024, of Julian Day {@code jd}. */
    static double decimalYear(double jd) {
        return 2000 + (jd - 2_451_545.0) / 365.2425;
    }

    /**
     * ΔT = TT − UT in seconds for {@code y} (a year with its fraction): the polynomials of Espenak
     * and Meeus (2006) from 1600 to 2005 (before 1600 their long-term parabola); from 2005.0 to
     * 2027.0 the values of {@link #OBSERVED} (IERS), linearly between one 1 January and the next;
     * then one second a year, the rate long-term predictions have assumed, joined at 2150 to the
     * long-term parabola. The 2006 polynomials overstate 2025 by 5 s; any extrapolation is
     * uncertain by tens of seconds late in the century (hence {@link #UNCERTAIN_SECONDS}).
     */
    static double deltaTSeconds(double y) {
        double t;
        if (y < 1600) {
            double u = (y - 1820) / 100;
            return -20 + 32 * u * u;
        } else if (y < 1700) {
            t = y - 1600;
            return 120 - 0.9808 * t - 0.01532 * t * t + t * t * t / 7129;
        } else if (y < 1800) {
            t = y - 1700;
            return 8.83 + 0.1603 * t - 0.0059285 * t * t + 0.00013336 * t * t * t - Math.pow(t, 4) / 1_174_000;
        } else if (y < 1860) {
            t = y - 1800;
            return 13.72 - 0.332447 * t + 0.0068612 * t * t + 0.0041116 * Math.pow(t, 3) - 0.00037436 * Math.pow(t, 4)
                    + 0.0000121272 * Math.pow(t, 5) - 0.0000001699 * Math.pow(t, 6) + 0.000000000875 * Math.pow(t, 7);
        } else if (y < 1900) {
            t = y - 1860;
            return 7.62 + 0.5737 * t - 0.251754 * t * t + 0.01680668 * Math.pow(t, 3) - 0.0004473624 * Math.pow(t, 4)
                    + Math.pow(t, 5) / 233_174;
        } else if (y < 1920) {
            t = y - 1900;
            return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * Math.pow(t, 3) - 0.000197 * Math.pow(t, 4);
        } else if (y < 1941) {
            t = y - 1920;
            return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * Math.pow(t, 3);
        } else if (y < 1961) {
            t = y - 1950;
            return 29.07 + 0.407 * t - t * t / 233 + Math.pow(t, 3) / 2547;
        } else if (y < 1986) {
            t = y - 1975;
            return 45.45 + 1.067 * t - t * t / 260 - Math.pow(t, 3) / 718;
        } else if (y < 2005) {
            t = y - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * Math.pow(t, 3) + 0.000651814 * Math.pow(t, 4)
                    + 0.00002373599 * Math.pow(t, 5);
        }
        // observed (IERS): ΔT has grown far more slowly since 2005 than the 2006 polynomials assumed
        double last = OBSERVED_FROM + OBSERVED.length - 1;
        if (y < last) {
            int i = (int) Math.floor(y - OBSERVED_FROM);
            double f = y - OBSERVED_FROM - i;
            return OBSERVED[i] + f * (OBSERVED[i + 1] - OBSERVED[i]);
        }
        // beyond the table: one second a year from its last value, joined at 2150 to the
        // long-term parabola -20 + 32 u² (u = (y - 1820) / 100) shifted to meet it
        double end = OBSERVED[OBSERVED.length - 1];
        if (y < 2150) {
            return end + (y - last);
        }
        return parabola(y) - parabola(2150) + end + (2150 - last);
    }

    /** The year of {@code OBSERVED[0]}. */
    private static final int OBSERVED_FROM = 2005;

    /**
     * ΔT on 1 January of 2005, 2006, ... 2027, seconds. Source: the IERS Earth-orientation series
     * {@code finals.all} (USNO, maia.usno.navy.mil/ser7/finals.all) as ΔT = 32.184 s + (TAI − UTC)
     * − (UT1 − UTC), read as calendar-month means in the table of CNES/aviso-fes
     * ({@code include/fes/delta_time.hpp}, values to 2026-09-10, then IERS Bulletin A predictions;
     * SHA-256 of its finals.all 6db76262…c26b); each value here is the mean of December and January
     * interpolated to 1 January, rounded to 0.01 s. The 2027 value is a Bulletin A prediction.
     * The values 2005, 2010, 2015 and 2020 agree to 0.01 s with those typed in an earlier version;
     * 2025 was 69.20 there and is 69.14.
     */
    private static final double[] OBSERVED = {
            64.69, 64.84, 65.15, 65.46, 65.78, // 2005-2009
            66.07, 66.32, 66.60, 66.91, 67.28, // 2010-2014
            67.64, 68.10, 68.59, 68.96, 69.22, // 2015-2019
            69.36, 69.36, 69.29, 69.20, 69.18, // 2020-2024
            69.14, 69.11, 69.29};              // 2025-2027

    private static double parabola(double y) {
        double u = (y - 1820) / 100;
        return -20 + 32 * u * u;
    }

    /** The local day (epoch day) holding the {@code k}-th new moon, for a zone {@code offsetHours} east of UT. */
    static long newMoonDay(long k, int offsetHours) {
        return (long) Math.floor(newMoonJulianDay(k) + 0.5 + offsetHours / 24.0) - JDN_EPOCH;
    }

    /**
     * Seconds from the {@code k}-th new moon to the nearest local midnight, for a zone
     * {@code offsetHours} east of UT: small when the month's first day hangs on the precise instant.
     */
    static double newMoonSecondsFromMidnight(long k, int offsetHours) {
        double local = newMoonJulianDay(k) + 0.5 + offsetHours / 24.0;
        double fraction = local - Math.floor(local);
        return Math.min(fraction, 1 - fraction) * 86_400;
    }

    /** Index of the lunation whose new moon is nearest to the local day {@code epochDay}. */
    static long lunationNear(long epochDay) {
        return (long) Math.floor((epochDay + JDN_EPOCH - NEW_MOON_0) / SYNODIC_MONTH + 0.5);
    }

    /** Index of the last lunation whose mean new moon falls no later than {@code epochDay} (may be one early). */
    static long lunationBefore(long epochDay) {
        return (long) Math.floor((epochDay + JDN_EPOCH - NEW_MOON_0) / SYNODIC_MONTH);
    }

    /**
     * The sun's apparent longitude in radians, in [0, 2π), at Julian Day {@code jd} (UT): {@link Sun}
     * (VSOP87 as Meeus truncates it, with nutation and aberration) at the dynamical time of the instant.
     */
    static double sunLongitude(double jd) {
        return Sun.apparentLongitude(jd + deltaTSeconds(decimalYear(jd)) / 86_400);
    }

    /**
     * Which 30° sector (0..11) the sun is in at the local midnight that starts {@code epochDay}:
     * sector 9 starts at the winter solstice (270°). A lunar month holds a major solar term
     * exactly when the sectors at its first day and at the next month's first day differ.
     */
    static int sunSector(long epochDay, int offsetHours) {
        double jdAtLocalMidnight = epochDay + JDN_EPOCH - 0.5 - offsetHours / 24.0;
        return (int) Math.floor(sunLongitude(jdAtLocalMidnight) / Math.PI * 6);
    }
}
