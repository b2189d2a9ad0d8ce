package vn.motcua.workspace.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import vn.motcua.pages.html.Html;
import vn.motcua.pages.i18n.Messages;
import vn.motcua.reports.IndicatorScore;
import vn.motcua.reports.Reports;
import vn.motcua.reports.Table;
import vn.motcua.reports.TableRows;
import vn.motcua.runtime.units.Unit;
import vn.motcua.runtime.units.UnitDirectory;
import vn.motcua.storage.DossierFactRecord;
import vn.motcua.storage.FigureRow;
import vn.motcua.storage.HandoverFactRecord;
import vn.motcua.storage.OfficerFigures;
import vn.motcua.storage.ReportFigure;
import vn.motcua.storage.ReportFilter;

/**
 * The dashboard's tables: one builder per table, shared by the page and the export so both always show the same
 * rows, and how a table is written as HTML with its export links. Stateless.
 */
final class DashboardTables {

    private final UnitDirectory units;

    DashboardTables(UnitDirectory units) {
        this.units = units;
    }


    static Table summary(Messages m, FigureRow t) {
        List<List<Object>> rows = new ArrayList<>();
        for (ReportFigure f : List.of(ReportFigure.RECEIVED, ReportFigure.RECEIVED_COUNTER, ReportFigure.RECEIVED_POSTAL,
                ReportFigure.RECEIVED_ONLINE_PARTIAL, ReportFigure.RECEIVED_ONLINE_FULL, ReportFigure.PAID_ONLINE, ReportFigure.DIGITISED,
                ReportFigure.FINISHED, ReportFigure.FINISHED_EARLY, ReportFigure.FINISHED_ON_TIME, ReportFigure.FINISHED_LATE,
                ReportFigure.IN_PROGRESS_ON_TIME, ReportFigure.IN_PROGRESS_OVERDUE, ReportFigure.DUE_SOON,
                ReportFigure.SUPPLEMENT_REQUESTED, ReportFigure.REFUSED, ReportFigure.REJECTED, ReportFigure.WITHDRAWN,
                ReportFigure.APOLOGIZED)) {
            rows.add(listOf(FigureLabels.of(m, f), t.count(f), dated(m, f), f));
        }
        return new Table(m.t("dashboard.summary"), List.of(m.t("dashboard.col.figure"), m.t("dashboard.col.dossiers"), m.t("dashboard.col.dated")), rows);
    }


    static Table violations(Messages m, FigureRow t) {
        List<List<Object>> rows = new ArrayList<>();
        for (ReportFigure f : List.of(ReportFigure.LATE_HANDOVER, ReportFigure.LATE_WITHOUT_APOLOGY,
                ReportFigure.OVERDUE_WITHOUT_APOLOGY, ReportFigure.SUPPLEMENT_TWICE, ReportFigure.STOP_WITHOUT_REASON)) {
            rows.add(listOf(FigureLabels.of(m, f), t.count(f), f));
        }
        return new Table(m.t("dashboard.violations"), List.of(m.t("dashboard.violations"), m.t("dashboard.col.dossiers")), rows);
    }


    static Table indicators(Messages m, List<IndicatorScore> scores) {
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorScore i : scores) {
            rows.add(listOf(i.group(), i.name(), i.available() ? i.numerator() + " / " + i.denominator() : m.t("dashboard.noData"),
                    i.rate() == null ? "—" : String.format(Locale.ROOT, "%.1f %%", 100 * i.rate()),
                    i.points() == null ? "—" : String.format(Locale.ROOT, "%.2f / %.0f", i.points(), i.weight()), i.formula()));
        }
        return new Table(m.t("dashboard.indicators"), List.of(m.t("dashboard.col.group"), m.t("dashboard.col.indicator"),
                m.t("dashboard.col.fraction"), m.t("dashboard.col.rate"), m.t("dashboard.col.points"), m.t("dashboard.col.formula")), rows);
    }


    static Table monthTable(Messages m, List<FigureRow> months) {
        List<List<Object>> rows = new ArrayList<>();
        for (FigureRow row : months) {
            rows.add(listOf(row.key().substring(4) + "/" + row.key().substring(0, 4), row.count(ReportFigure.RECEIVED),
                    row.count(ReportFigure.RECEIVED_ONLINE_PARTIAL) + row.count(ReportFigure.RECEIVED_ONLINE_FULL),
                    row.count(ReportFigure.FINISHED), row.count(ReportFigure.FINISHED_EARLY) + row.count(ReportFigure.FINISHED_ON_TIME),
                    row.count(ReportFigure.FINISHED_LATE)));
        }
        return new Table(m.t("dashboard.byMonth"), List.of(m.t("dashboard.col.month"), m.t("dashboard.col.received"), m.t("dashboard.col.online"),
                m.t("dashboard.col.finished"), m.t("dashboard.col.earlyOrOnTime"), m.t("dashboard.col.late")), rows);
    }


    Table unitTable(Messages m, List<FigureRow> byUnit) {
        List<List<Object>> rows = new ArrayList<>();
        for (FigureRow u : byUnit) {
            long finished = u.count(ReportFigure.FINISHED);
            long onTime = u.count(ReportFigure.FINISHED_EARLY) + u.count(ReportFigure.FINISHED_ON_TIME);
            rows.add(listOf(u.key(), units.find(u.key()).map(Unit::name).orElse(u.key()), u.count(ReportFigure.RECEIVED),
                    finished, finished == 0 ? null : Math.round(100.0 * onTime / finished), u.count(ReportFigure.IN_PROGRESS_OVERDUE)));
        }
        // best on-time rate first; units with nothing finished last
        rows.sort(Comparator.comparing((List<Object> row) -> row.get(4) == null ? -1L : (Long) row.get(4)).reversed()
                .thenComparing(row -> String.valueOf(row.get(1))));
        return new Table(m.t("dashboard.byUnit"), List.of(m.t("dashboard.col.unitCode"), m.t("dashboard.col.unit"), m.t("dashboard.col.received"),
                m.t("dashboard.col.finished"), m.t("dashboard.col.onTimeRate"), m.t("dashboard.col.overdueNow")), rows);
    }


    static Table procedureTable(Messages m, List<FigureRow> byProcedure) {
        List<List<Object>> rows = new ArrayList<>();
        for (FigureRow p : byProcedure) {
            long finished = p.count(ReportFigure.FINISHED);
            long onTime = p.count(ReportFigure.FINISHED_EARLY) + p.count(ReportFigure.FINISHED_ON_TIME);
            rows.add(listOf(p.key(), p.count(ReportFigure.RECEIVED), finished,
                    finished == 0 ? null : Math.round(100.0 * onTime / finished), p.count(ReportFigure.FINISHED_LATE),
                    p.count(ReportFigure.IN_PROGRESS_OVERDUE),
                    p.limitMinutes() == 0 ? null : Math.round(100.0 * p.usedMinutes() / p.limitMinutes())));
        }
        return new Table(m.t("dashboard.byProcedure"), List.of(m.t("dashboard.col.procedureCode"), m.t("dashboard.col.received"),
                m.t("dashboard.col.finished"), m.t("dashboard.col.onTimeRate"), m.t("dashboard.col.late"), m.t("dashboard.col.overdueNow"),
                m.t("dashboard.col.timeUsed")), rows);
    }


    static Table officers(Messages m, List<OfficerFigures> list) {
        List<List<Object>> rows = new ArrayList<>();
        for (OfficerFigures o : list) {
            rows.add(listOf(o.actor(), o.unitCode(), o.total(), o.early(), o.onTime(), o.late()));
        }
        return new Table(m.t("dashboard.byOfficer"), List.of(m.t("dashboard.col.officer"), m.t("dashboard.col.unit"), m.t("dashboard.col.handovers"),
                m.t("dashboard.col.early"), m.t("dashboard.col.onTime"), m.t("dashboard.col.late")), rows);
    }


    static Table lateHandovers(Messages m, List<HandoverFactRecord> list) {
        List<List<Object>> rows = new ArrayList<>();
        for (HandoverFactRecord o : list) {
            rows.add(listOf(o.dossierCode(), o.stepId(), o.unitCode(), o.actor(), Labels.time(o.dueAt()), Labels.time(o.handedOverAt())));
        }
        return new Table(m.t("dashboard.lateHandovers"), List.of(m.t("dashboard.col.dossierCode"), m.t("dashboard.col.step"), m.t("dashboard.col.unit"),
                m.t("dashboard.col.officer"), m.t("dashboard.col.stepDue"), m.t("dashboard.col.handedOver")), rows);
    }


    static Table dossierTable(Messages m, String title, List<DossierFactRecord> list) {
        List<List<Object>> rows = new ArrayList<>(list.size());
        for (DossierFactRecord d : list) {
            rows.add(dossierRow(m, d));
        }
        return new Table(title, dossierColumns(m), rows);
    }

    /** The dossiers behind a figure as an export reads them: one row at a time from the database (decision 1012). */
    static TableRows dossierRows(Messages m, String title, Reports rep, ReportFilter f, ReportFigure figure, int limit) {
        return new TableRows(title, dossierColumns(m), row -> rep.eachDossier(f, figure, limit, d -> row.accept(dossierRow(m, d))));
    }

    private static List<String> dossierColumns(Messages m) {
        return List.of(m.t("dashboard.col.dossierCode"), m.t("dashboard.col.unit"), m.t("dashboard.col.procedure"),
                m.t("dashboard.col.channel"), m.t("dashboard.col.status"), m.t("dashboard.col.submitted"), m.t("dashboard.col.due"),
                m.t("dashboard.col.finishedAt"), m.t("dashboard.col.timing"));
    }

    private static List<Object> dossierRow(Messages m, DossierFactRecord d) {
        return listOf(d.dossierCode(), d.unitCode(), d.procedureCode(), channel(m, d.channel()), d.status(),
                Labels.time(d.submittedAt()), Labels.time(d.dueAt()), Labels.time(d.finishedAt()),
                d.timing() == null ? "" : Labels.timing(m, d.timing()));
    }


    /** A table as HTML; {@code link} gives a cell's link or null, {@code hidden} a column not shown (−1 for none). */
    static void rows(Html h, Messages m, Table t, BiFunction<List<Object>, Integer, String> link, int hidden) {
        h.open("div", "class", "table-wrap");
        h.open("table").el("caption", t.title()).open("thead").open("tr");
        for (int c = 0; c < t.columns().size(); c++) {
            if (c != hidden) {
                h.el("th", t.columns().get(c), "scope", "col");
            }
        }
        h.close("tr").close("thead").open("tbody");
        if (t.rows().isEmpty()) {
            h.open("tr").el("td", m.t("dashboard.noFigures"), "colspan", String.valueOf(t.columns().size())).close("tr");
        }
        for (List<Object> row : t.rows()) {
            h.open("tr");
            for (int c = 0; c < t.columns().size(); c++) {
                if (c == hidden) {
                    continue;
                }
                String text = row.get(c) == null ? "—" : String.valueOf(row.get(c));
                String href = link == null ? null : link.apply(row, c);
                if (href != null) {
                    h.open("td").el("a", text, "href", href).close("td");
                } else {
                    h.el("td", text);
                }
            }
            h.close("tr");
        }
        h.close("tbody").close("table").close("div");
    }


    /** The CSV and XLSX links of a table, in the reader's scope. */
    static void exports(Html h, Messages m, DashboardScope s, String name, String... extra) {
        String[] csv = concat(extra, "bang", name, "dinh-dang", "csv");
        String[] xlsx = concat(extra, "bang", name, "dinh-dang", "xlsx");
        h.open("p", "class", "exports");
        h.el("a", m.t("dashboard.export.csv"), "href", "/quan-tri/thong-ke/xuat" + s.query(csv));
        h.text(" · ");
        h.el("a", m.t("dashboard.export.xlsx"), "href", "/quan-tri/thong-ke/xuat" + s.query(xlsx));
        h.close("p");
    }


    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }


    private static String dated(Messages m, ReportFigure f) {
        return switch (f.dated()) {
            case SUBMITTED -> m.t("dashboard.dated.SUBMITTED");
            case FINISHED -> m.t("dashboard.dated.FINISHED");
            case NOW -> m.t("dashboard.dated.NOW");
        };
    }


    private static String channel(Messages m, String c) {
        return switch (c) {
            case "COUNTER" -> m.t("dashboard.channel.COUNTER");
            case "POSTAL" -> m.t("dashboard.channel.POSTAL");
            case "ONLINE_PARTIAL" -> m.t("dashboard.channel.ONLINE_PARTIAL");
            case "ONLINE_FULL" -> m.t("dashboard.channel.ONLINE_FULL");
            default -> c;
        };
    }


    static FigureRow first(List<FigureRow> rows) {
        return rows.isEmpty() ? new FigureRow("", Map.of(), 0, 0, 0) : rows.get(0);
    }


    private static List<Object> listOf(Object... cells) {
        return java.util.Arrays.asList(cells);
    }
}
