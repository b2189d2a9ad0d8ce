package vn.motcua.calendar.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.calendar.UnitClosure;
import vn.motcua.calendar.YearSchedule;

/**
 * One consistent snapshot of the calendar: settings, official schedules, closures, and the caches built from them.
 * Administration replaces the whole snapshot, so a computation never sees half a change. Thread-safe.
 */
final class CalendarState {

    private static final String DEFAULT_PROFILE = "";

    final CalendarSettings settings;
    final Map<Integer, YearSchedule> official;
    final List<UnitClosure> adminClosures;
    final DeadlineCalculator deadlines;
    private final StatutoryHolidays derivation;
    private final Map<Integer, YearSchedule> derived = new ConcurrentHashMap<>();
    private final Map<String, UnitTimeline> timelines = new ConcurrentHashMap<>();
    /** Units with their own hours or closures; every other unit code, known or not, shares the default timeline. */
    private final Set<String> ownProfiles = new HashSet<>();
    private final UnitTimeline defaultTimeline;

    CalendarState(CalendarSettings settings, Map<Integer, YearSchedule> official, List<UnitClosure> adminClosures,
                  VietnameseLunarCalendar lunar) {
        this.settings = settings;
        this.official = Map.copyOf(official);
        this.adminClosures = List.copyOf(adminClosures);
        this.derivation = new StatutoryHolidays(lunar, settings.restDays());
        this.deadlines = new DeadlineCalculator(settings.cutoff(), this::timeline);
        ownProfiles.addAll(settings.unitHours().keySet());
        settings.closures().forEach(c -> ownProfiles.add(c.unitCode()));
        adminClosures.forEach(c -> ownProfiles.add(c.unitCode()));
        this.defaultTimeline = newTimeline(DEFAULT_PROFILE);
    }

    YearSchedule schedule(int year) {
        YearSchedule schedule = official.get(year);
        return schedule != null ? schedule : derived.computeIfAbsent(year, derivation::derive);
    }

    /**
     * The unit's timeline; units without their own hours or closures share one, so arbitrary unit codes (e.g. from a
     * query parameter) never grow the cache.
     */
    UnitTimeline timeline(String unitCode) {
        if (!ownProfiles.contains(unitCode)) {
            return defaultTimeline;
        }
        return timelines.computeIfAbsent(unitCode, this::newTimeline);
    }

    List<UnitClosure> closures(String unitCode) {
        List<UnitClosure> result = new ArrayList<>();
        for (UnitClosure closure : settings.closures()) {
            if (closure.unitCode().equals(unitCode)) {
                result.add(closure);
            }
        }
        for (UnitClosure closure : adminClosures) {
            if (closure.unitCode().equals(unitCode)) {
                result.add(closure);
            }
        }
        result.sort(Comparator.comparing(UnitClosure::from));
        return result;
    }

    private UnitTimeline newTimeline(String unitCode) {
        List<UnitClosure> closures = unitCode.equals(DEFAULT_PROFILE) ? List.of() : closures(unitCode);
        return new UnitTimeline(settings.hoursOf(unitCode),
                year -> new DayTable(year, schedule(year), settings.restDays(), closures));
    }
}
