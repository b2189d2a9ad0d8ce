package vn.motcua.workspace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QueuePageTest {

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

        QueuePage<Line> page = QueuePage.of(List.of(counter, specialist), Line::due, NOW, l -> true, 1, 51);

        assertEquals(List.of("overdue", "online-waiting", "tomorrow", "counter-later"), page.rows().stream().map(Line::code).toList());
        assertFalse(page.hasNext());
    }

    @Test
    void moreThanAPageIsPagedNotCutOff() {
        List<Line> many = new ArrayList<>();
        IntStream.range(0, 620).forEach(i -> many.add(line(String.format("d%04d", i), i)));

        QueuePage<Line> first = QueuePage.of(List.of(many), Line::due, NOW, l -> true, 1, 1000);
        QueuePage<Line> last = QueuePage.of(List.of(many), Line::due, NOW, l -> true, 13, 1000);

        assertEquals(QueuePage.SIZE, first.rows().size());
        assertTrue(first.hasNext());
        assertEquals("d0600", last.rows().get(0).code());
        assertEquals(20, last.rows().size());
        assertFalse(last.hasNext());
        assertFalse(last.capped());
        assertEquals(601, QueuePage.fetchSize(12, false));
        assertEquals(1000, QueuePage.fetchSize(40, false));
        assertEquals(1000, QueuePage.fetchSize(1, true));
    }

    @Test
    void aFilterAppliesBeforePagingAndAFullFetchIsReportedAsCapped() {
        List<Line> many = new ArrayList<>();
        IntStream.range(0, 1000).forEach(i -> many.add(line((i % 10 == 0 ? "x" : "y") + i, i)));

        QueuePage<Line> page = QueuePage.of(List.of(many), Line::due, NOW, l -> l.code().startsWith("x"), 2, 1000);

        assertEquals(List.of("x500", "x510"), page.rows().subList(0, 2).stream().map(Line::code).toList());
        assertEquals(50, page.rows().size());
        assertFalse(page.hasNext());
        assertTrue(page.capped(), "1,000 lines came back: there may be more, the page must say so");
    }
}
