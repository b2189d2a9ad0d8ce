package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An ad-hoc closure of one unit on whole days (e.g. a ward office closed for a move or an election),
 * on top of the official schedule; the unit's deadlines skip these days.
 *
 * @param unitCode the unit concerned
 * @param from     first closed day (inclusive)
 * @param to       last closed day (inclusive)
 * @param reason   Vietnamese reason shown in deadline explanations
 */
public record UnitClosure(String unitCode, LocalDate from, LocalDate to, String reason) {
    public UnitClosure {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reason, "reason");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("closure ends before it starts: " + from + " > " + to);
        }
    }

    /** True if {@code day} is one of the closed days. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
