package vn.motcua.calendar.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.motcua.calendar.UnitClosure;
import vn.motcua.calendar.WorkingPeriod;

/**
 * The contents of {@code config/calendar/settings.yaml}.
 *
 * @param defaultHours     working periods of a working day for every unit without its own
 * @param restDays         weekly rest days
 * @param cutoff           receipts after this local time count for the next working day under the same-day rule
 * @param dueSoonThreshold working time before a deadline from which it is due soon
 * @param unitHours        working periods of units that differ from the default, by unit code
 * @param closures         ad-hoc closures of single units written in the configuration
 */
public record CalendarSettings(List<WorkingPeriod> defaultHours, Set<DayOfWeek> restDays, LocalTime cutoff,
                               Duration dueSoonThreshold, Map<String, List<WorkingPeriod>> unitHours,
                               List<UnitClosure> closures) {
    public CalendarSettings {
        defaultHours = List.copyOf(defaultHours);
        restDays = Set.copyOf(restDays);
        Objects.requireNonNull(cutoff, "cutoff");
        Objects.requireNonNull(dueSoonThreshold, "dueSoonThreshold");
        unitHours = Map.copyOf(unitHours);
        closures = List.copyOf(closures);
    }

    /** The working periods of {@code unitCode}. */
    public List<WorkingPeriod> hoursOf(String unitCode) {
        return unitHours.getOrDefault(unitCode, defaultHours);
    }
}
