package vn.motcua.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkListMergeTest {

    private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");

    record Line(String code, Instant due) {
    }

    private static Line line(String code, int hoursFromNow) {
        return new Line(code, NOW.plusSeconds(hoursFromNow * 3600L));
    }

    @Test
    void anOnlineDossierWithoutAStepDeadlineComesBeforeLaterDeadlinesOfAnotherQueue() {
        List<Line> counter = List.of(new Line("online-waiting", null), line("counter-later", 30));
        List<Line> specialist = List.of(line("overdue", -5), line("tomorrow", 20));

        List<Line> merged = WorkListMerge.merge(List.of(counter, specialist), Line::due, Line::code, NOW);

        assertEquals(List.of("overdue", "online-waiting", "tomorrow", "counter-later"), merged.stream().map(Line::code).toList());
    }

    @Test
    void aDossierInTwoQueuesIsListedOnceAtItsFirstPlace() {
        List<Line> counter = List.of(line("a", 1), line("shared", 5));
        List<Line> leader = List.of(line("shared", 5), line("b", 9));

        List<Line> merged = WorkListMerge.merge(List.of(counter, leader), Line::due, Line::code, NOW);

        assertEquals(List.of("a", "shared", "b"), merged.stream().map(Line::code).toList());
    }

    @Test
    void eachQueueKeepsItsOwnOrder() {
        // the storage orders a queue by COALESCE(step deadline, submission): the merge never reorders within a queue
        List<Line> counter = List.of(line("first", 10), line("second", 2));

        assertEquals(List.of("first", "second"),
                WorkListMerge.merge(List.of(counter), Line::due, Line::code, NOW).stream().map(Line::code).toList());
    }
}
