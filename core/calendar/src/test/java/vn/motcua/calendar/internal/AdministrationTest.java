package vn.motcua.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.api.procedure.TimeLimit;
import vn.motcua.calendar.CalendarDataException;
import vn.motcua.calendar.DeadlineRequest;
import vn.motcua.calendar.UnitClosure;
import vn.motcua.calendar.YearSchedule;

class AdministrationTest {

    @TempDir
    Path data;

    private ConfiguredWorkingCalendar calendar() {
        return ConfiguredWorkingCalendar.load(Cases.CONFIG, Optional.of(data), Clock.systemUTC());
    }

    private String due(ConfiguredWorkingCalendar calendar, String unit, String receivedAt, TimeLimit limit) {
        return Cases.toLocal(calendar.deadline(DeadlineRequest.of(unit, Cases.local(receivedAt), limit)).due()).toString();
    }

    @Test
    void storedScheduleWinsOverDerivedAndSurvivesARestart() {
        ConfiguredWorkingCalendar calendar = calendar();
        assertFalse(calendar.schedule(2027).official());
        YearSchedule official = new YearSchedule(2027, true,
                List.of(new YearSchedule.Day(LocalDate.of(2027, 3, 1), "Nghỉ theo quyết định thử nghiệm")), List.of(), "test");
        calendar.replaceSchedule(official);
        assertTrue(calendar.schedule(2027).official());
        assertTrue(Files.exists(data.resolve("calendar/2027.yaml")));
        assertEquals("2027-03-02T17:00", due(calendar, Cases.UNIT, "2027-03-01T08:00", TimeLimit.workingDays(1)));

        ConfiguredWorkingCalendar restarted = calendar();
        assertEquals(List.of(new YearSchedule.Day(LocalDate.of(2027, 3, 1), "Nghỉ theo quyết định thử nghiệm")),
                restarted.schedule(2027).nonWorkingDays());
        assertTrue(restarted.removeSchedule(2027));
        assertFalse(restarted.schedule(2027).official());
        assertFalse(Files.exists(data.resolve("calendar/2027.yaml")));
        assertFalse(restarted.removeSchedule(2027));
    }

    @Test
    void storedScheduleWinsOverShippedOne() {
        ConfiguredWorkingCalendar calendar = calendar();
        String yaml = "year: 2026\nnonWorkingDays:\n  - { date: \"2026-03-02\", reason: \"Thử nghiệm\" }\nworkingDays: []\n";
        calendar.importSchedule(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        // Tết 2026 is no longer off in the replaced schedule; 02/03 is.
        assertEquals("2026-02-16T17:00", due(calendar, Cases.UNIT, "2026-02-13T15:30", TimeLimit.sameDay()));
        assertEquals("2026-03-03T17:00", due(calendar, Cases.UNIT, "2026-03-02T08:00", TimeLimit.workingDays(1)));
    }

    @Test
    void invalidSchedulesAreRefusedWithTheReason() {
        ConfiguredWorkingCalendar calendar = calendar();
        var swapOnMonday = new YearSchedule(2027, true, List.of(),
                List.of(new YearSchedule.Day(LocalDate.of(2027, 3, 1), "sai")), "test");
        var error = assertThrows(CalendarDataException.class, () -> calendar.replaceSchedule(swapOnMonday));
        assertTrue(error.getMessage().contains("not a weekly rest day"), error.getMessage());
        var otherYear = new YearSchedule(2027, true, List.of(new YearSchedule.Day(LocalDate.of(2028, 3, 1), "sai")), List.of(), "test");
        assertThrows(CalendarDataException.class, () -> calendar.replaceSchedule(otherYear));
        var broken = new ByteArrayInputStream("year: 2027\nnonWorkingDays:\n  - { date: \"2027-02-30\", reason: x }\n".getBytes(StandardCharsets.UTF_8));
        assertThrows(CalendarDataException.class, () -> calendar.importSchedule(broken));
    }

    @Test
    void closureAffectsOnlyItsUnitAndIsPersisted() {
        ConfiguredWorkingCalendar calendar = calendar();
        UnitClosure closure = new UnitClosure("00001", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), "Chuyển trụ sở");
        calendar.addClosure(closure);
        assertEquals("2026-03-04T17:00", due(calendar, "00001", "2026-03-02T08:00", TimeLimit.workingDays(1)));
        assertEquals("2026-03-02T17:00", due(calendar, "00002", "2026-03-02T08:00", TimeLimit.workingDays(1)));
        String explanation = calendar.deadline(DeadlineRequest.of("00001", Cases.local("2026-03-02T08:00"), TimeLimit.workingDays(1)))
                .explanation().toString();
        assertTrue(explanation.contains("Chuyển trụ sở"), explanation);

        ConfiguredWorkingCalendar restarted = calendar();
        assertEquals(List.of(closure), restarted.closures("00001"));
        assertTrue(restarted.removeClosure(closure));
        assertEquals("2026-03-02T17:00", due(restarted, "00001", "2026-03-02T08:00", TimeLimit.workingDays(1)));
        assertFalse(restarted.removeClosure(closure));
        assertEquals(List.of(), calendar().closures("00001"));
    }
}
