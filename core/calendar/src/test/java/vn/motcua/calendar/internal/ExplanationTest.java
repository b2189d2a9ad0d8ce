package vn.motcua.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.api.procedure.ClockPolicy;
import vn.motcua.api.procedure.TimeLimit;
import vn.motcua.calendar.Deadline;
import vn.motcua.calendar.DeadlineRequest;

class ExplanationTest {

    private final ConfiguredWorkingCalendar calendar = Cases.calendar();

    private static List<String> kinds(Deadline deadline) {
        return deadline.explanation().stream().map(Deadline.ExplanationLine::kind).toList();
    }

    private static String text(Deadline deadline) {
        return String.join("\n", deadline.explanation().stream().map(Deadline.ExplanationLine::message).toList());
    }

    @Test
    void sameDayAfterCutoffBeforeTetNamesTheCutoffAndTheHoliday() {
        Deadline deadline = calendar.deadline(DeadlineRequest.of(Cases.UNIT, Cases.local("2026-02-13T15:30"), TimeLimit.sameDay()));
        assertEquals(List.of("received", "cutoff", "limit", "skipped", "due"), kinds(deadline), text(deadline));
        String text = text(deadline);
        assertTrue(text.contains("Tiếp nhận lúc 15:30 thứ Sáu 13/02/2026."), text);
        assertTrue(text.contains("sau giờ chốt 15:00"), text);
        assertTrue(text.contains("Không tính từ thứ Bảy 14/02/2026 đến Chủ nhật 22/02/2026 (9 ngày): Tết Nguyên đán; nghỉ hằng tuần."), text);
        assertTrue(text.contains("Hạn giải quyết: 17:00 thứ Hai 23/02/2026."), text);
    }

    @Test
    void receiptAtNightSaysWhenCountingStartsAndThatTheCutoffDoesNotApply() {
        Deadline deadline = calendar.deadline(DeadlineRequest.of(Cases.UNIT, Cases.local("2026-03-02T20:00"), TimeLimit.workingDays(1)));
        String text = text(deadline);
        assertTrue(text.contains("Không áp dụng giờ chốt 15:00"), text);
        assertTrue(text.contains("Thời hạn: 1 ngày làm việc (8 giờ làm việc, mỗi ngày làm việc 8 giờ)."), text);
        assertTrue(text.contains("thời hạn bắt đầu tính từ 08:00 thứ Ba 03/03/2026"), text);
    }

    @Test
    void swappedSaturdayAndCompensatoryDayAreNamed() {
        Deadline swap = calendar.deadline(DeadlineRequest.of(Cases.UNIT, Cases.local("2026-08-21T10:00"), TimeLimit.workingDays(1)));
        assertTrue(text(swap).contains("Làm việc thứ Bảy 22/08/2026 (ngày làm bù): Làm bù cho thứ Hai 31/08/2026."), text(swap));
        Deadline compensatory = calendar.deadline(DeadlineRequest.of(Cases.UNIT, Cases.local("2026-04-24T10:00"), TimeLimit.workingDays(1)));
        assertTrue(text(compensatory).contains("Nghỉ bù Giỗ Tổ Hùng Vương"), text(compensatory));
    }

    @Test
    void stopsAreListedWithReasonRuleAndEffect() {
        DeadlineRequest request = new DeadlineRequest(Cases.UNIT, Cases.local("2026-03-02T08:00"), TimeLimit.workingDays(3),
                Cases.stops("2026-03-03T10:00>2026-03-05T10:00"), ClockPolicy.RESUME);
        Deadline deadline = calendar.deadline(request);
        String text = text(deadline);
        assertTrue(kinds(deadline).contains("stop"), text);
        assertTrue(text.contains("Tạm dừng từ 10:00 thứ Ba 03/03/2026 đến 10:00 thứ Năm 05/03/2026: Yêu cầu bổ sung hồ sơ (Nghị định 118/2025/NĐ-CP); tiếp tục tính phần còn lại 14 giờ làm việc."), text);
        assertEquals("due", kinds(deadline).get(kinds(deadline).size() - 1));
    }

    @Test
    void openStopExplainsTheSuspension() {
        DeadlineRequest request = new DeadlineRequest(Cases.UNIT, Cases.local("2026-03-02T08:00"), TimeLimit.workingDays(3),
                Cases.stops("2026-03-03T10:00>open"), ClockPolicy.RESTART);
        Deadline deadline = calendar.deadline(request);
        assertTrue(deadline.suspended());
        assertTrue(text(deadline).contains("Đang tạm dừng từ 10:00 thứ Ba 03/03/2026"), text(deadline));
        assertTrue(text(deadline).contains("chưa có hạn giải quyết"), text(deadline));
    }
}
