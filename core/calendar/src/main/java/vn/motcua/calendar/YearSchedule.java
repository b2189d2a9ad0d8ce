package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The non-working and swapped working days of one year.
 *
 * @param year             the year
 * @param official         true when it comes from an official schedule (shipped or loaded by an administrator),
 *                         false when derived from Labour Code 2019 Art. 112 and the lunar calendar
 * @param nonWorkingDays   days off that would otherwise be working days, with their reasons
 * @param workingDays      rest days (Saturdays) worked in exchange for a day off (ngày làm bù)
 * @param source           where the schedule comes from, e.g. "config/calendar/2026.yaml" or "derived"
 */
public record YearSchedule(int year, boolean official, List<Day> nonWorkingDays, List<Day> workingDays, String source) {
    public YearSchedule {
        nonWorkingDays = nonWorkingDays == null ? List.of() : List.copyOf(nonWorkingDays);
        workingDays = workingDays == null ? List.of() : List.copyOf(workingDays);
    }

    /**
     * A dated day with its reason.
     *
     * @param date   the date
     * @param reason e.g. "Tết Nguyên đán", "Làm bù cho thứ Hai 31/08"
     */
    public record Day(LocalDate date, String reason) {
    }
}
