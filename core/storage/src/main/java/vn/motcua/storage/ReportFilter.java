package vn.motcua.storage;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Which dossiers a report looks at.
 *
 * @param units         receiving units; empty means every unit
 * @param procedureCode one procedure, or null for all
 * @param fromMonth     first month, as yyyymm (Hanoi time)
 * @param toMonth       last month, inclusive, as yyyymm
 */
public record ReportFilter(List<String> units, String procedureCode, int fromMonth, int toMonth) {
    public ReportFilter {
        units = List.copyOf(Objects.requireNonNull(units, "units"));
        if (fromMonth > toMonth) {
            throw new IllegalArgumentException("fromMonth " + fromMonth + " is after toMonth " + toMonth);
        }
    }

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The report month of an instant as yyyymm, in Hanoi time: 23:30 on 31 May (UTC+7) counts in May. */
    public static int monthOf(Instant at) {
        ZonedDateTime local = at.atZone(HANOI);
        return local.getYear() * 100 + local.getMonthValue();
    }

    /** The first instant of a yyyymm month in Hanoi. */
    public static Instant monthStart(int month) {
        return java.time.LocalDate.of(month / 100, month % 100, 1).atStartOfDay(HANOI).toInstant();
    }

    /** The month after a yyyymm month. */
    public static int nextMonth(int month) {
        return month % 100 == 12 ? (month / 100 + 1) * 100 + 1 : month + 1;
    }

    /** The month {@code n} months before a yyyymm month. */
    public static int minusMonths(int month, int n) {
        int index = (month / 100) * 12 + (month % 100 - 1) - n;
        return (index / 12) * 100 + index % 12 + 1;
    }
}
