package vn.motcua.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.storage.ReportFilter;

/** When a figure's list is read through its cells instead of a walk of the period (decision 1013). */
class FigureCellsTest {

    private static final ReportFilter CITY = new ReportFilter(List.of(), null, 202512, 202611);
    private static final ReportFilter WARD = new ReportFilter(List.of("00004"), null, 202512, 202611);

    @Test
    void aFewDossiersCityWideAreReadFromTheirCells() {
        // 7 dossiers among 500,000 in 7 cells of ~300 arrivals: the walk would pass the whole period
        FigureCells rare = new FigureCells(7, 500_000, cells(7), 2_100);
        assertTrue(rare.cheaperThanWalk(CITY, 0, 51));
    }

    @Test
    void aCommonFigureWalksTheIndexUntilItsPageIsFull() {
        // 'finished late': 45,000 in every cell; a page of 51 is found after ~570 entries
        FigureCells late = new FigureCells(45_000, 500_000, cells(400), 500_000);
        assertFalse(late.cheaperThanWalk(CITY, 0, 51));
        // 'stopped without reason': 3,000 spread over nearly every cell
        assertFalse(new FigureCells(3_000, 500_000, cells(400), 490_000).cheaperThanWalk(CITY, 0, 51));
    }

    @Test
    void aDeepPageWalksFurther() {
        FigureCells some = new FigureCells(200, 500_000, cells(100), 30_000);
        assertFalse(some.cheaperThanWalk(CITY, 0, 10), "10 of 200: 25,000 entries walked");
        assertTrue(some.cheaperThanWalk(CITY, 150, 50), "the last 50 of 200: 500,000 entries walked");
    }

    @Test
    void withinUnitsTheCellsAreCheaperWhenTheyLeaveOutSomeOfTheUnitsMonths() {
        assertTrue(new FigureCells(2, 3_400, cells(2), 600).cheaperThanWalk(WARD, 0, 51));
        assertFalse(new FigureCells(300, 3_400, cells(12), 3_400).cheaperThanWalk(WARD, 0, 51));
    }

    @Test
    void tooManyCellsWalk() {
        assertFalse(new FigureCells(600, 10_000_000, cells(FigureCells.MAX_CELLS + 1), 200_000).cheaperThanWalk(CITY, 0, 51));
    }

    @Test
    void theConditionNamesEachCellOnce() {
        assertEquals("(unit_code, finished_month) IN ((:cu0, :cm0), (:cu1, :cm1))", new FigureCells(2, 10, cells(2), 2)
                .condition("finished_month"));
    }

    private static List<FigureCells.Cell> cells(int n) {
        return Collections.nCopies(n, new FigureCells.Cell("00004", 202605));
    }
}
