package vn.motcua.storage.internal;

import static vn.motcua.storage.internal.SqlTime.instant;
import static vn.motcua.storage.internal.SqlTime.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.statement.Query;
import vn.motcua.storage.DossierFactRecord;
import vn.motcua.storage.FedEvent;
import vn.motcua.storage.FigureRow;
import vn.motcua.storage.HandoverFactRecord;
import vn.motcua.storage.OfficerFigures;
import vn.motcua.storage.RatingCounts;
import vn.motcua.storage.ReportFigure;
import vn.motcua.storage.ReportFilter;
import vn.motcua.storage.ReportGrouping;
import vn.motcua.storage.ReportStore;

/** {@link ReportStore} on the dossier database, with its durability rules. Thread-safe. */
final class JdbiReportStore implements ReportStore {

    private static final List<ReportFigure> PERIOD = MonthlyRecount.PERIOD;
    private static final List<ReportFigure> MOMENT = Arrays.stream(ReportFigure.values())
            .filter(f -> f.dated() == ReportFigure.Dated.NOW).toList();
    private static final String FINISHED = FigureSql.condition(ReportFigure.FINISHED);
    /** The order of a period figure's list, which report_dossiers_recent (V1418) holds. */
    private static final String DOSSIER_ORDER = " ORDER BY submitted_at DESC, dossier_code";

    /** Transactions on the dossier database: writes are made durable, reads need no checkpoint. */
    interface Transactions {
        <T> T write(HandleCallback<T, RuntimeException> work);

        <T> T read(HandleCallback<T, RuntimeException> work);
    }

    private final Transactions db;

    JdbiReportStore(Transactions db) {
        this.db = db;
    }

    @Override
    public Optional<Instant> watermark(String name) {
        return db.read(h -> h.createQuery("SELECT mark FROM report_watermarks WHERE name = :name").bind("name", name)
                .map((rs, ctx) -> instant(rs, "mark")).findOne());
    }

    @Override
    public long eventMark(String name) {
        return db.read(h -> EventFeed.mark(h, name));
    }

    @Override
    public List<FedEvent> eventsAfter(long afterId, int limit) {
        return db.read(h -> EventFeed.after(h, afterId, limit));
    }

    @Override
    public void saveFacts(List<DossierFactRecord> facts, List<HandoverFactRecord> handovers, String watermarkName, Instant watermark,
                          long eventMark) {
        db.write(h -> {
            Set<Bucket> touched = new LinkedHashSet<>();
            Set<Bucket> procedures = new LinkedHashSet<>();
            Set<Bucket> officers = new LinkedHashSet<>();
            for (DossierFactRecord f : facts) {
                h.createQuery("SELECT unit_code, procedure_code, submitted_month, finished_month FROM report_dossiers"
                                + " WHERE dossier_code = :code")
                        .bind("code", f.dossierCode()).map((rs, ctx) -> {
                            touched.add(new Bucket(rs.getString(1), rs.getInt(3)));
                            procedures.add(new Bucket(rs.getString(2), rs.getInt(3)));
                            int finished = rs.getInt(4);
                            if (!rs.wasNull()) {
                                touched.add(new Bucket(rs.getString(1), finished));
                                procedures.add(new Bucket(rs.getString(2), finished));
                            }
                            return null;
                        }).list();
                h.createQuery("SELECT DISTINCT unit_code, handed_over_month FROM report_handovers WHERE dossier_code = :code")
                        .bind("code", f.dossierCode()).map((rs, ctx) -> new Bucket(rs.getString(1), rs.getInt(2)))
                        .forEach(officers::add);
                h.createUpdate("DELETE FROM report_dossiers WHERE dossier_code = :code").bind("code", f.dossierCode()).execute();
                h.createUpdate("DELETE FROM report_handovers WHERE dossier_code = :code").bind("code", f.dossierCode()).execute();
                insertFact(h, f);
                touched.add(new Bucket(f.unitCode(), ReportFilter.monthOf(f.submittedAt())));
                procedures.add(new Bucket(f.procedureCode(), ReportFilter.monthOf(f.submittedAt())));
                if (f.finishedAt() != null) {
                    touched.add(new Bucket(f.unitCode(), ReportFilter.monthOf(f.finishedAt())));
                    procedures.add(new Bucket(f.procedureCode(), ReportFilter.monthOf(f.finishedAt())));
                }
            }
            for (HandoverFactRecord o : handovers) {
                h.createUpdate("INSERT INTO report_handovers (dossier_code, seq, step_id, unit_code, actor, handed_over_at,"
                                + " handed_over_month, due_at, timing) VALUES (:code, :seq, :step, :unit, :actor, :at, :month, :due, :timing)")
                        .bind("code", o.dossierCode()).bind("seq", o.seq()).bind("step", o.stepId()).bind("unit", o.unitCode())
                        .bind("actor", o.actor()).bind("at", ts(o.handedOverAt())).bind("month", ReportFilter.monthOf(o.handedOverAt()))
                        .bind("due", ts(o.dueAt())).bind("timing", o.timing()).execute();
                officers.add(new Bucket(o.unitCode(), ReportFilter.monthOf(o.handedOverAt())));
            }
            for (Bucket b : touched) {
                MonthlyRecount.unitProcedureMonth(h, b.key(), b.month());
                MonthlyRecount.rollup(h, MonthlyRecount.Rollup.UNIT, b.key(), b.month());
            }
            // after every unit's month above: a procedure's month sums them
            for (Bucket b : procedures) {
                MonthlyRecount.rollup(h, MonthlyRecount.Rollup.PROCEDURE, b.key(), b.month());
            }
            for (Bucket b : officers) {
                MonthlyRecount.officers(h, b.key(), b.month());
            }
            if (watermark != null) {
                if (h.createUpdate("UPDATE report_watermarks SET mark = :mark WHERE name = :name").bind("mark", ts(watermark))
                        .bind("name", watermarkName).execute() == 0) {
                    h.createUpdate("INSERT INTO report_watermarks (name, mark) VALUES (:name, :mark)")
                            .bind("name", watermarkName).bind("mark", ts(watermark)).execute();
                }
            }
            if (eventMark >= 0) {
                EventFeed.saveMark(h, watermarkName, eventMark);
            }
            return null;
        });
    }

    private static void insertFact(Handle h, DossierFactRecord f) {
        h.createUpdate("INSERT INTO report_dossiers (dossier_code, unit_code, procedure_code, channel, status, submitted_at,"
                        + " submitted_month, received_at, finished_at, finished_month, due_at, due_soon_at, new_due_at, in_progress,"
                        + " current_unit, timing, outcome, supplements, apologies, late_handovers, stop_without_reason, attachments,"
                        + " used_minutes, limit_minutes, event_count, paid_online) VALUES (:code, :unit, :procedure, :channel, :status,"
                        + " :submitted, :submittedMonth, :received, :finished, :finishedMonth, :due, :dueSoon, :newDue,"
                        + " :inProgress, :currentUnit, :timing, :outcome, :supplements, :apologies, :lateHandovers,"
                        + " :stopWithoutReason, :attachments, :used, :limit, :events, :paidOnline)")
                .bind("code", f.dossierCode()).bind("unit", f.unitCode()).bind("procedure", f.procedureCode())
                .bind("channel", f.channel()).bind("status", f.status()).bind("submitted", ts(f.submittedAt()))
                .bind("submittedMonth", ReportFilter.monthOf(f.submittedAt())).bind("received", ts(f.receivedAt()))
                .bind("finished", ts(f.finishedAt()))
                .bind("finishedMonth", f.finishedAt() == null ? null : ReportFilter.monthOf(f.finishedAt()))
                .bind("due", ts(f.dueAt())).bind("dueSoon", ts(f.dueSoonAt())).bind("newDue", ts(f.newDueAt()))
                .bind("inProgress", f.inProgress()).bind("currentUnit", f.currentUnit()).bind("timing", f.timing())
                .bind("outcome", f.outcome()).bind("supplements", f.supplements()).bind("apologies", f.apologies())
                .bind("lateHandovers", f.lateHandovers()).bind("stopWithoutReason", f.stopWithoutReason())
                .bind("attachments", f.attachments())
                .bind("used", f.usedMinutes()).bind("limit", f.limitMinutes()).bind("events", f.eventCount())
                .bind("paidOnline", f.paidOnline()).execute();
    }

    /** A month of a unit, a procedure or a unit's officers, to recount. */
    private record Bucket(String key, int month) {
    }

    @Override
    public void rebuildMonthly() {
        List<Bucket> buckets = db.read(h -> h.createQuery("SELECT DISTINCT unit_code, submitted_month FROM report_dossiers"
                        + " UNION SELECT DISTINCT unit_code, finished_month FROM report_dossiers WHERE finished_month IS NOT NULL")
                .map((rs, ctx) -> new Bucket(rs.getString(1), rs.getInt(2))).list());
        db.write(h -> h.execute("DELETE FROM report_monthly"));
        for (int i = 0; i < buckets.size(); i += 200) {
            List<Bucket> slice = buckets.subList(i, Math.min(buckets.size(), i + 200));
            db.write(h -> {
                slice.forEach(b -> MonthlyRecount.unitProcedureMonth(h, b.key(), b.month()));
                return null;
            });
        }
        db.write(h -> {
            MonthlyRecount.rebuildRollups(h);
            return null;
        });
    }

    @Override
    public List<FigureRow> figures(ReportFilter filter, ReportGrouping grouping, Instant now) {
        StringBuilder select = new StringBuilder("SELECT ").append(key(grouping, "period_month"));
        for (ReportFigure f : PERIOD) {
            select.append(", SUM(").append(FigureSql.column(f)).append(") AS ").append(FigureSql.column(f));
        }
        select.append(", SUM(used_minutes) AS used, SUM(limit_minutes) AS lim, MAX(worst_permille) AS worst FROM ")
                .append(monthlyTable(filter, grouping))
                .append(where(filter, "period_month BETWEEN :from AND :to")).append(groupBy(grouping, "period_month"));
        Map<String, FigureRow> rows = db.read(h -> bind(h.createQuery(select.toString()), filter)
                .map((rs, ctx) -> row(rs, PERIOD)).list()).stream()
                .collect(Collectors.toMap(FigureRow::key, r -> r, (a, b) -> a, LinkedHashMap::new));
        return merge(rows, moments(filter, grouping, now));
    }

    /**
     * The smallest monthly table that holds the figures asked for: per unit when no procedure is involved, per procedure
     * when no unit is, per unit and procedure otherwise (decision 1012).
     */
    private static String monthlyTable(ReportFilter filter, ReportGrouping grouping) {
        if (filter.procedureCode() == null && grouping != ReportGrouping.PROCEDURE) {
            return MonthlyRecount.Rollup.UNIT.table;
        }
        if (filter.units().isEmpty() && grouping != ReportGrouping.UNIT) {
            return MonthlyRecount.Rollup.PROCEDURE.table;
        }
        return "report_monthly";
    }

    @Override
    public List<FigureRow> recount(ReportFilter filter, ReportGrouping grouping, Instant now) {
        Map<String, FigureRow> rows = new LinkedHashMap<>();
        for (ReportFigure.Dated dated : List.of(ReportFigure.Dated.SUBMITTED, ReportFigure.Dated.FINISHED)) {
            List<ReportFigure> figures = PERIOD.stream().filter(f -> f.dated() == dated).toList();
            String month = dated == ReportFigure.Dated.SUBMITTED ? "submitted_month" : "finished_month";
            StringBuilder select = new StringBuilder("SELECT ").append(key(grouping, month));
            figures.forEach(f -> select.append(", SUM(CASE WHEN ").append(FigureSql.condition(f))
                    .append(" THEN 1 ELSE 0 END) AS ").append(FigureSql.column(f)));
            String used = dated == ReportFigure.Dated.FINISHED ? "limit_minutes > 0 AND " + FINISHED : "1 = 0";
            select.append(", SUM(CASE WHEN ").append(used).append(" THEN used_minutes ELSE 0 END) AS used")
                    .append(", SUM(CASE WHEN ").append(used).append(" THEN limit_minutes ELSE 0 END) AS lim")
                    .append(", MAX(CASE WHEN ").append(used).append(" THEN used_minutes * 1000 / limit_minutes ELSE 0 END) AS worst")
                    .append(" FROM report_dossiers").append(where(filter, month + " BETWEEN :from AND :to"))
                    .append(groupBy(grouping, month));
            db.read(h -> bind(h.createQuery(select.toString()), filter).map((rs, ctx) -> row(rs, figures)).list())
                    .forEach(r -> rows.merge(r.key(), r, JdbiReportStore::sum));
        }
        return merge(rows, moments(filter, grouping, now));
    }

    /** The figures of the moment, counted from the open dossiers' facts. */
    private List<FigureRow> moments(ReportFilter filter, ReportGrouping grouping, Instant now) {
        if (grouping == ReportGrouping.MONTH) {
            return List.of();
        }
        StringBuilder select = new StringBuilder("SELECT ").append(key(grouping, null));
        MOMENT.forEach(f -> select.append(", SUM(CASE WHEN ").append(FigureSql.condition(f))
                .append(" THEN 1 ELSE 0 END) AS ").append(FigureSql.column(f)));
        select.append(", 0 AS used, 0 AS lim, 0 AS worst FROM report_dossiers")
                .append(where(filter, "in_progress = TRUE")).append(groupBy(grouping, null));
        return db.read(h -> bind(h.createQuery(select.toString()), filter).bind("now", ts(now))
                .map((rs, ctx) -> row(rs, MOMENT)).list());
    }

    /** Adds the figures of the moment and gives every row every figure (0 where nothing counted). */
    private static List<FigureRow> merge(Map<String, FigureRow> rows, List<FigureRow> more) {
        more.forEach(r -> rows.merge(r.key(), r, JdbiReportStore::sum));
        List<FigureRow> out = new ArrayList<>(rows.size());
        for (FigureRow r : rows.values()) {
            Map<ReportFigure, Long> counts = new EnumMap<>(ReportFigure.class);
            PERIOD.forEach(f -> counts.put(f, 0L));
            counts.putAll(r.counts());
            out.add(new FigureRow(r.key(), counts, r.usedMinutes(), r.limitMinutes(), r.worstPermille()));
        }
        out.sort(java.util.Comparator.comparing(FigureRow::key));
        return out;
    }

    private static FigureRow sum(FigureRow a, FigureRow b) {
        Map<ReportFigure, Long> counts = new EnumMap<>(ReportFigure.class);
        counts.putAll(a.counts());
        b.counts().forEach((f, n) -> counts.merge(f, n, Long::sum));
        return new FigureRow(a.key(), counts, a.usedMinutes() + b.usedMinutes(), a.limitMinutes() + b.limitMinutes(),
                Math.max(a.worstPermille(), b.worstPermille()));
    }

    private static FigureRow row(ResultSet rs, List<ReportFigure> figures) throws SQLException {
        Map<ReportFigure, Long> counts = new EnumMap<>(ReportFigure.class);
        for (ReportFigure f : figures) {
            counts.put(f, rs.getLong(FigureSql.column(f)));
        }
        return new FigureRow(String.valueOf(rs.getObject("k") == null ? "" : rs.getObject("k")), counts,
                rs.getLong("used"), rs.getLong("lim"), rs.getLong("worst"));
    }

    private static String key(ReportGrouping g, String month) {
        return switch (g) {
            case TOTAL -> "'' AS k";
            case UNIT -> "unit_code AS k";
            case PROCEDURE -> "procedure_code AS k";
            case MONTH -> month + " AS k";
        };
    }

    private static String groupBy(ReportGrouping g, String month) {
        return switch (g) {
            case TOTAL -> "";
            case UNIT -> " GROUP BY unit_code ORDER BY unit_code";
            case PROCEDURE -> " GROUP BY procedure_code ORDER BY procedure_code";
            case MONTH -> " GROUP BY " + month + " ORDER BY " + month;
        };
    }

    /** WHERE with the filter's units and procedure and the given condition; units are bound as :u0, :u1, … */
    static String where(ReportFilter f, String condition) {
        StringBuilder w = new StringBuilder(" WHERE ").append(condition);
        if (!f.units().isEmpty()) {
            w.append(" AND unit_code IN (");
            for (int i = 0; i < f.units().size(); i++) {
                w.append(i == 0 ? "" : ", ").append(":u").append(i);
            }
            w.append(')');
        }
        if (f.procedureCode() != null) {
            w.append(" AND procedure_code = :procedure");
        }
        return w.toString();
    }

    static Query bind(Query q, ReportFilter f) {
        for (int i = 0; i < f.units().size(); i++) {
            q.bind("u" + i, f.units().get(i));
        }
        if (f.procedureCode() != null) {
            q.bind("procedure", f.procedureCode());
        }
        return q.bind("from", f.fromMonth()).bind("to", f.toMonth());
    }

    @Override
    public List<DossierFactRecord> dossiers(ReportFilter filter, ReportFigure figure, Instant now, int offset, int limit) {
        return db.read(h -> dossierQuery(h, filter, figure, now, offset, limit)
                .map(q -> q.map((rs, ctx) -> fact(rs)).list()).orElse(List.of()));
    }

    @Override
    public void eachDossier(ReportFilter filter, ReportFigure figure, Instant now, int limit, Consumer<DossierFactRecord> row) {
        Objects.requireNonNull(row, "row");
        db.read(h -> {
            // rows are handed on as they are read: PostgreSQL sends them in batches of the fetch size within the
            // transaction instead of all at once, H2 keeps its result and the caller holds one row at a time
            dossierQuery(h, filter, figure, now, 0, limit)
                    .ifPresent(q -> q.setFetchSize(1000).map((rs, ctx) -> fact(rs)).forEach(row));
            return null;
        });
    }

    /**
     * The query of the facts behind one figure, most recent first (figures of the moment: soonest due first); empty when
     * the monthly counts, kept in the same transactions as the facts, say a period figure has no dossier (a walk of the
     * whole period for nothing took 26 s at 1,000,000 dossiers, decision 1012). Paged and streamed lists share it, so
     * they give the same rows in the same order.
     */
    private static Optional<Query> dossierQuery(Handle h, ReportFilter filter, ReportFigure figure, Instant now, int offset, int limit) {
        if (figure.dated() == ReportFigure.Dated.NOW) {
            return Optional.of(periodQuery(h, filter, figure, offset, limit).bind("now", ts(now)));
        }
        FigureCells cells = FigureCells.of(h, filter, figure);
        if (cells.empty()) {
            return Optional.empty();
        }
        return Optional.of(cells.cheaperThanWalk(filter, offset, limit) ? cellQuery(h, filter, figure, cells, offset, limit)
                : periodQuery(h, filter, figure, offset, limit));
    }

    /**
     * The facts of a figure in the filter's period. A figure dated by submission is also bounded by the instants of its
     * months, which the month column already implies: that lets a city-wide list walk the index report_dossiers_recent
     * (V1418) over the period only, and stop at its page.
     */
    private static Query periodQuery(Handle h, ReportFilter filter, ReportFigure figure, int offset, int limit) {
        String month = FigureSql.monthColumn(figure);
        boolean submitted = figure.dated() == ReportFigure.Dated.SUBMITTED;
        String condition = (month == null ? "" : month + " BETWEEN :from AND :to AND ")
                + (submitted ? "submitted_at >= :fromAt AND submitted_at < :toAt AND " : "") + FigureSql.condition(figure);
        String order = month == null ? momentOrder(filter) : DOSSIER_ORDER;
        Query q = bind(h.createQuery("SELECT * FROM report_dossiers" + where(filter, condition) + order
                + " LIMIT :limit OFFSET :offset"), filter).bind("limit", limit).bind("offset", offset);
        return submitted ? bindPeriod(q, filter) : q;
    }

    /**
     * Soonest due first. Every figure of the moment is of open facts (in_progress = TRUE), so leading with in_progress
     * changes no order; city-wide it lets H2 see that report_dossiers_open_due (V1421) holds the order and stop at the
     * page (PostgreSQL sees it either way). Within units report_dossiers_open finds the units' few open facts instead.
     */
    private static String momentOrder(ReportFilter filter) {
        return filter.units().isEmpty() ? " ORDER BY in_progress, due_at, dossier_code" : " ORDER BY due_at, dossier_code";
    }

    /**
     * The facts of a rare figure, read from the (unit, month) cells where it counted dossiers through
     * report_dossiers_submitted or report_dossiers_finished, and sorted: the cells lie within the filter, so neither
     * the period nor the units need repeating (decision 1013).
     */
    private static Query cellQuery(Handle h, ReportFilter filter, ReportFigure figure, FigureCells cells, int offset, int limit) {
        String procedure = filter.procedureCode() == null ? "" : " AND procedure_code = :procedure";
        Query q = cells.bind(h.createQuery("SELECT * FROM report_dossiers WHERE " + cells.condition(FigureSql.monthColumn(figure))
                        + " AND " + FigureSql.condition(figure) + procedure + DOSSIER_ORDER + " LIMIT :limit OFFSET :offset"))
                .bind("limit", limit).bind("offset", offset);
        return filter.procedureCode() == null ? q : q.bind("procedure", filter.procedureCode());
    }

    /** Binds :fromAt and :toAt, the first instant of the filter's first month and of the month after its last. */
    private static Query bindPeriod(Query q, ReportFilter filter) {
        return q.bind("fromAt", ts(ReportFilter.monthStart(filter.fromMonth())))
                .bind("toAt", ts(ReportFilter.monthStart(ReportFilter.nextMonth(filter.toMonth()))));
    }

    @Override
    public List<OfficerFigures> officers(ReportFilter filter, int limit) {
        // the officers' months (V1419), not a year of hand-overs
        return db.read(h -> bind(h.createQuery("SELECT actor, unit_code, SUM(early) AS early, SUM(on_time) AS on_time,"
                        + " SUM(late) AS late FROM report_officer_monthly"
                        + where(withoutProcedure(filter), "period_month BETWEEN :from AND :to")
                        + " GROUP BY actor, unit_code ORDER BY SUM(handovers) DESC, actor LIMIT :limit"), withoutProcedure(filter))
                .bind("limit", limit)
                .map((rs, ctx) -> new OfficerFigures(rs.getString("actor"), rs.getString("unit_code"), rs.getLong("early"),
                        rs.getLong("on_time"), rs.getLong("late"))).list());
    }

    @Override
    public List<HandoverFactRecord> lateHandovers(ReportFilter filter, int limit) {
        // the instants of the months bound the walk of report_handovers_recent (V1418) to the period
        return db.read(h -> bindPeriod(bind(h.createQuery("SELECT * FROM report_handovers"
                        + where(withoutProcedure(filter), "handed_over_month BETWEEN :from AND :to"
                                + " AND handed_over_at >= :fromAt AND handed_over_at < :toAt AND timing = 'LATE'")
                        + " ORDER BY handed_over_at DESC, dossier_code LIMIT :limit"), withoutProcedure(filter)), filter)
                .bind("limit", limit)
                .map((rs, ctx) -> new HandoverFactRecord(rs.getString("dossier_code"), rs.getInt("seq"), rs.getString("step_id"),
                        rs.getString("unit_code"), rs.getString("actor"), instant(rs, "handed_over_at"), instant(rs, "due_at"),
                        rs.getString("timing"))).list());
    }

    /** Hand-overs have no procedure column: their filter is by unit and month only. */
    private static ReportFilter withoutProcedure(ReportFilter f) {
        return new ReportFilter(f.units(), null, f.fromMonth(), f.toMonth());
    }

    @Override
    public RatingCounts ratings(ReportFilter filter, int satisfiedFrom) {
        return db.read(h -> bind(h.createQuery("SELECT COUNT(*) AS total, SUM(CASE WHEN overall >= :satisfied THEN 1 ELSE 0 END)"
                        + " AS satisfied FROM evaluations" + where(filter, "evaluated_at >= :start AND evaluated_at < :end")), filter)
                .bind("satisfied", satisfiedFrom).bind("start", ts(ReportFilter.monthStart(filter.fromMonth())))
                .bind("end", ts(ReportFilter.monthStart(ReportFilter.nextMonth(filter.toMonth()))))
                .map((rs, ctx) -> new RatingCounts(rs.getLong("total"), rs.getLong("satisfied"))).one());
    }

    @Override
    public Optional<DossierFactRecord> fact(String dossierCode) {
        return db.read(h -> h.createQuery("SELECT * FROM report_dossiers WHERE dossier_code = :code")
                .bind("code", dossierCode).map((rs, ctx) -> fact(rs)).findOne());
    }

    @Override
    public java.util.Map<String, Long> overdueByUnit(Instant now) {
        // index report_dossiers_open (in_progress, unit_code, due_at): only open facts are read
        return db.read(h -> {
            java.util.Map<String, Long> out = new java.util.TreeMap<>();
            h.createQuery("SELECT unit_code, COUNT(*) AS n FROM report_dossiers WHERE "
                            + FigureSql.condition(ReportFigure.IN_PROGRESS_OVERDUE) + " GROUP BY unit_code")
                    .bind("now", ts(now))
                    .map((rs, ctx) -> java.util.Map.entry(rs.getString("unit_code"), rs.getLong("n")))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        });
    }

    private static DossierFactRecord fact(ResultSet rs) throws SQLException {
        long used = rs.getLong("used_minutes");
        boolean noUsed = rs.wasNull();
        long limit = rs.getLong("limit_minutes");
        boolean noLimit = rs.wasNull();
        return new DossierFactRecord(rs.getString("dossier_code"), rs.getString("unit_code"), rs.getString("procedure_code"),
                rs.getString("channel"), rs.getString("status"), instant(rs, "submitted_at"), instant(rs, "received_at"),
                instant(rs, "finished_at"), instant(rs, "due_at"), instant(rs, "due_soon_at"), instant(rs, "new_due_at"),
                rs.getBoolean("in_progress"), rs.getString("current_unit"), rs.getString("timing"), rs.getString("outcome"),
                rs.getInt("supplements"), rs.getInt("apologies"), rs.getInt("late_handovers"),
                rs.getBoolean("stop_without_reason"), rs.getInt("attachments"), noUsed ? null : used, noLimit ? null : limit, rs.getInt("event_count"),
                rs.getBoolean("paid_online"));
    }
}
