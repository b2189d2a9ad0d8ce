package vn.motcua.calendar;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a dossier's clock-stop ledger: the time limit does not run between {@code start} and {@code end}.
 *
 * @param start  when the clock stopped
 * @param end    when it started again; {@code null} while the stop is open
 * @param reason why, in Vietnamese, e.g. "Yêu cầu bổ sung hồ sơ"
 * @param rule   the rule that stops it, e.g. "Nghị định 118/2025/NĐ-CP: yêu cầu bổ sung"
 */
public record ClockStop(Instant start, Instant end, String reason, String rule) {
    public ClockStop {
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("clock stop ends before it starts: " + start + " > " + end);
        }
    }

    public boolean isOpen() {
        return end == null;
    }
}
