package vn.motcua.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.YearSchedule;

class StatutoryHolidaysTest {

    private final StatutoryHolidays rules = new StatutoryHolidays(new VietnameseLunarCalendar(),
            Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));

    private static List<LocalDate> dates(YearSchedule schedule) {
        return schedule.nonWorkingDays().stream().map(YearSchedule.Day::date).toList();
    }

    @Test
    void derived2026MatchesTheOfficialTetAndCompensatoryDay() {
        List<LocalDate> off = dates(rules.derive(2026));
        // Official: Tết Mon 16/02 – Fri 20/02; Giỗ Tổ Sun 26/04 -> compensatory Mon 27/04; 30/04, 01/05.
        for (int day = 16; day <= 20; day++) {
            assertTrue(off.contains(LocalDate.of(2026, 2, day)), "16–20/02/2026 off, missing " + day);
        }
        assertTrue(off.contains(LocalDate.of(2026, 4, 27)));
        assertTrue(off.contains(LocalDate.of(2026, 4, 30)));
        assertTrue(off.contains(LocalDate.of(2026, 5, 1)));
        assertFalse(off.contains(LocalDate.of(2026, 4, 26)), "a Sunday is not listed as a non-working weekday");
    }

    @Test
    void derived2027CompensatesTetDaysOnTheWeekend() {
        // Tết 2027 is Sat 06/02: 30 Tết Fri 05/02, Sat 06, Sun 07, Mon 08, Tue 09 -> compensatory Wed 10, Thu 11.
        YearSchedule schedule = rules.derive(2027);
        assertFalse(schedule.official());
        assertEquals(List.of(
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 9),
                LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 11),
                LocalDate.of(2027, 4, 16),                          // Giỗ Tổ, Friday
                LocalDate.of(2027, 4, 30), LocalDate.of(2027, 5, 3), // 1/5 is a Saturday -> Monday 03/05
                LocalDate.of(2027, 9, 1), LocalDate.of(2027, 9, 2)), dates(schedule));
    }

    @Test
    void nationalDayTakesThe3rdWhenThe1stIsARestDay() {
        // 2024: 2/9 is a Monday, 1/9 a Sunday -> 3/9, as in the official 2024 schedule.
        assertTrue(dates(rules.derive(2024)).containsAll(List.of(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 3))));
    }

    @Test
    void everyDerivedYearHasElevenStatutoryDaysOffOnWeekdays() {
        // Art. 112: 11 days a year; each one on a rest day is compensated, so 11 weekdays off in every year.
        for (int year = 1990; year <= 2100; year++) {
            YearSchedule schedule = rules.derive(year);
            assertEquals(11, schedule.nonWorkingDays().size(), "year " + year + ": " + schedule.nonWorkingDays());
            schedule.nonWorkingDays().forEach(d -> assertFalse(
                    d.date().getDayOfWeek() == DayOfWeek.SATURDAY || d.date().getDayOfWeek() == DayOfWeek.SUNDAY, d.toString()));
        }
    }
}
