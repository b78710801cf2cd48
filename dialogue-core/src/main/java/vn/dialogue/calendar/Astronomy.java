package vn.dialogue.calendar;

/**
 * New moons and the sun's longitude, after Jean Meeus, <i>Astronomical Algorithms</i>, in the
 * reduced form Hồ Ngọc Đức published for the Vietnamese calendar ("Âm lịch Việt Nam", rules
 * v0.2). Only the formulas are re-implemented here; no table of dates is used.
 *
 * <p>Days are epoch days ({@link java.time.LocalDate#toEpochDay()}) in the civil time of the
 * given offset, so the result of a computation is the local day that holds the instant.
 */
final class Astronomy {

    /** Julian Day Number of 1970-01-01 (the epoch day 0). */
    static final long JDN_EPOCH = 2_440_588L;
    /** Mean length of a synodic month, days. */
    static final double SYNODIC_MONTH = 29.530588853;
    /** Julian Day of the new moon numbered 0 (1900-01-01, about 13:52 UT). */
    private static final double NEW_MOON_0 = 2_415_021.076998695;
    private static final double DR = Math.PI / 180;

    private Astronomy() {
    }

    /** Julian Day (UT) of the {@code k}-th new moon after the one of 1900-01-01. */
    static double newMoonJulianDay(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double mean = 2_415_020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DR);
        double sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double latitude = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c = (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly * DR) + 0.0021 * Math.sin(2 * DR * sunAnomaly)
                - 0.4068 * Math.sin(moonAnomaly * DR) + 0.0161 * Math.sin(DR * 2 * moonAnomaly)
                - 0.0004 * Math.sin(DR * 3 * moonAnomaly)
                + 0.0104 * Math.sin(DR * 2 * latitude) - 0.0051 * Math.sin(DR * (sunAnomaly + moonAnomaly))
                - 0.0074 * Math.sin(DR * (sunAnomaly - moonAnomaly)) + 0.0004 * Math.sin(DR * (2 * latitude + sunAnomaly))
                - 0.0004 * Math.sin(DR * (2 * latitude - sunAnomaly)) - 0.0006 * Math.sin(DR * (2 * latitude + moonAnomaly))
                + 0.0010 * Math.sin(DR * (2 * latitude - moonAnomaly)) + 0.0005 * Math.sin(DR * (2 * moonAnomaly + sunAnomaly));
        // Delta T (TT - UT), in days
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return mean + c - deltaT;
    }

    /** The local day (epoch day) holding the {@code k}-th new moon, for a zone {@code offsetHours} east of UT. */
    static long newMoonDay(long k, int offsetHours) {
        return (long) Math.floor(newMoonJulianDay(k) + 0.5 + offsetHours / 24.0) - JDN_EPOCH;
    }

    /** Index of the lunation whose new moon is nearest to the local day {@code epochDay}. */
    static long lunationNear(long epochDay) {
        return (long) Math.floor((epochDay + JDN_EPOCH - NEW_MOON_0) / SYNODIC_MONTH + 0.5);
    }

    /** Index of the last lunation whose mean new moon falls no later than {@code epochDay} (may be one early). */
    static long lunationBefore(long epochDay) {
        return (long) Math.floor((epochDay + JDN_EPOCH - NEW_MOON_0) / SYNODIC_MONTH);
    }

    /** The sun's apparent longitude in radians, in [0, 2π), at Julian Day {@code jd}. */
    static double sunLongitude(double jd) {
        double t = (jd - 2_451_545.0) / 36_525;
        double t2 = t * t;
        double anomaly = 357.52910 + 35_999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double meanLongitude = 280.46645 + 36_000.76983 * t + 0.0003032 * t2;
        double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(DR * anomaly)
                + (0.019993 - 0.000101 * t) * Math.sin(DR * 2 * anomaly) + 0.000290 * Math.sin(DR * 3 * anomaly);
        double l = (meanLongitude + centre) * DR;
        l = l - 2 * Math.PI * Math.floor(l / (2 * Math.PI));
        return l;
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
