package vn.motcua.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.motcua.calendar.YearSchedule;

/**
 * Derives a year's non-working days from the Labour Code 2019, Art. 112, for years without an official schedule.
 *
 * <p>Rules (see {@code docs/decisions/0102-derived-holidays.md}):
 * <ul>
 * <li>Art. 112(1)(a) Tết Dương lịch 1/1; (c) 30/4; (d) 1/5; (b) Giỗ Tổ Hùng Vương 10/3 lunar.</li>
 * <li>Art. 112(1)(b) Tết Âm lịch, 5 days whose exact dates the government fixes each year: we take the last day of the
 *     old lunar year and the first four days of the new one.</li>
 * <li>Art. 112(1)(đ) Quốc khánh 2/9 plus one adjacent day: 1/9, or 3/9 when 1/9 is a weekly rest day (this reproduces
 *     the official choices of 2024, 2025 and 2026).</li>
 * <li>Art. 112(3): a holiday on a weekly rest day gives a compensatory day off on the next working day.</li>
 * </ul>
 * The government's swaps of a weekday for a Saturday are decisions, not rules, so a derived year has none.
 * Thread-safe.
 */
public final class StatutoryHolidays {

    static final String SOURCE = "derived: Bộ luật Lao động 2019, Điều 112, âm lịch Việt Nam (UTC+7)";
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final VietnameseLunarCalendar lunar;
    private final Set<DayOfWeek> restDays;

    public StatutoryHolidays(VietnameseLunarCalendar lunar, Set<DayOfWeek> restDays) {
        this.lunar = Objects.requireNonNull(lunar, "lunar calendar");
        this.restDays = Set.copyOf(restDays);
    }

    /** The derived (not official) schedule of {@code year}. */
    public YearSchedule derive(int year) {
        List<YearSchedule.Day> holidays = holidays(year);
        Set<LocalDate> taken = new HashSet<>();
        holidays.forEach(h -> taken.add(h.date()));
        List<YearSchedule.Day> nonWorking = new ArrayList<>();
        for (YearSchedule.Day holiday : holidays) {
            if (!isRestDay(holiday.date())) {
                nonWorking.add(holiday);
                continue;
            }
            // Art. 112(3): compensatory day off on the next day that is neither a rest day nor already off.
            LocalDate day = holiday.date().plusDays(1);
            while (isRestDay(day) || taken.contains(day)) {
                day = day.plusDays(1);
            }
            taken.add(day);
            nonWorking.add(new YearSchedule.Day(day,
                    "Nghỉ bù " + holiday.reason() + " (trùng ngày nghỉ hằng tuần " + holiday.date().format(DAY_MONTH) + ")"));
        }
        nonWorking.sort((a, b) -> a.date().compareTo(b.date()));
        return new YearSchedule(year, false, nonWorking, List.of(), SOURCE);
    }

    /** The statutory holidays of {@code year} in date order, whatever day of the week they fall on. */
    List<YearSchedule.Day> holidays(int year) {
        List<YearSchedule.Day> days = new ArrayList<>();
        days.add(new YearSchedule.Day(LocalDate.of(year, 1, 1), "Tết Dương lịch"));
        LocalDate tet = lunar.tet(year);
        for (int i = -1; i <= 3; i++) {
            days.add(new YearSchedule.Day(tet.plusDays(i), "Tết Nguyên đán"));
        }
        days.add(new YearSchedule.Day(lunar.toSolar(year, 3, 10), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
        days.add(new YearSchedule.Day(LocalDate.of(year, 4, 30), "Ngày Chiến thắng 30/4"));
        days.add(new YearSchedule.Day(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động 1/5"));
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        LocalDate adjacent = isRestDay(nationalDay.minusDays(1)) ? nationalDay.plusDays(1) : nationalDay.minusDays(1);
        days.add(new YearSchedule.Day(nationalDay, "Quốc khánh 2/9"));
        days.add(new YearSchedule.Day(adjacent, "Quốc khánh (ngày liền kề 2/9)"));
        days.sort((a, b) -> a.date().compareTo(b.date()));
        return days;
    }

    private boolean isRestDay(LocalDate day) {
        return restDays.contains(day.getDayOfWeek());
    }
}
