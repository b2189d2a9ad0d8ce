package vn.motcua.calendar.internal;

import java.time.LocalDate;

/** Formats instants, days and durations the way Vietnamese slips write them: "08:00 thứ Hai 16/02/2026". */
final class VietnameseDates {

    private static final String[] WEEKDAYS = {"thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"};

    private VietnameseDates() {
    }

    /** "08:00 thứ Hai 16/02/2026" for local time of Vietnam. */
    static String moment(long nanos) {
        long time = UnitTimeline.nanoOfDay(nanos) / UnitTimeline.NANOS_PER_SECOND;
        StringBuilder s = new StringBuilder(32);
        two(s, (int) (time / 3600)).append(':');
        two(s, (int) (time / 60 % 60));
        if (time % 60 != 0) {
            two(s.append(':'), (int) (time % 60));
        }
        return s.append(' ').append(day(UnitTimeline.localDay(nanos))).toString();
    }

    /** "thứ Hai 16/02/2026". */
    static String day(long epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        StringBuilder s = new StringBuilder(24).append(WEEKDAYS[date.getDayOfWeek().ordinal()]).append(' ');
        two(s, date.getDayOfMonth()).append('/');
        two(s, date.getMonthValue()).append('/').append(date.getYear());
        return s.toString();
    }

    /** "16/02/2026". */
    static String date(long epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        StringBuilder s = new StringBuilder(10);
        two(s, date.getDayOfMonth()).append('/');
        two(s, date.getMonthValue()).append('/').append(date.getYear());
        return s.toString();
    }

    /** "3 giờ 30 phút làm việc". */
    static String workingTime(long nanos) {
        long minutes = nanos / (60 * UnitTimeline.NANOS_PER_SECOND);
        long hours = minutes / 60;
        minutes %= 60;
        StringBuilder s = new StringBuilder(24);
        if (hours > 0 || minutes == 0) {
            s.append(hours).append(" giờ");
        }
        if (minutes > 0) {
            s.append(s.length() > 0 ? " " : "").append(minutes).append(" phút");
        }
        return s.append(" làm việc").toString();
    }

    private static StringBuilder two(StringBuilder s, int value) {
        return s.append(value < 10 ? "0" : "").append(value);
    }
}
