package vn.motcua.calendar;

import java.io.InputStream;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runtime administration of the calendar by the city administrator: each year's official schedule
 * and ad-hoc closures of single units.
 *
 * <p>Changes are persisted under the data folder ({@code <data>/calendar/<year>.yaml},
 * {@code <data>/calendar/closures.yaml}); a schedule stored there wins over the one shipped in
 * {@code config/calendar/}, which wins over a derived one. Every {@link WorkingCalendar} computation started
 * after a method here returns sees the change. Deadlines already stored by the engine are not recomputed here.
 * Implementations are thread-safe.
 */
@ProviderType
public interface CalendarAdministration {

    /**
     * Stores {@code schedule} as the official schedule of its year, replacing any earlier one.
     * The returned schedule is marked official with its new source.
     *
     * @throws CalendarDataException if it cannot be persisted or is inconsistent (e.g. a date of another year,
     *                               a swapped working day that is not a weekly rest day)
     */
    YearSchedule replaceSchedule(YearSchedule schedule);

    /**
     * Reads a year schedule in the YAML format of {@code config/calendar/<year>.yaml} and stores it as with
     * {@link #replaceSchedule(YearSchedule)}.
     *
     * @throws CalendarDataException with the reason if the YAML is invalid
     */
    YearSchedule importSchedule(InputStream yaml);

    /**
     * Removes the schedule an administrator stored for {@code year}; the year falls back to the shipped
     * schedule, or to a derived one. Returns false if there was none.
     */
    boolean removeSchedule(int year);

    /** Adds an ad-hoc closure of one unit and persists it. */
    void addClosure(UnitClosure closure);

    /**
     * Removes a closure added through {@link #addClosure(UnitClosure)} (same unit, first and last day).
     * Closures written in {@code config/calendar/settings.yaml} are edited there. Returns false if none matched.
     */
    boolean removeClosure(UnitClosure closure);

    /** All closures of a unit, from configuration and from administration, in date order. */
    List<UnitClosure> closures(String unitCode);
}
