package vn.motcua.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.api.procedure.TimeLimit;
import vn.motcua.calendar.CalendarStorage;
import vn.motcua.calendar.DeadlineRequest;
import vn.motcua.calendar.UnitClosure;
import vn.motcua.calendar.YearSchedule;

/** Two calendars ("nodes", each with its own data folder) over one shared store of calendar files (decision 1415). */
class SharedCalendarTest {

    @TempDir
    Path data;

    /** The database's behaviour in memory: files by name and a change number. */
    static final class FakeStorage implements CalendarStorage {
        private long number;
        private boolean published;
        private final Map<String, String> files = new HashMap<>();

        @Override
        public synchronized long changeNumber() {
            return number;
        }

        @Override
        public synchronized State read() {
            return new State(number, files);
        }

        @Override
        public synchronized void write(String file, String yaml) {
            files.put(file, yaml);
            published = true;
            number++;
        }

        @Override
        public synchronized void remove(String file) {
            files.remove(file);
            number++;
        }

        @Override
        public synchronized boolean publishIfNone(Map<String, String> mine) {
            number++;
            if (published) {
                return false;
            }
            published = true;
            files.putAll(mine);
            return true;
        }
    }

    /** A node already sharing {@code db}. */
    private ConfiguredWorkingCalendar attached(String name, FakeStorage db) {
        ConfiguredWorkingCalendar node = node(name);
        node.attach(db);
        return node;
    }

    private ConfiguredWorkingCalendar node(String name) {
        return ConfiguredWorkingCalendar.load(Cases.CONFIG, Optional.of(data.resolve(name)), Clock.systemUTC());
    }

    private static String due(ConfiguredWorkingCalendar calendar, String receivedAt) {
        return Cases.toLocal(calendar.deadline(DeadlineRequest.of(Cases.UNIT, Cases.local(receivedAt), TimeLimit.workingDays(1)))
                .due()).toString();
    }

    @Test
    void aHolidayStoredOnOneNodeChangesTheDeadlinesOfTheOtherFromItsNextPoll() {
        FakeStorage db = new FakeStorage();
        ConfiguredWorkingCalendar a = attached("a", db);
        ConfiguredWorkingCalendar b = attached("b", db);
        assertEquals("2027-03-01T17:00", due(b, "2027-03-01T08:00"));

        a.replaceSchedule(new YearSchedule(2027, true,
                List.of(new YearSchedule.Day(LocalDate.of(2027, 3, 1), "Nghỉ theo quyết định thử nghiệm")), List.of(), "test"));
        assertEquals("2027-03-01T17:00", due(b, "2027-03-01T08:00"), "not before the poll");
        assertTrue(b.refresh());
        assertEquals("2027-03-02T17:00", due(b, "2027-03-01T08:00"));
        assertTrue(b.schedule(2027).official());
        assertFalse(b.refresh(), "nothing changed since");
        assertTrue(Files.exists(data.resolve("b/calendar/2027.yaml")), "node b keeps its local copy");

        assertTrue(b.removeSchedule(2027));
        a.refresh();
        assertFalse(a.schedule(2027).official());
        assertFalse(Files.exists(data.resolve("a/calendar/2027.yaml")), "the copy follows the removal");
    }

    @Test
    void aClosureAddedOnOneNodeIsInForceOnTheOtherAndClosuresOfBothAreKept() {
        FakeStorage db = new FakeStorage();
        ConfiguredWorkingCalendar a = attached("a", db);
        ConfiguredWorkingCalendar b = attached("b", db);
        UnitClosure flood = new UnitClosure(Cases.UNIT, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 1), "Ngập lụt");
        a.addClosure(flood);
        b.refresh();
        assertEquals(List.of(flood), b.closures(Cases.UNIT).stream().filter(c -> c.from().getYear() == 2027).toList());
        assertEquals("2027-03-02T17:00", due(b, "2027-03-01T08:00"));

        // b adds its own without a poll in between: a's closure is not overwritten
        UnitClosure works = new UnitClosure(Cases.UNIT, LocalDate.of(2027, 4, 5), LocalDate.of(2027, 4, 5), "Sửa trụ sở");
        b.addClosure(works);
        a.refresh();
        assertEquals(List.of(flood, works), a.closures(Cases.UNIT).stream().filter(c -> c.from().getYear() == 2027).toList());
    }

    @Test
    void theFirstNodePublishesItsDataFolderAndALaterNodesStaleFilesGiveWay() {
        ConfiguredWorkingCalendar single = node("a");
        single.replaceSchedule(new YearSchedule(2027, true,
                List.of(new YearSchedule.Day(LocalDate.of(2027, 3, 1), "Trước khi nâng cấp")), List.of(), "test"));
        ConfiguredWorkingCalendar stale = node("b");
        stale.replaceSchedule(new YearSchedule(2028, true,
                List.of(new YearSchedule.Day(LocalDate.of(2028, 3, 1), "Bản cũ")), List.of(), "test"));

        FakeStorage db = new FakeStorage();
        node("a").attach(db);
        ConfiguredWorkingCalendar later = node("b");
        later.attach(db);
        assertTrue(later.schedule(2027).official());
        assertFalse(later.schedule(2028).official());
        assertFalse(Files.exists(data.resolve("b/calendar/2028.yaml")));
    }

    @Test
    void thePollIntervalIsCheckedAtStart() {
        assertEquals(500, SharedCalendarPoll.interval(null));
        assertEquals(200, SharedCalendarPoll.interval("200"));
        assertThrows(IllegalArgumentException.class, () -> SharedCalendarPoll.interval("10"));
        assertThrows(IllegalArgumentException.class, () -> SharedCalendarPoll.interval("soon"));
    }
}
