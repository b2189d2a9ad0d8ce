package vn.motcua.calendar.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.motcua.api.procedure.TimeLimit;
import vn.motcua.calendar.ClockStop;

/** Shared helpers for the calendar tests: local times of Vietnam and the shipped configuration. */
final class Cases {

    static final String UNIT = "000.00.21.H26";
    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    /** The real config/ folder of the repository (tests run in core/calendar). */
    static final Path CONFIG = Path.of("../../config");

    private Cases() {
    }

    static ConfiguredWorkingCalendar calendar() {
        return ConfiguredWorkingCalendar.load(CONFIG, Optional.empty(), Clock.systemUTC());
    }

    static Instant local(String text) {
        return LocalDateTime.parse(text).toInstant(VIETNAM);
    }

    static LocalDateTime toLocal(Instant instant) {
        return LocalDateTime.ofInstant(instant, VIETNAM);
    }

    /** "D3" working days, "H4" working hours, "S0" same day (+n days). */
    static TimeLimit limit(String text) {
        int amount = Integer.parseInt(text.substring(1));
        return switch (text.charAt(0)) {
            case 'D' -> TimeLimit.workingDays(amount);
            case 'H' -> TimeLimit.workingHours(amount);
            case 'S' -> new TimeLimit(TimeLimit.Unit.SAME_DAY, amount);
            default -> throw new IllegalArgumentException("limit " + text);
        };
    }

    /** "start>end|start>open". */
    static List<ClockStop> stops(String text) {
        List<ClockStop> stops = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return stops;
        }
        for (String stop : text.split("\\|")) {
            String[] parts = stop.split(">");
            Instant end = parts[1].equals("open") ? null : local(parts[1]);
            stops.add(new ClockStop(local(parts[0]), end, "Yêu cầu bổ sung hồ sơ", "Nghị định 118/2025/NĐ-CP"));
        }
        return stops;
    }
}
