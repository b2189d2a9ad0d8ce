package vn.motcua.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.api.procedure.TimeLimit;
import vn.motcua.calendar.CalendarDataException;
import vn.motcua.calendar.DeadlineRequest;

class SettingsTest {

    @TempDir
    Path config;

    private void write(String settings) throws IOException {
        Files.createDirectories(config.resolve("calendar"));
        Files.writeString(config.resolve("calendar/settings.yaml"), settings);
        Files.copy(Cases.CONFIG.resolve("calendar/2026.yaml"), config.resolve("calendar/2026.yaml"));
    }

    @Test
    void unitHoursOverrideTheDefaultForThatUnitOnly() throws IOException {
        write("""
                workingHours: [{start: "08:00", end: "12:00"}, {start: "13:00", end: "17:00"}]
                restDays: [SATURDAY, SUNDAY]
                cutoff: "15:00"
                dueSoonThreshold: {workingHours: 4}
                units:
                  "X1": { workingHours: [{start: "07:30", end: "11:30"}, {start: "13:00", end: "17:00"}] }
                closures: []
                """);
        var calendar = ConfiguredWorkingCalendar.load(config, Optional.empty(), Clock.systemUTC());
        var receivedAt = Cases.local("2026-03-02T07:30");
        // X1 opens at 07:30 and its morning ends at 11:30; X2 has the default 08:00-12:00.
        assertEquals("2026-03-02T11:30", Cases.toLocal(calendar.deadline(DeadlineRequest.of("X1", receivedAt, TimeLimit.workingHours(4))).due()).toString());
        assertEquals("2026-03-02T12:00", Cases.toLocal(calendar.deadline(DeadlineRequest.of("X2", receivedAt, TimeLimit.workingHours(4))).due()).toString());
        assertEquals(Duration.ofHours(4), calendar.dueSoonThreshold());
        assertEquals(2, calendar.workingHours("X1").size());
        assertTrue(calendar.schedule(2026).official());
    }

    @Test
    void brokenSettingsNameTheFileAndTheEntry() throws IOException {
        write("""
                workingHours: [{start: "08:00", end: "07:00"}]
                restDays: [SATURDAY, SUNDAY]
                cutoff: "15:00"
                dueSoonThreshold: {workingDays: 1}
                """);
        var error = assertThrows(CalendarDataException.class,
                () -> ConfiguredWorkingCalendar.load(config, Optional.empty(), Clock.systemUTC()));
        assertTrue(error.getMessage().contains("settings.yaml: workingHours"), error.getMessage());
    }
}
