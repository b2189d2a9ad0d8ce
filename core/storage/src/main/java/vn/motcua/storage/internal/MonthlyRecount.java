package vn.motcua.storage.internal;

import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Handle;
import vn.motcua.storage.ReportFigure;

/**
 * The monthly tables beside the report facts, each recounted for one bucket at a time in the roll-up's transaction
 * (decisions 1000, 1012): {@code report_monthly} per unit, procedure and month from {@code report_dossiers} with the
 * figures' one definition; {@code report_unit_monthly} and {@code report_procedure_monthly} as sums of
 * {@code report_monthly}, so that a city-wide view reads a few thousand rows instead of 100,000; and
 * {@code report_officer_monthly} per unit, month and officer from {@code report_handovers}. Stateless.
 */
final class MonthlyRecount {

    /** The figures kept per month: every one but those of the moment. */
    static final List<ReportFigure> PERIOD = Arrays.stream(ReportFigure.values())
            .filter(f -> f.dated() != ReportFigure.Dated.NOW).toList();
    private static final String FINISHED = FigureSql.condition(ReportFigure.FINISHED);

    /** A roll-up of {@code report_monthly} over one of its keys. */
    enum Rollup {
        UNIT("report_unit_monthly", "unit_code"),
        PROCEDURE("report_procedure_monthly", "procedure_code");

        final String table;
        final String key;

        Rollup(String table, String key) {
            this.table = table;
            this.key = key;
        }
    }

    private MonthlyRecount() {
    }

    /** Recounts the {@code report_monthly} rows of one unit and month from the dossier facts. */
    static void unitProcedureMonth(Handle h, String unit, int month) {
        h.createUpdate("DELETE FROM report_monthly WHERE unit_code = :unit AND period_month = :month")
                .bind("unit", unit).bind("month", month).execute();
        StringBuilder sums = new StringBuilder();
        for (ReportFigure f : PERIOD) {
            sums.append(", SUM(CASE WHEN ").append(FigureSql.monthColumn(f)).append(" = :month AND ")
                    .append(FigureSql.condition(f)).append(" THEN 1 ELSE 0 END)");
        }
        String finishedHere = "finished_month = :month AND " + FINISHED + " AND limit_minutes > 0";
        h.createUpdate("INSERT INTO report_monthly (unit_code, procedure_code, period_month" + columns()
                        + ") SELECT unit_code, procedure_code, :month" + sums
                        + ", SUM(CASE WHEN " + finishedHere + " THEN used_minutes ELSE 0 END)"
                        + ", SUM(CASE WHEN " + finishedHere + " THEN limit_minutes ELSE 0 END)"
                        + ", MAX(CASE WHEN " + finishedHere + " THEN used_minutes * 1000 / limit_minutes ELSE 0 END)"
                        + " FROM report_dossiers WHERE unit_code = :unit AND (submitted_month = :month OR finished_month = :month)"
                        + " GROUP BY unit_code, procedure_code")
                .bind("unit", unit).bind("month", month).execute();
    }

    /** Recounts one row of a roll-up (a unit's or a procedure's month) from {@code report_monthly}. */
    static void rollup(Handle h, Rollup r, String key, int month) {
        h.createUpdate("DELETE FROM " + r.table + " WHERE " + r.key + " = :key AND period_month = :month")
                .bind("key", key).bind("month", month).execute();
        h.createUpdate(rollupInsert(r) + " WHERE " + r.key + " = :key AND period_month = :month GROUP BY " + r.key + ", period_month")
                .bind("key", key).bind("month", month).execute();
    }

    /** Recounts one unit's month of hand-overs per officer from {@code report_handovers}. */
    static void officers(Handle h, String unit, int month) {
        h.createUpdate("DELETE FROM report_officer_monthly WHERE unit_code = :unit AND period_month = :month")
                .bind("unit", unit).bind("month", month).execute();
        h.createUpdate(officersInsert() + " WHERE unit_code = :unit AND handed_over_month = :month"
                        + " GROUP BY unit_code, handed_over_month, actor")
                .bind("unit", unit).bind("month", month).execute();
    }

    /** Rebuilds the roll-ups and the officers' months wholesale, after {@code report_monthly} was rebuilt. */
    static void rebuildRollups(Handle h) {
        for (Rollup r : Rollup.values()) {
            h.execute("DELETE FROM " + r.table);
            h.execute(rollupInsert(r) + " GROUP BY " + r.key + ", period_month");
        }
        h.execute("DELETE FROM report_officer_monthly");
        h.execute(officersInsert() + " GROUP BY unit_code, handed_over_month, actor");
    }

    /** The monthly tables' figure columns, each with a leading comma. */
    private static String columns() {
        StringBuilder columns = new StringBuilder();
        PERIOD.forEach(f -> columns.append(", ").append(FigureSql.column(f)));
        return columns.append(", used_minutes, limit_minutes, worst_permille").toString();
    }

    private static String rollupInsert(Rollup r) {
        StringBuilder sums = new StringBuilder();
        PERIOD.forEach(f -> sums.append(", SUM(").append(FigureSql.column(f)).append(')'));
        return "INSERT INTO " + r.table + " (" + r.key + ", period_month" + columns() + ") SELECT " + r.key + ", period_month" + sums
                + ", SUM(used_minutes), SUM(limit_minutes), MAX(worst_permille) FROM report_monthly";
    }

    private static String officersInsert() {
        return "INSERT INTO report_officer_monthly (unit_code, period_month, actor, handovers, early, on_time, late)"
                + " SELECT unit_code, handed_over_month, actor, COUNT(*), SUM(CASE WHEN timing = 'EARLY' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN timing = 'ON_TIME' THEN 1 ELSE 0 END), SUM(CASE WHEN timing = 'LATE' THEN 1 ELSE 0 END)"
                + " FROM report_handovers";
    }
}
