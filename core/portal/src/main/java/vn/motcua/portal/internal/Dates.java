package vn.motcua.portal.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Times as citizens read them, in Hanoi time: "16 giờ 30, Thứ Hai, 30/11/2026". Stateless. */
final class Dates {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String[] VI_DAYS = {"Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"};
    private static final String[] EN_DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    private Dates() {
    }

    static String format(Instant t, Lang lang) {
        if (t == null) {
            return "";
        }
        ZonedDateTime z = t.atZone(HANOI);
        int day = z.getDayOfWeek().getValue() - 1;
        String date = String.format("%02d/%02d/%d", z.getDayOfMonth(), z.getMonthValue(), z.getYear());
        return lang == Lang.VI
                ? String.format("%02d giờ %02d, %s, %s", z.getHour(), z.getMinute(), VI_DAYS[day], date)
                : String.format("%02d:%02d, %s %s", z.getHour(), z.getMinute(), EN_DAYS[day], date);
    }

    /** ISO date for {@code <time datetime>}. */
    static String iso(Instant t) {
        return t == null ? "" : t.atZone(HANOI).toOffsetDateTime().toString();
    }
}
