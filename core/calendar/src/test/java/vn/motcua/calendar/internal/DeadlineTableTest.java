package vn.motcua.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import vn.motcua.api.procedure.ClockPolicy;
import vn.motcua.calendar.Deadline;
import vn.motcua.calendar.DeadlineRequest;

/** The hand-checked table of deadlines on the official schedules 2024–2026 (src/test/resources/deadline-cases.csv). */
class DeadlineTableTest {

    private static ConfiguredWorkingCalendar calendar;

    @BeforeAll
    static void load() {
        calendar = Cases.calendar();
    }

    @ParameterizedTest(name = "#{0} {6}: {1} {2} -> {5}")
    @CsvFileSource(resources = "/deadline-cases.csv", numLinesToSkip = 0, delimiter = ',')
    void dueTimeMatchesHandCheckedValue(int id, String receivedAt, String limit, String stops, String policy,
                                        String expected, String note) {
        DeadlineRequest request = new DeadlineRequest(Cases.UNIT, Cases.local(receivedAt), Cases.limit(limit),
                Cases.stops(stops), ClockPolicy.valueOf(policy));
        Deadline deadline = calendar.deadline(request);
        Optional<Instant> fast = calendar.dueAt(request);
        if (expected.equals("SUSPENDED")) {
            assertNull(deadline.due(), "case " + id + ": " + note);
            assertEquals(Optional.empty(), fast, "case " + id + " (dueAt)");
        } else {
            assertEquals(expected, Cases.toLocal(deadline.due()).toString(), "case " + id + ": " + note);
            assertEquals(Optional.of(deadline.due()), fast, "case " + id + ": dueAt agrees with deadline");
        }
    }
}
