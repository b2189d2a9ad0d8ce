package vn.motcua.storage.internal;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import vn.motcua.storage.ReportFigure;
import vn.motcua.storage.ReportFilter;

/**
 * Where a period figure counted its dossiers: the (unit, month) cells of the monthly tables with a non-zero count, read
 * in the same transaction as the facts, so their sum is the length of the figure's list (decisions 1012, 1013).
 *
 * <p>A list city-wide walks the period's index in its order and stops at its page: cheap for a common figure, a walk to
 * the period's end for a rare one (~27 s cold at 1,000,000 dossiers). A rare figure's list is read instead from its
 * cells through the {@code (unit_code, month)} indexes: a few hundred rows per cell, sorted in the database.
 *
 * @param count      the figure's dossiers in the filter
 * @param periodRows dossiers that arrived in the filter's units and months (what a walk of the period passes)
 * @param cells      the cells with a non-zero count
 * @param cellRows   dossiers that arrived in those cells (what reading the cells passes)
 */
record FigureCells(long count, long periodRows, List<Cell> cells, long cellRows) {

    /** Above this many cells the row-value list grows long for the databases' planners: walk instead. */
    static final int MAX_CELLS = 500;

    /** One unit's month. */
    record Cell(String unit, int month) {
    }

    /** The cells of a period figure under a filter, from the unit roll-up, or per procedure from report_monthly. */
    static FigureCells of(Handle h, ReportFilter filter, ReportFigure figure) {
        String table = filter.procedureCode() == null ? MonthlyRecount.Rollup.UNIT.table : "report_monthly";
        long[] totals = new long[3];
        List<Cell> cells = new ArrayList<>();
        JdbiReportStore.bind(h.createQuery("SELECT unit_code, period_month, SUM(" + FigureSql.column(figure) + ") AS n,"
                        + " SUM(received) AS arrived FROM " + table
                        + JdbiReportStore.where(filter, "period_month BETWEEN :from AND :to") + " GROUP BY unit_code, period_month"), filter)
                .map((rs, ctx) -> {
                    long n = rs.getLong("n");
                    long arrived = rs.getLong("arrived");
                    totals[0] += n;
                    totals[1] += arrived;
                    if (n > 0) {
                        cells.add(new Cell(rs.getString("unit_code"), rs.getInt("period_month")));
                        totals[2] += arrived;
                    }
                    return null;
                }).forEach(x -> { });
        return new FigureCells(totals[0], totals[1], List.copyOf(cells), totals[2]);
    }

    boolean empty() {
        return count == 0;
    }

    /**
     * Whether reading the cells passes fewer rows than the walk would: a walk city-wide passes about
     * {@code periodRows × (offset + limit) / count} entries before its page is full (all of them when the figure has
     * fewer dossiers than the page), a list within units reads the units' period. A cell's size is its arrivals, also
     * for a figure dated by its finishing month (about as many finish as arrive in a unit's month).
     */
    boolean cheaperThanWalk(ReportFilter filter, int offset, int limit) {
        if (cells.isEmpty() || cells.size() > MAX_CELLS) {
            return false;
        }
        double walked = filter.units().isEmpty() ? periodRows * Math.min(1.0, (offset + (double) limit) / count) : periodRows;
        return cellRows < walked;
    }

    /** {@code (unit_code, monthColumn) IN ((:cu0, :cm0), …)}: H2 2.x and PostgreSQL look each pair up in the index. */
    String condition(String monthColumn) {
        StringBuilder c = new StringBuilder("(unit_code, ").append(monthColumn).append(") IN (");
        for (int i = 0; i < cells.size(); i++) {
            c.append(i == 0 ? "" : ", ").append("(:cu").append(i).append(", :cm").append(i).append(')');
        }
        return c.append(')').toString();
    }

    Query bind(Query q) {
        for (int i = 0; i < cells.size(); i++) {
            q.bind("cu" + i, cells.get(i).unit()).bind("cm" + i, cells.get(i).month());
        }
        return q;
    }
}
