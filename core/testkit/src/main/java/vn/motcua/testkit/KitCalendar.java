package vn.motcua.testkit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import vn.motcua.api.procedure.ClockPolicy;
import vn.motcua.api.procedure.TimeLimit;
import vn.motcua.calendar.DeadlineRequest;
import vn.motcua.calendar.Timeliness;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.internal.ConfiguredWorkingCalendar;

/**
 * The platform's working calendar and the time a kit test runs at. The calendar is the platform's own
 * ({@link ConfiguredWorkingCalendar}: the official schedules it ships, or a deployment's {@code config/calendar/}),
 * so an appointment in a test is the appointment on the receipt. Times are Hà Nội local times.
 */
final class KitCalendar {
    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private final WorkingCalendar calendar;
    private final Clock clock;

    private KitCalendar(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    static KitCalendar shipped(Clock clock) {
        return new KitCalendar(ConfiguredWorkingCalendar.shipped(clock), clock);
    }

    /** {@code <configDir>/calendar/settings.yaml} and its year files, as the platform reads them at start. */
    static KitCalendar fromConfig(Path configDir, Clock clock) {
        return new KitCalendar(ConfiguredWorkingCalendar.load(configDir, Optional.empty(), clock), clock);
    }

    KitCalendar at(Clock newClock) {
        return new KitCalendar(calendar, newClock);
    }

    Instant now() {
        return clock.instant();
    }

    Instant due(String unit, Instant start, TimeLimit limit) {
        return calendar.dueAt(new DeadlineRequest(unit, start, limit, List.of(), ClockPolicy.RESTART)).orElseThrow();
    }

    Timeliness classify(String unit, Instant at, Instant due) {
        return calendar.classify(unit, at, due);
    }

    static LocalDateTime local(Instant at) {
        return at.atZone(HANOI).toLocalDateTime();
    }

    static Instant instant(LocalDateTime at) {
        return at.atZone(HANOI).toInstant();
    }
}
