package vn.motcua.portal.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Times as citizens read them, in Hanoi time: "16 giờ 30, Thứ Hai, 30/11/2026" (wording in the bundle). Stateless. */
final class Dates {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private Dates() {
    }

    static String format(Instant t, Lang lang) {
        if (t == null) {
            return "";
        }
        ZonedDateTime z = t.atZone(HANOI);
        String date = String.format("%02d/%02d/%d", z.getDayOfMonth(), z.getMonthValue(), z.getYear());
        return lang.t("date.at", String.format("%02d", z.getHour()), String.format("%02d", z.getMinute()),
                lang.t("date.day." + z.getDayOfWeek().getValue()), date);
    }

    /** ISO date for {@code <time datetime>}. */
    static String iso(Instant t) {
        return t == null ? "" : t.atZone(HANOI).toOffsetDateTime().toString();
    }
}
