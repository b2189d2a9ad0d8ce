package vn.motcua.calendar;

/**
 * How a finished step or dossier compares with its deadline (Phiếu kiểm soát quá trình giải quyết hồ sơ:
 * "trước hạn / đúng hạn / quá hạn").
 *
 * <p>See {@link WorkingCalendar#classify(String, java.time.Instant, java.time.Instant)} for the exact rule
 * and {@code docs/decisions/0101-early-on-time-late.md} for why.
 */
public enum Timeliness {
    /** Finished before the (local) calendar day on which it was due: "trước hạn". */
    EARLY,
    /** Finished on the day it was due, not after the due instant: "đúng hạn". */
    ON_TIME,
    /** Finished after the due instant: "quá hạn". */
    LATE
}
