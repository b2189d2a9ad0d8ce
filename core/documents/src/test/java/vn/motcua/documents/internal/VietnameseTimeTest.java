package vn.motcua.documents.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VietnameseTimeTest {
    private final VietnameseTime time = new VietnameseTime();

    @Test
    void printsHourMinuteAndDateInHanoiTime() {
        // 08:30 UTC is 15:30 in Asia/Ho_Chi_Minh (UTC+7).
        assertEquals("15 giờ 30 phút, ngày 24 tháng 4 năm 2026", time.dateTime(Instant.parse("2026-04-24T08:30:00Z")));
    }

    @Test
    void theLocalDateIsTheHanoiDateNotTheUtcDate() {
        assertEquals("6 giờ 05 phút, ngày 01 tháng 01 năm 2026", time.dateTime(Instant.parse("2025-12-31T23:05:00Z")));
    }

    @Test
    void daysBelowTenAndJanuaryAndFebruaryTakeALeadingZero() {
        // Decree 30/2020/NĐ-CP, Appendix I.
        assertEquals("ngày 05 tháng 02 năm 2026", time.date(LocalDate.of(2026, 2, 5)));
        assertEquals("ngày 09 tháng 3 năm 2026", time.date(LocalDate.of(2026, 3, 9)));
        assertEquals("ngày 10 tháng 12 năm 2026", time.date(LocalDate.of(2026, 12, 10)));
        assertEquals("Hà Nội, ngày 24 tháng 4 năm 2026", time.placeAndDate("Hà Nội",
                Instant.parse("2026-04-24T08:30:00Z")));
    }

    @Test
    void compactFormForDenseTables() {
        assertEquals("24/04/2026 15:30", time.compact(Instant.parse("2026-04-24T08:30:00Z")));
    }
}
