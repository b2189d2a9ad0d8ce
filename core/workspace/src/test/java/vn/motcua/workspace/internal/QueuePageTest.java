package vn.motcua.workspace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Paging and filtering of a work list the engine merged (the merge itself: engine's WorkListMergeTest). */
class QueuePageTest {

    @Test
    void moreThanAPageIsPagedNotCutOff() {
        List<String> many = IntStream.range(0, 620).mapToObj(i -> String.format("d%04d", i)).toList();

        QueuePage<String> first = QueuePage.of(many, l -> true, 1, false);
        QueuePage<String> last = QueuePage.of(many, l -> true, 13, false);

        assertEquals(QueuePage.SIZE, first.rows().size());
        assertTrue(first.hasNext());
        assertEquals("d0600", last.rows().get(0));
        assertEquals(20, last.rows().size());
        assertFalse(last.hasNext());
        assertFalse(last.capped());
        assertEquals(601, QueuePage.fetchSize(12, false));
        assertEquals(1000, QueuePage.fetchSize(40, false));
        assertEquals(1000, QueuePage.fetchSize(1, true));
    }

    @Test
    void aFilterAppliesBeforePagingAndACappedListSaysSo() {
        List<String> many = IntStream.range(0, 1000).mapToObj(i -> (i % 10 == 0 ? "x" : "y") + i).toList();

        QueuePage<String> page = QueuePage.of(many, l -> l.startsWith("x"), 2, true);

        assertEquals(List.of("x500", "x510"), page.rows().subList(0, 2));
        assertEquals(50, page.rows().size());
        assertFalse(page.hasNext());
        assertTrue(page.capped());
    }

    @Test
    void aPageBeyondTheEndIsEmpty() {
        QueuePage<String> page = QueuePage.of(List.of("a", "b"), l -> true, 3, false);
        assertTrue(page.rows().isEmpty());
        assertFalse(page.hasNext());
    }
}
