package vn.motcua.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The working-time calendar of every unit, and the deadline arithmetic built on it.
 * Implementations are thread-safe.
 *
 * <p>Working time is local time of Vietnam (Asia/Ho_Chi_Minh, UTC+7), counted to the second. A working
 * period includes its start and excludes its end: at 12:00 with hours 08:00–12:00, 13:00–17:00 the next
 * working moment is 13:00, and a deadline that uses up a morning ends at 12:00.
 *
 * <pre>{@code
 * Deadline d = calendar.deadline(DeadlineRequest.of("000.00.21.H26", receivedAt, TimeLimit.workingDays(3)));
 * d.due();                                   // the appointment
 * d.explanation().forEach(l -> print(l.message()));
 * Instant warnFrom = calendar.dueSoonFrom("000.00.21.H26", d.due());   // index this for the due-soon scheduler
 * Timeliness t = calendar.classify("000.00.21.H26", finishedAt, d.due());
 * }</pre>
 */
@ProviderType
public interface WorkingCalendar {

    /** Computes a deadline with its explanation. */
    Deadline deadline(DeadlineRequest request);

    /**
     * Same due instant as {@link #deadline(DeadlineRequest)} without building the explanation, for bulk
     * recomputation; empty while an open clock stop suspends the deadline.
     */
    Optional<Instant> dueAt(DeadlineRequest request);

    /** Working time of {@code unitCode} between two instants (zero if {@code to} is not after {@code from}). */
    Duration workingTimeBetween(String unitCode, Instant from, Instant to);

    /** {@code at} itself if it is working time of the unit, else the start of the next working period. */
    Instant nextWorkingMoment(String unitCode, Instant at);

    /**
     * The instant at which {@code workingTime} of the unit has passed since {@code start}. Ends at the end of a
     * working period rather than at the start of the next one (adding a full day to Monday 08:00 gives Monday 17:00).
     * A zero duration gives {@code start} unchanged.
     *
     * @throws IllegalArgumentException if {@code workingTime} is negative
     */
    Instant addWorkingTime(String unitCode, Instant start, Duration workingTime);

    /**
     * The latest instant from which exactly {@code workingTime} of the unit remains until {@code due}. Lands at the
     * start of a working period rather than at the end of the previous one (one working day before Tuesday 17:00 is
     * Tuesday 08:00). A zero duration gives {@code due} unchanged.
     *
     * @throws IllegalArgumentException if {@code workingTime} is negative
     */
    Instant subtractWorkingTime(String unitCode, Instant due, Duration workingTime);

    /**
     * Classes a completion against a deadline: {@link Timeliness#LATE} if {@code completedAt} is after {@code due};
     * {@link Timeliness#ON_TIME} if it is on the same local calendar day as {@code due} and not after it;
     * {@link Timeliness#EARLY} if it is on an earlier day.
     */
    Timeliness classify(String unitCode, Instant completedAt, Instant due);

    /** How much working time before a deadline a step or dossier counts as due soon (configuration, default 1 working day). */
    Duration dueSoonThreshold();

    /** {@code subtractWorkingTime(unitCode, due, dueSoonThreshold())}: from this instant on the deadline is due soon. */
    default Instant dueSoonFrom(String unitCode, Instant due) {
        return subtractWorkingTime(unitCode, due, dueSoonThreshold());
    }

    /** The working periods of a working day of the unit (its own hours, or the default for all units). */
    List<WorkingPeriod> workingHours(String unitCode);

    /** The schedule of a year: official if shipped or loaded by an administrator, else derived from the rules. */
    YearSchedule schedule(int year);
}
