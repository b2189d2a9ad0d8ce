package vn.motcua.api.procedure;

import java.util.Objects;

/**
 * The extension of a procedure's time limit that the law allows in a named case, e.g. marriage registration:
 * "Trường hợp cần xác minh thêm các điều kiện kết hôn thì thời hạn giải quyết không quá 05 ngày làm việc" (Luật Hộ
 * tịch 2014, Art. 18(2)). An officer grants it once per dossier, with a reason, through the "extend" action; the
 * appointment then moves by at most {@code workingDays} and the dossier is classed on time or late against the
 * extended appointment, because the extended time is itself the legal time limit.
 *
 * <p>Descriptor key {@code disclosure.timeLimitExtension}; shown in the public disclosure next to the time limit.
 *
 * @param workingDays the most the appointment may move, in working days (at least 1)
 * @param when        the case in which the law allows it, e.g. "Cần xác minh thêm các điều kiện kết hôn"
 * @param legalBasis  the article that allows it, e.g. "Luật Hộ tịch 2014, Điều 18 khoản 2"
 */
public record TimeLimitExtension(int workingDays, String when, String legalBasis) {

    public TimeLimitExtension {
        if (workingDays < 1) {
            throw new IllegalArgumentException("a time limit extension must be at least 1 working day, was " + workingDays);
        }
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(legalBasis, "legalBasis");
    }

    /** The extension as a time limit in working days, for the deadline calculator. */
    public TimeLimit asTimeLimit() {
        return TimeLimit.workingDays(workingDays);
    }
}
