package vn.motcua.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One working period of a working day, local time of Vietnam, end exclusive; e.g. 08:00–12:00.
 *
 * @param start first working moment
 * @param end   first moment after the period
 */
public record WorkingPeriod(LocalTime start, LocalTime end) {
    public WorkingPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("working period must end after it starts: " + start + "-" + end);
        }
    }

    /** Length of the period. */
    public Duration length() {
        return Duration.between(start, end);
    }
}
