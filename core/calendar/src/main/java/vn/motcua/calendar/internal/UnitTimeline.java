package vn.motcua.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;
import vn.motcua.calendar.WorkingPeriod;

/**
 * Working-time arithmetic of one unit on epoch nanoseconds in local time of Vietnam.
 *
 * <p>Instants are handled as nanoseconds since the epoch (a {@code long} covers 1678–2262, and we support 1900–2199).
 * Asia/Ho_Chi_Minh has been UTC+7 without daylight saving since 1975, so local time is the epoch plus seven hours;
 * a test checks this against the time-zone database. All methods are O(periods per day) plus one step per year
 * crossed: whole days are skipped through {@link DayTable}'s counts, never walked.
 *
 * <p>Thread-safe: year tables are built lazily and published through an {@link AtomicReferenceArray}; building one
 * twice under a race is harmless because they are immutable and equal.
 */
final class UnitTimeline {

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2199;
    static final long NANOS_PER_SECOND = 1_000_000_000L;
    static final long DAY = 86_400L * NANOS_PER_SECOND;
    static final long OFFSET = 7L * 3600 * NANOS_PER_SECOND;
    private static final long MIN_NANOS = LocalDate.of(MIN_YEAR, 1, 2).toEpochDay() * DAY;
    private static final long MAX_NANOS = LocalDate.of(MAX_YEAR, 12, 30).toEpochDay() * DAY;

    private final long[] starts;
    private final long[] ends;
    /** Working nanoseconds of the day before period {@code i} starts. */
    private final long[] workedBefore;
    private final long dayLength;
    private final IntFunction<DayTable> tableBuilder;
    private final AtomicReferenceArray<DayTable> tables = new AtomicReferenceArray<>(MAX_YEAR - MIN_YEAR + 1);

    UnitTimeline(List<WorkingPeriod> periods, IntFunction<DayTable> tableBuilder) {
        int n = periods.size();
        this.starts = new long[n];
        this.ends = new long[n];
        this.workedBefore = new long[n];
        long sum = 0;
        for (int i = 0; i < n; i++) {
            starts[i] = periods.get(i).start().toNanoOfDay();
            ends[i] = periods.get(i).end().toNanoOfDay();
            workedBefore[i] = sum;
            sum += ends[i] - starts[i];
        }
        this.dayLength = sum;
        this.tableBuilder = tableBuilder;
    }

    static long toNanos(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < MIN_NANOS / NANOS_PER_SECOND || seconds > MAX_NANOS / NANOS_PER_SECOND) {
            throw new IllegalArgumentException("instant outside the supported years " + MIN_YEAR + "–" + MAX_YEAR + ": " + instant);
        }
        return seconds * NANOS_PER_SECOND + instant.getNano();
    }

    static Instant toInstant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS_PER_SECOND), Math.floorMod(nanos, NANOS_PER_SECOND));
    }

    static long localDay(long nanos) {
        return Math.floorDiv(nanos + OFFSET, DAY);
    }

    static long nanoOfDay(long nanos) {
        return Math.floorMod(nanos + OFFSET, DAY);
    }

    static long at(long epochDay, long nanoOfDay) {
        return epochDay * DAY + nanoOfDay - OFFSET;
    }

    long dayLength() {
        return dayLength;
    }

    DayTable table(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("year outside the supported years " + MIN_YEAR + "–" + MAX_YEAR + ": " + year);
        }
        DayTable table = tables.get(year - MIN_YEAR);
        if (table == null) {
            table = tableBuilder.apply(year);
            tables.compareAndSet(year - MIN_YEAR, null, table);
        }
        return table;
    }

    DayTable tableOf(long epochDay) {
        return table(LocalDate.ofEpochDay(epochDay).getYear());
    }

    boolean isWorkingDay(long epochDay) {
        return tableOf(epochDay).isWorking(epochDay);
    }

    /** Working time of a working day already passed at {@code nanoOfDay}. */
    long workedUntil(long nanoOfDay) {
        for (int i = 0; i < starts.length; i++) {
            if (nanoOfDay <= starts[i]) {
                return workedBefore[i];
            }
            if (nanoOfDay < ends[i]) {
                return workedBefore[i] + nanoOfDay - starts[i];
            }
        }
        return dayLength;
    }

    /** The earliest time of day at which {@code worked} (0 &lt; worked &lt;= dayLength) has passed: ends at a period's end. */
    private long endPosition(long worked) {
        for (int i = 0; i < starts.length; i++) {
            if (worked <= workedBefore[i] + ends[i] - starts[i]) {
                return starts[i] + worked - workedBefore[i];
            }
        }
        return ends[ends.length - 1];
    }

    /** The latest time of day at which {@code worked} (0 &lt;= worked &lt; dayLength) has passed: lands at a period's start. */
    private long startPosition(long worked) {
        for (int i = 0; i < starts.length; i++) {
            if (worked < workedBefore[i] + ends[i] - starts[i]) {
                return starts[i] + worked - workedBefore[i];
            }
        }
        return ends[ends.length - 1];
    }

    /** Time of day when a working day closes. */
    long closingTime() {
        return ends[ends.length - 1];
    }

    long openingTime() {
        return starts[0];
    }

    /** {@code t} if it is working time, else the start of the next working period. */
    long nextWorkingMoment(long t) {
        long day = localDay(t);
        long time = nanoOfDay(t);
        if (isWorkingDay(day)) {
            for (int i = 0; i < starts.length; i++) {
                if (time < ends[i]) {
                    return time >= starts[i] ? t : at(day, starts[i]);
                }
            }
        }
        return at(workingDayAfter(day, 1), starts[0]);
    }

    /** The {@code k}-th working day after {@code day} (k &gt;= 1). */
    long workingDayAfter(long day, long k) {
        DayTable table = tableOf(day);
        long rank = table.workingDaysBefore(day + 1) + k - 1;
        while (rank >= table.workingDayCount()) {
            rank -= table.workingDayCount();
            table = table(table.year + 1);
        }
        return table.workingDay((int) rank);
    }

    /** The {@code k}-th working day before {@code day} (k &gt;= 1). */
    long workingDayBefore(long day, long k) {
        DayTable table = tableOf(day);
        long rank = table.workingDaysBefore(day) - k;
        while (rank < 0) {
            table = table(table.year - 1);
            rank += table.workingDayCount();
        }
        return table.workingDay((int) rank);
    }

    /** Working days in {@code [from, to)}. */
    long workingDaysBetween(long from, long to) {
        long count = 0;
        long day = from;
        while (day < to) {
            DayTable table = tableOf(day);
            long end = table.firstDay + table.length;
            long stop = Math.min(to, end);
            count += table.workingDaysBefore(stop) - table.workingDaysBefore(day);
            day = stop;
        }
        return count;
    }

    /** Working nanoseconds in {@code [from, to)}. */
    long between(long from, long to) {
        if (to <= from) {
            return 0;
        }
        long fromDay = localDay(from);
        long toDay = localDay(to);
        if (fromDay == toDay) {
            return isWorkingDay(fromDay) ? workedUntil(nanoOfDay(to)) - workedUntil(nanoOfDay(from)) : 0;
        }
        long first = isWorkingDay(fromDay) ? dayLength - workedUntil(nanoOfDay(from)) : 0;
        long last = isWorkingDay(toDay) ? workedUntil(nanoOfDay(to)) : 0;
        return first + workingDaysBetween(fromDay + 1, toDay) * dayLength + last;
    }

    /** The instant at which {@code amount} working nanoseconds (&gt;= 0) have passed since {@code start}. */
    long add(long start, long amount) {
        if (amount == 0) {
            return start;
        }
        long day = localDay(start);
        long done = isWorkingDay(day) ? workedUntil(nanoOfDay(start)) : dayLength;
        long available = dayLength - done;
        if (amount <= available) {
            return at(day, endPosition(done + amount));
        }
        long rest = amount - available;
        long days = (rest + dayLength - 1) / dayLength;
        long target = workingDayAfter(day, days);
        return at(target, endPosition(rest - (days - 1) * dayLength));
    }

    /** The latest instant from which {@code amount} working nanoseconds (&gt;= 0) remain until {@code end}. */
    long subtract(long end, long amount) {
        if (amount == 0) {
            return end;
        }
        long day = localDay(end);
        long done = isWorkingDay(day) ? workedUntil(nanoOfDay(end)) : 0;
        if (amount <= done) {
            return at(day, startPosition(done - amount));
        }
        long rest = amount - done;
        long days = (rest + dayLength - 1) / dayLength;
        long target = workingDayBefore(day, days);
        return at(target, startPosition(days * dayLength - rest));
    }
}
