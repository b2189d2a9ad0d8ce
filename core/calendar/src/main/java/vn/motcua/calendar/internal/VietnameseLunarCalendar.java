package vn.motcua.calendar.internal;

import java.time.LocalDate;

/**
 * Converts Vietnamese lunar dates to solar dates.
 *
 * <p>The Vietnamese calendar uses the same rules as the Chinese one but at the meridian of UTC+7, so a new moon
 * shortly after 23:00 UTC+7 starts a month one day earlier than in China (Tết 2030: 2 February, China 3 February).
 * The method is the one published by Hồ Ngọc Đức ("Thuật toán tính âm lịch"): a month starts on the local day of a
 * new moon; month 11 is the month that contains the winter solstice; a year with 13 months between two months 11 has
 * a leap month, the first month that contains no major solar term (trung khí). New moons use the series of Jean
 * Meeus, <i>Astronomical Formulae for Calculators</i> (ch. 32), the solar longitude his low-precision series
 * (<i>Astronomical Algorithms</i>, ch. 25); both are good to well under an hour for 1900–2199, which is what the
 * shipped tests check against published Tết dates.
 *
 * <p>Immutable and thread-safe; computations are cheap (a few dozen trigonometric calls) and callers cache years.
 */
public final class VietnameseLunarCalendar {

    /** Time zone of the Vietnamese calendar, hours east of Greenwich. */
    private static final double TIME_ZONE_HOURS = 7.0;
    private static final double SYNODIC_MONTH = 29.530588853;
    /** Julian day of the new moon of 1900-01-01 (k = 0 in Meeus' numbering used here). */
    private static final double NEW_MOON_EPOCH = 2415021.076998695;
    /** Julian day number of 1970-01-01 (epoch day 0). */
    private static final long JDN_OF_EPOCH_DAY_ZERO = 2440588;
    private static final double DEG = Math.PI / 180.0;

    /** The first day (mùng 1) of the first month of the lunar year that starts in solar year {@code year}: Tết Nguyên đán. */
    public LocalDate tet(int year) {
        return toSolar(year, 1, 1);
    }

    /**
     * The solar date of day {@code day} of the ordinary (not leap) lunar month {@code month} of the lunar year that
     * starts in solar year {@code lunarYear}.
     */
    public LocalDate toSolar(int lunarYear, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 30) {
            throw new IllegalArgumentException("no lunar date " + day + "/" + month);
        }
        long a11 = month < 11 ? monthElevenStart(lunarYear - 1) : monthElevenStart(lunarYear);
        long b11 = month < 11 ? monthElevenStart(lunarYear) : monthElevenStart(lunarYear + 1);
        long k = (long) Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
        int offset = Math.floorMod(month - 11, 12);
        if (b11 - a11 > 365) {
            // 13 months between two months 11: a leap month sits somewhere after month 11 and shifts the later months.
            if (offset >= leapMonthOffset(a11)) {
                offset++;
            }
        }
        long monthStart = newMoonDay(k + offset);
        return fromJulianDayNumber(monthStart + day - 1);
    }

    /** Local (UTC+7) Julian day number of the day that starts lunar month 11 of {@code year}. */
    long monthElevenStart(int year) {
        long dec31 = julianDayNumber(LocalDate.of(year, 12, 31));
        long k = (long) Math.floor((dec31 - 2415021) / SYNODIC_MONTH);
        long newMoon = newMoonDay(k);
        // Month 11 contains the winter solstice (solar longitude 270 degrees, sector 9): a new moon already past it
        // starts month 12, so month 11 began one lunation earlier.
        if (solarLongitudeSector(newMoon) >= 9) {
            newMoon = newMoonDay(k - 1);
        }
        return newMoon;
    }

    /** How many new moons after {@code a11} the leap month starts: the first month without a major solar term. */
    int leapMonthOffset(long a11) {
        long k = (long) Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int sector = solarLongitudeSector(newMoonDay(k + i));
        int previous;
        do {
            previous = sector;
            i++;
            sector = solarLongitudeSector(newMoonDay(k + i));
        } while (sector != previous && i < 14);
        return i - 1;
    }

    /** Local Julian day number of the day on which new moon number {@code k} falls at UTC+7. */
    long newMoonDay(long k) {
        return (long) Math.floor(newMoonJulianDay(k) + 0.5 + TIME_ZONE_HOURS / 24.0);
    }

    /** Julian day (UT) of new moon number {@code k}, counted from the new moon of 1900-01-01. */
    static double newMoonJulianDay(long k) {
        double t = k / 1236.85; // Julian centuries from 1900.0
        double t2 = t * t;
        double t3 = t2 * t;
        double mean = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEG);
        double sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * DEG;
        double moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * DEG;
        double latitudeArg = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * DEG;
        double correction = (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly)
                + 0.0021 * Math.sin(2 * sunAnomaly)
                - 0.4068 * Math.sin(moonAnomaly)
                + 0.0161 * Math.sin(2 * moonAnomaly)
                - 0.0004 * Math.sin(3 * moonAnomaly)
                + 0.0104 * Math.sin(2 * latitudeArg)
                - 0.0051 * Math.sin(sunAnomaly + moonAnomaly)
                - 0.0074 * Math.sin(sunAnomaly - moonAnomaly)
                + 0.0004 * Math.sin(2 * latitudeArg + sunAnomaly)
                - 0.0004 * Math.sin(2 * latitudeArg - sunAnomaly)
                - 0.0006 * Math.sin(2 * latitudeArg + moonAnomaly)
                + 0.0010 * Math.sin(2 * latitudeArg - moonAnomaly)
                + 0.0005 * Math.sin(2 * moonAnomaly + sunAnomaly);
        // The series gives dynamical time; subtract delta T (days) for universal time.
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return mean + correction - deltaT;
    }

    /** Which 30-degree sector (0..11) the sun's apparent longitude is in at the start of local day {@code jdn}. */
    int solarLongitudeSector(long jdn) {
        double jd = jdn - 0.5 - TIME_ZONE_HOURS / 24.0;
        double t = (jd - 2451545.0) / 36525.0; // Julian centuries from J2000.0
        double t2 = t * t;
        double meanAnomaly = (357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * DEG;
        double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(meanAnomaly)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * meanAnomaly)
                + 0.000290 * Math.sin(3 * meanAnomaly);
        double omega = 125.04 - 1934.136 * t;
        double apparent = meanLongitude + centre - 0.00569 - 0.00478 * Math.sin(omega * DEG);
        double normalised = apparent - 360.0 * Math.floor(apparent / 360.0);
        return (int) Math.floor(normalised / 30.0);
    }

    static long julianDayNumber(LocalDate date) {
        return date.toEpochDay() + JDN_OF_EPOCH_DAY_ZERO;
    }

    static LocalDate fromJulianDayNumber(long jdn) {
        return LocalDate.ofEpochDay(jdn - JDN_OF_EPOCH_DAY_ZERO);
    }
}
