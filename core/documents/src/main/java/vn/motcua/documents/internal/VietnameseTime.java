package vn.motcua.documents.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import vn.motcua.documents.FormRegime;

/**
 * Dates and times as printed on the slips, always in Asia/Ho_Chi_Minh whatever the server's zone.
 *
 * <p>Days below 10 and the months January and February take a leading zero (Decree 30/2020/NĐ-CP, Appendix I, on
 * the date line of administrative documents), so "ngày 05 tháng 02 năm 2026" but "ngày 24 tháng 4 năm 2026". The
 * forms ask for hour and minute as "... giờ ... phút".
 */
final class VietnameseTime {
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** "15 giờ 30 phút, ngày 24 tháng 4 năm 2026". */
    String dateTime(Instant instant) {
        ZonedDateTime t = instant.atZone(FormRegime.ZONE);
        return t.getHour() + " giờ " + String.format("%02d", t.getMinute()) + " phút, " + date(t.toLocalDate());
    }

    /** "ngày 24 tháng 4 năm 2026". */
    String date(LocalDate d) {
        String day = d.getDayOfMonth() < 10 ? String.format("%02d", d.getDayOfMonth()) : "" + d.getDayOfMonth();
        String month = d.getMonthValue() <= 2 ? String.format("%02d", d.getMonthValue()) : "" + d.getMonthValue();
        return "ngày " + day + " tháng " + month + " năm " + d.getYear();
    }

    /** "ngày 24 tháng 4 năm 2026" for an instant. */
    String date(Instant instant) {
        return date(instant.atZone(FormRegime.ZONE).toLocalDate());
    }

    /** "Hà Nội, ngày 24 tháng 4 năm 2026": the place-and-date line. */
    String placeAndDate(String place, Instant instant) {
        return place + ", " + date(instant);
    }

    /** "24/04/2026 15:30": for dense tables such as the tracking book. */
    String compact(Instant instant) {
        return SHORT.format(instant.atZone(FormRegime.ZONE));
    }

    /** "24/04/2026". */
    String compact(LocalDate d) {
        return SHORT_DATE.format(d);
    }
}
