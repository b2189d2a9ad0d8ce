package vn.motcua.calendar;

import java.time.Duration;
import java.time.Instant;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The working-time calendar of every unit, and the deadline arithmetic built on it.
 * Implementations are thread-safe.
 */
@ProviderType
public interface WorkingCalendar {

    /** Computes a deadline with its explanation. */
    Deadline deadline(DeadlineRequest request);

    /** Working time of {@code unitCode} between two instants (zero if {@code to} is not after {@code from}). */
    Duration workingTimeBetween(String unitCode, Instant from, Instant to);

    /** {@code at} itself if it is working time of the unit, else the start of the next working period. */
    Instant nextWorkingMoment(String unitCode, Instant at);

    /** The schedule of a year: official if shipped or loaded by an administrator, else derived from the rules. */
    YearSchedule schedule(int year);
}
