package vn.motcua.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.calendar.UnitClosure;
import vn.motcua.calendar.YearSchedule;

/**
 * Which days of one year are working days for one unit, precomputed so that deadline arithmetic jumps over whole
 * days by index instead of walking them. Immutable.
 */
final class DayTable {

    final int year;
    /** Epoch day of 1 January. */
    final long firstDay;
    final int length;
    private final boolean[] working;
    /** {@code before[i]}: working days among the first {@code i} days of the year; {@code before[length]} is the total. */
    private final int[] before;
    /** Day-of-year index (0-based) of each working day, in order. */
    private final int[] workingDays;
    /** Why a day is off or, for a swapped Saturday, worked; null for ordinary days. */
    private final String[] reasons;

    DayTable(int year, YearSchedule schedule, Set<DayOfWeek> restDays, List<UnitClosure> closures) {
        this.year = year;
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        this.firstDay = jan1.toEpochDay();
        this.length = jan1.lengthOfYear();
        this.working = new boolean[length];
        this.reasons = new String[length];
        Map<LocalDate, String> off = new HashMap<>();
        schedule.nonWorkingDays().forEach(d -> off.put(d.date(), d.reason()));
        Map<LocalDate, String> swapped = new HashMap<>();
        schedule.workingDays().forEach(d -> swapped.put(d.date(), d.reason()));
        for (int i = 0; i < length; i++) {
            LocalDate date = jan1.plusDays(i);
            boolean works = !restDays.contains(date.getDayOfWeek());
            if (swapped.containsKey(date)) {
                works = true;
                reasons[i] = swapped.get(date);
            }
            if (off.containsKey(date)) {
                works = false;
                reasons[i] = off.get(date);
            }
            for (UnitClosure closure : closures) {
                if (closure.covers(date)) {
                    works = false;
                    reasons[i] = closure.reason();
                }
            }
            working[i] = works;
        }
        this.before = new int[length + 1];
        for (int i = 0; i < length; i++) {
            before[i + 1] = before[i] + (working[i] ? 1 : 0);
        }
        this.workingDays = new int[before[length]];
        for (int i = 0, n = 0; i < length; i++) {
            if (working[i]) {
                workingDays[n++] = i;
            }
        }
    }

    boolean isWorking(long epochDay) {
        return working[(int) (epochDay - firstDay)];
    }

    /** Working days of this year before {@code epochDay} ({@code epochDay} may be one past the last day). */
    int workingDaysBefore(long epochDay) {
        return before[(int) (epochDay - firstDay)];
    }

    int workingDayCount() {
        return workingDays.length;
    }

    /** Epoch day of the working day with 0-based rank {@code rank} in this year. */
    long workingDay(int rank) {
        return firstDay + workingDays[rank];
    }

    /** The reason recorded for a day off or a swapped working day, or null. */
    String reason(long epochDay) {
        return reasons[(int) (epochDay - firstDay)];
    }
}
