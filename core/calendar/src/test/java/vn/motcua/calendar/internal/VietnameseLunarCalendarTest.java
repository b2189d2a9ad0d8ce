package vn.motcua.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseLunarCalendarTest {

    private final VietnameseLunarCalendar lunar = new VietnameseLunarCalendar();

    /** domain.md §9: Tết 2019–2030, and the years where Vietnam (UTC+7) and China (UTC+8) differ. */
    @ParameterizedTest(name = "Tết {0} is {1}")
    @CsvSource({
        "2019, 2019-02-05", "2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01",
        "2023, 2023-01-22", "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17",
        "2027, 2027-02-06", "2028, 2028-01-26", "2029, 2029-02-13", "2030, 2030-02-02",
        "1985, 1985-01-21", "2007, 2007-02-17",
    })
    void tetIsTheVietnameseDate(int year, LocalDate expected) {
        assertEquals(expected, lunar.tet(year));
    }

    /** Giỗ Tổ (10/3 lunar) of the official schedules of domain.md §9, including 2023 with its leap second month. */
    @ParameterizedTest(name = "10/3 lunar {0} is {1}")
    @CsvSource({"2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26", "2023, 2023-04-29"})
    void hungKingsDayMatchesOfficialSchedules(int year, LocalDate expected) {
        assertEquals(expected, lunar.toSolar(year, 3, 10));
    }

    @Test
    void tetAlwaysFallsBetween21JanuaryAnd20February() {
        for (int year = 1901; year <= 2198; year++) {
            LocalDate tet = lunar.tet(year);
            LocalDate earliest = LocalDate.of(year, 1, 21);
            LocalDate latest = LocalDate.of(year, 2, 20);
            assertTrue(!tet.isBefore(earliest) && !tet.isAfter(latest), "Tết " + year + " = " + tet);
        }
    }

    @Test
    void lunarYearHas353To385Days() {
        for (int year = 1901; year <= 2198; year++) {
            long days = lunar.tet(year + 1).toEpochDay() - lunar.tet(year).toEpochDay();
            assertTrue((days >= 353 && days <= 355) || (days >= 383 && days <= 385), year + ": " + days);
        }
    }

    @Test
    void rejectsImpossibleLunarDates() {
        assertThrows(IllegalArgumentException.class, () -> lunar.toSolar(2026, 13, 1));
        assertThrows(IllegalArgumentException.class, () -> lunar.toSolar(2026, 1, 31));
    }
}
