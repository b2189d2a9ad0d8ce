package vn.motcua.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.calendar.Timeliness;

class WorkingTimeTest {

    private final ConfiguredWorkingCalendar calendar = Cases.calendar();

    @ParameterizedTest(name = "{0} -> {1} = {2} min")
    @CsvSource({
        "2026-03-02T08:00, 2026-03-02T17:00, 480",
        "2026-03-02T11:00, 2026-03-02T14:00, 120",
        "2026-03-02T12:10, 2026-03-02T12:50, 0",
        "2026-03-06T16:00, 2026-03-09T09:00, 120",
        "2026-02-13T08:00, 2026-02-23T17:00, 960",
        "2026-08-21T08:00, 2026-08-24T08:00, 960",
        "2026-03-03T10:00, 2026-03-02T10:00, 0",
        "2025-12-31T16:00, 2026-01-02T09:00, 120",
    })
    void workingTimeBetween(String from, String to, long minutes) {
        assertEquals(Duration.ofMinutes(minutes), calendar.workingTimeBetween(Cases.UNIT, Cases.local(from), Cases.local(to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2026-03-02T09:30, 2026-03-02T09:30",
        "2026-03-02T12:00, 2026-03-02T13:00",
        "2026-03-02T17:00, 2026-03-03T08:00",
        "2026-03-07T10:00, 2026-03-09T08:00",
        "2026-02-14T00:00, 2026-02-23T08:00",
        "2026-08-21T18:00, 2026-08-22T08:00",
        "2026-03-02T07:59, 2026-03-02T08:00",
    })
    void nextWorkingMoment(String at, String expected) {
        assertEquals(expected, Cases.toLocal(calendar.nextWorkingMoment(Cases.UNIT, Cases.local(at))).toString());
    }

    @Test
    void nextWorkingMomentReturnsTheSameInstantInsideWorkingTime() {
        Instant at = Cases.local("2026-03-02T09:30").plusNanos(123_456_789);
        assertSame(at, calendar.nextWorkingMoment(Cases.UNIT, at));
    }

    @ParameterizedTest(name = "{0} - {1} h = {2}")
    @CsvSource({
        "2026-03-03T17:00, 8, 2026-03-03T08:00",
        "2026-03-03T12:00, 4, 2026-03-03T08:00",
        "2026-03-03T17:00, 4, 2026-03-03T13:00",
        "2026-02-23T10:00, 8, 2026-02-13T10:00",
        "2026-04-28T17:00, 16, 2026-04-24T08:00",
        "2026-08-24T12:00, 8, 2026-08-22T13:00",
        "2026-03-09T08:00, 8, 2026-03-06T08:00",
    })
    void subtractWorkingTimeForDueSoon(String due, int hours, String expected) {
        assertEquals(expected, Cases.toLocal(calendar.subtractWorkingTime(Cases.UNIT, Cases.local(due), Duration.ofHours(hours))).toString());
    }

    @Test
    void dueSoonIsOneWorkingDayBeforeByDefault() {
        assertEquals(Duration.ofHours(8), calendar.dueSoonThreshold());
        assertEquals("2026-02-13T10:00", Cases.toLocal(calendar.dueSoonFrom(Cases.UNIT, Cases.local("2026-02-23T10:00"))).toString());
    }

    @Test
    void addWorkingTimeKeepsSubSecondPrecisionAndZeroIsIdentity() {
        Instant start = Cases.local("2026-03-02T09:00").plusMillis(250);
        assertEquals(start.plus(Duration.ofMinutes(90)), calendar.addWorkingTime(Cases.UNIT, start, Duration.ofMinutes(90)));
        Instant sunday = Cases.local("2026-03-08T10:00");
        assertEquals(sunday, calendar.addWorkingTime(Cases.UNIT, sunday, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> calendar.addWorkingTime(Cases.UNIT, start, Duration.ofHours(-1)));
    }

    @ParameterizedTest(name = "done {0}, due {1}: {2}")
    @CsvSource({
        "2026-03-02T16:00, 2026-03-03T17:00, EARLY",
        "2026-03-03T08:05, 2026-03-03T17:00, ON_TIME",
        "2026-03-03T17:00, 2026-03-03T17:00, ON_TIME",
        "2026-03-03T17:01, 2026-03-03T17:00, LATE",
        "2026-03-03T10:30, 2026-03-03T10:00, LATE",
        "2026-03-03T00:30, 2026-03-03T10:00, ON_TIME",
        "2026-03-02T23:59, 2026-03-03T10:00, EARLY",
    })
    void classify(String completedAt, String due, Timeliness expected) {
        assertEquals(expected, calendar.classify(Cases.UNIT, Cases.local(completedAt), Cases.local(due)));
    }

    @Test
    void rejectsInstantsOutsideTheSupportedYears() {
        assertThrows(IllegalArgumentException.class,
                () -> calendar.nextWorkingMoment(Cases.UNIT, Cases.local("2250-01-01T08:00")));
    }
}
