package vn.motcua.engine.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.motcua.api.procedure.ClockPolicy;
import vn.motcua.api.procedure.TimeLimit;
import vn.motcua.calendar.ClockStop;
import vn.motcua.calendar.Deadline;
import vn.motcua.calendar.DeadlineRequest;
import vn.motcua.calendar.Timeliness;
import vn.motcua.calendar.WorkingCalendar;

/** The engine's only door to working-time arithmetic: everything goes through {@link WorkingCalendar}. */
final class Deadlines {

    private final WorkingCalendar calendar;

    Deadlines(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** The due instant, or null while an open clock stop suspends it. */
    Instant due(String unit, Instant start, TimeLimit limit, List<ClockStop> stops, ClockPolicy policy) {
        return calendar.dueAt(new DeadlineRequest(unit, start, limit, stops, policy)).orElse(null);
    }

    Deadline explain(String unit, Instant start, TimeLimit limit, List<ClockStop> stops, ClockPolicy policy) {
        return calendar.deadline(new DeadlineRequest(unit, start, limit, stops, policy));
    }

    Timeliness classify(String unit, Instant at, Instant due) {
        return due == null ? null : calendar.classify(unit, at, due);
    }

    /** From when a deadline counts as due soon (configured threshold, default one working day). */
    Instant dueSoonFrom(String unit, Instant due) {
        return due == null ? null : calendar.dueSoonFrom(unit, due);
    }

    /**
     * True if {@code at} is working time of the unit: inside a working period, or exactly at the end of one (a
     * deadline that uses up the afternoon ends at 17:00, which the calendar counts as the period's excluded end).
     */
    boolean isWorkingTime(String unit, Instant at) {
        return calendar.nextWorkingMoment(unit, at).equals(at)
                || calendar.workingTimeBetween(unit, at.minusSeconds(1), at).compareTo(java.time.Duration.ZERO) > 0;
    }

    Duration workingTimeBetween(String unit, Instant from, Instant to) {
        return calendar.workingTimeBetween(unit, from, to);
    }
}
