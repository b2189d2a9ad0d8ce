package vn.motcua.workspace.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.motcua.pages.html.Html;
import vn.motcua.pages.http.ServiceStartingException;
import vn.motcua.pages.i18n.Messages;
import vn.motcua.reports.IndicatorScore;
import vn.motcua.reports.Reports;
import vn.motcua.reports.Table;
import vn.motcua.reports.TableExport;
import vn.motcua.runtime.units.Unit;
import vn.motcua.runtime.units.UnitDirectory;
import vn.motcua.storage.DossierFactRecord;
import vn.motcua.storage.FigureRow;
import vn.motcua.storage.HandoverFactRecord;
import vn.motcua.storage.OfficerFigures;
import vn.motcua.storage.ReportFigure;
import vn.motcua.storage.ReportFilter;
import vn.motcua.storage.ReportGrouping;

/**
 * The statistics dashboard under {@code /quan-tri/thong-ke} (issue 10): figures of a unit (with its sub-units) or the
 * city, trends, units ranked by on-time rate, Decision 766/QĐ-TTg indicators, overdue and due-soon lists, violations for
 * the control officer, and the dossiers behind every number; every table exports to CSV and XLSX.
 */
final class DashboardPages {

    private static final int PAGE = 50;

    private final Supplier<Reports> reports;
    private final UnitDirectory units;
    private final Clock clock;
    private final DashboardTables tables;
    private final DashboardExport export;

    DashboardPages(Supplier<Reports> reports, UnitDirectory units, Clock clock) {
        this.reports = reports;
        this.units = units;
        this.clock = clock;
        this.tables = new DashboardTables(units);
        this.export = new DashboardExport(tables);
    }

    /** What a dashboard page shows once the reports service and the reader's scope are known. */
    @FunctionalInterface
    private interface View {
        void show(Req r, Reports rep, DashboardScope s) throws IOException;
    }

    /** {@code GET /quan-tri/thong-ke}: the figures. */
    void home(Req r) throws IOException {
        scoped(r, this::dashboard);
    }

    /** {@code GET /quan-tri/thong-ke/ho-so}: the dossiers behind one figure. */
    void dossiers(Req r) throws IOException {
        scoped(r, this::dossiers);
    }

    /** {@code GET /quan-tri/thong-ke/xuat}: a table as CSV or XLSX. */
    void export(Req r) throws IOException {
        scoped(r, export::export);
    }

    private void scoped(Req r, View view) throws IOException {
        Reports rep = ServiceStartingException.require(reports.get(), "reports");
        Optional<DashboardScope> scope;
        try {
            scope = DashboardScope.of(r, units, clock);
        } catch (DashboardScope.BadScope e) {
            Html h = new Html();
            h.el("h1", r.t("dashboard.title"));
            h.el("p", r.t("dashboard.badParameter", e.getMessage(), e.field), "class", "error", "role", "alert");
            h.open("p").el("a", r.t("dashboard.back"), "href", "/quan-tri/thong-ke").close("p");
            r.html(400, Frame.page(r, r.t("dashboard.title"), h));
            return;
        }
        if (scope.isEmpty()) {
            ErrorPages.notFound(r);
            return;
        }
        view.show(r, rep, scope.get());
    }

    // ---- the dashboard ---------------------------------------------------------------------------------------

    private void dashboard(Req r, Reports rep, DashboardScope s) throws IOException {
        ReportFilter f = s.filter();
        FigureRow total = DashboardTables.first(rep.figures(f, ReportGrouping.TOTAL));
        Html h = new Html();
        Messages m = r.messages();
        h.el("h1", r.t("dashboard.heading"));
        filters(h, r, s);
        h.el("p", r.t("dashboard.scope", scopeName(r, s), rep.asOf().map(Labels::time).orElse(r.t("dashboard.neverAggregated"))),
                "class", "muted");

        h.el("h2", r.t("dashboard.summary"), "id", "tong-hop");
        table(h, r, s, "tong-hop", DashboardTables.summary(m, total), (row, col) -> col == 1 ? drill(s, (ReportFigure) row.get(3)) : null, 3);
        h.open("p");
        h.text(r.t("dashboard.rates",
                pct(total.count(ReportFigure.RECEIVED_ONLINE_PARTIAL) + total.count(ReportFigure.RECEIVED_ONLINE_FULL), total.count(ReportFigure.RECEIVED)),
                pct(total.count(ReportFigure.FINISHED_EARLY) + total.count(ReportFigure.FINISHED_ON_TIME), total.count(ReportFigure.FINISHED)),
                pct(total.usedMinutes(), total.limitMinutes()), total.worstPermille() / 10));
        h.close("p");

        h.el("h2", r.t("dashboard.indicators.heading"), "id", "chi-so-766");
        table(h, r, s, "chi-so-766", DashboardTables.indicators(m, rep.indicators(f)), null, -1);

        List<FigureRow> months = rep.figures(f, ReportGrouping.MONTH);
        h.el("h2", r.t("dashboard.trend.heading"), "id", "xu-huong");
        List<Charts.Bar> bars = new ArrayList<>();
        Map<String, FigureRow> byMonth = months.stream().collect(Collectors.toMap(FigureRow::key, x -> x));
        for (YearMonth month = s.from(); !month.isAfter(s.to()); month = month.plusMonths(1)) {
            FigureRow row = byMonth.get(String.valueOf(month.getYear() * 100 + month.getMonthValue()));
            bars.add(new Charts.Bar(String.format("%02d/%d", month.getMonthValue(), month.getYear() % 100),
                    row == null ? 0 : row.count(ReportFigure.RECEIVED), row == null ? 0 : row.count(ReportFigure.FINISHED_LATE)));
        }
        Charts.columns(h, "bieu-do-thang", r.t("dashboard.trend.chart"), r.t("dashboard.trend.description"), bars, r.t("dashboard.trend.late"));
        h.el("p", r.t("dashboard.trend.legend"), "class", "legend");
        table(h, r, s, "thang", DashboardTables.monthTable(m, months), null, -1);

        if (s.unit().isEmpty() || s.withSubUnits()) {
            List<FigureRow> byUnit = rep.figures(f, ReportGrouping.UNIT);
            h.el("h2", r.t("dashboard.ranking.heading"), "id", "don-vi");
            Table ranked = tables.unitTable(m, byUnit);
            List<Charts.Bar> rates = ranked.rows().stream().limit(20)
                    .map(row -> new Charts.Bar(String.valueOf(row.get(1)), row.get(4) instanceof Number n ? n.longValue() : 0, 0)).toList();
            Charts.rates(h, "bieu-do-don-vi", r.t("dashboard.ranking.chart"), r.t("dashboard.ranking.description"), rates);
            table(h, r, s, "don-vi", ranked, (row, col) -> col == 1
                    ? "/quan-tri/thong-ke" + withUnit(s, String.valueOf(row.get(0))) : null, -1);
        }
        h.el("h2", r.t("dashboard.byProcedure"), "id", "thu-tuc");
        table(h, r, s, "thu-tuc", DashboardTables.procedureTable(m, rep.figures(f, ReportGrouping.PROCEDURE)), (row, col) -> col == 0
                ? "/quan-tri/thong-ke" + withProcedure(s, String.valueOf(row.get(0))) : null, -1);

        h.el("h2", r.t("dashboard.overdue.heading"), "id", "qua-han");
        dossierList(h, r, rep.dossiers(f, ReportFigure.IN_PROGRESS_OVERDUE, 0, 20), s, ReportFigure.IN_PROGRESS_OVERDUE);
        h.el("h2", r.t("dashboard.dueSoon.heading"), "id", "sap-den-han");
        dossierList(h, r, rep.dossiers(f, ReportFigure.DUE_SOON, 0, 20), s, ReportFigure.DUE_SOON);

        h.el("h2", r.t("dashboard.violations.heading"), "id", "vi-pham");
        table(h, r, s, "vi-pham", DashboardTables.violations(m, total), (row, col) -> col == 1 ? drill(s, (ReportFigure) row.get(2)) : null, 2);
        h.el("h3", r.t("dashboard.lateHandovers.heading"));
        table(h, r, s, "chuyen-giao-qua-han", DashboardTables.lateHandovers(m, rep.lateHandovers(f, 50)),
                (row, col) -> col == 0 ? "/can-bo/ho-so/" + WorkPages.enc(String.valueOf(row.get(0))) : null, -1);

        h.el("h2", r.t("dashboard.officers.heading"), "id", "can-bo");
        table(h, r, s, "can-bo", DashboardTables.officers(m, rep.officers(f, 100)), null, -1);
        r.html(200, Frame.page(r, r.t("dashboard.title"), h));
    }

    private void filters(Html h, Req r, DashboardScope s) {
        h.open("form", "class", "filters", "method", "get", "action", "/quan-tri/thong-ke", "role", "search");
        h.open("div").el("label", r.t("dashboard.filter.unit"), "for", "don-vi").open("select", "id", "don-vi", "name", "don-vi");
        h.el("option", r.t("dashboard.filter.allUnits"), "value", "");
        units.all().stream().sorted(Comparator.comparing(Unit::name))
                .forEach(u -> h.el("option", r.t("dashboard.filter.unitOption", u.name(), u.code()), "value", u.code(), "selected", u.code().equals(s.unit()) ? "" : null));
        h.close("select").close("div");
        h.open("div").el("label", r.t("dashboard.filter.subUnits"), "for", "cap-duoi").open("select", "id", "cap-duoi", "name", "cap-duoi");
        h.el("option", r.t("dashboard.filter.yes"), "value", "1", "selected", s.withSubUnits() ? "" : null);
        h.el("option", r.t("dashboard.filter.no"), "value", "0", "selected", s.withSubUnits() ? null : "");
        h.close("select").close("div");
        h.open("div").el("label", r.t("dashboard.filter.procedure"), "for", "thu-tuc");
        h.empty("input", "id", "thu-tuc", "name", "thu-tuc", "value", s.procedure() == null ? "" : s.procedure()).close("div");
        h.open("div").el("label", r.t("dashboard.filter.from"), "for", "tu");
        h.empty("input", "id", "tu", "name", "tu", "type", "month", "value", s.from().toString()).close("div");
        h.open("div").el("label", r.t("dashboard.filter.to"), "for", "den");
        h.empty("input", "id", "den", "name", "den", "type", "month", "value", s.to().toString()).close("div");
        h.el("button", r.t("dashboard.filter.submit"), "type", "submit");
        h.close("form");
    }

    // ---- the dossiers behind a number ---------------------------------------------------------------------------

    private void dossiers(Req r, Reports rep, DashboardScope s) throws IOException {
        Optional<ReportFigure> figure = r.param("chi-so").flatMap(FigureLabels::fromSlug);
        if (figure.isEmpty()) {
            Html h = new Html();
            h.el("h1", r.t("dashboard.dossiers.title"));
            h.el("p", r.t("dashboard.dossiers.badFigure"), "class", "error", "role", "alert");
            r.html(400, Frame.page(r, r.t("dashboard.dossiers.title"), h));
            return;
        }
        int page = r.param("trang").filter(x -> x.matches("\\d{1,5}")).map(Integer::parseInt).orElse(1);
        List<DossierFactRecord> list = rep.dossiers(s.filter(), figure.get(), (page - 1) * PAGE, PAGE + 1);
        Html h = new Html();
        h.el("h1", FigureLabels.of(r.messages(), figure.get()));
        h.el("p", r.t("dashboard.dossiers.scope", scopeName(r, s), s.from(), s.to()), "class", "muted");
        h.open("p").el("a", r.t("dashboard.backArrow"), "href", "/quan-tri/thong-ke" + s.query()).close("p");
        DashboardTables.exports(h, r.messages(), s, "ho-so", "chi-so", FigureLabels.slug(figure.get()));
        Table t = DashboardTables.dossierTable(r.messages(), FigureLabels.of(r.messages(), figure.get()), list.subList(0, Math.min(PAGE, list.size())));
        DashboardTables.rows(h, r.messages(), t, (row, col) -> col == 0 ? "/can-bo/ho-so/" + WorkPages.enc(String.valueOf(row.get(0))) : null, -1);
        h.open("nav", "aria-label", r.t("dashboard.pages")).open("p");
        if (page > 1) {
            h.el("a", r.t("dashboard.page.previous"), "href", "/quan-tri/thong-ke/ho-so" + s.query("chi-so", FigureLabels.slug(figure.get()), "trang", String.valueOf(page - 1)));
        }
        h.text(" " + r.t("dashboard.page.current", page) + " ");
        if (list.size() > PAGE) {
            h.el("a", r.t("dashboard.page.next"), "href", "/quan-tri/thong-ke/ho-so" + s.query("chi-so", FigureLabels.slug(figure.get()), "trang", String.valueOf(page + 1)));
        }
        h.close("p").close("nav");
        r.html(200, Frame.page(r, FigureLabels.of(r.messages(), figure.get()), h));
    }

    // ---- rendering -------------------------------------------------------------------------------------------

    /** A table with its export links; {@code hidden} is a column index not shown (−1 for none). */
    private void table(Html h, Req r, DashboardScope s, String name, Table t, BiFunction<List<Object>, Integer, String> link,
                       int hidden) {
        DashboardTables.exports(h, r.messages(), s, name);
        DashboardTables.rows(h, r.messages(), t, link, hidden);
    }

    private void dossierList(Html h, Req r, List<DossierFactRecord> list, DashboardScope s, ReportFigure figure) {
        if (list.isEmpty()) {
            h.el("p", r.t("dashboard.noDossiers"));
            return;
        }
        h.open("ul", "class", "dossier-list");
        for (DossierFactRecord d : list) {
            h.open("li").el("a", d.dossierCode(), "href", "/can-bo/ho-so/" + WorkPages.enc(d.dossierCode()));
            h.text(" " + r.t("dashboard.dossierItem", units.find(d.unitCode()).map(Unit::name).orElse(d.unitCode()), d.procedureCode(),
                    Labels.time(d.dueAt())));
            h.close("li");
        }
        h.close("ul");
        h.open("p").el("a", r.t("dashboard.seeAll", FigureLabels.of(r.messages(), figure)), "href", drill(s, figure)).close("p");
    }

    private static String drill(DashboardScope s, ReportFigure f) {
        return "/quan-tri/thong-ke/ho-so" + s.query("chi-so", FigureLabels.slug(f));
    }

    private static String withUnit(DashboardScope s, String unit) {
        StringBuilder q = new StringBuilder("?tu=").append(s.from()).append("&den=").append(s.to()).append("&don-vi=")
                .append(WorkPages.enc(unit)).append("&cap-duoi=0");
        if (s.procedure() != null) {
            q.append("&thu-tuc=").append(WorkPages.enc(s.procedure()));
        }
        return q.toString();
    }

    private static String withProcedure(DashboardScope s, String procedure) {
        StringBuilder q = new StringBuilder("?tu=").append(s.from()).append("&den=").append(s.to()).append("&thu-tuc=")
                .append(WorkPages.enc(procedure));
        if (!s.unit().isEmpty()) {
            q.append("&don-vi=").append(WorkPages.enc(s.unit())).append(s.withSubUnits() ? "" : "&cap-duoi=0");
        }
        return q.toString();
    }

    private String scopeName(Req r, DashboardScope s) {
        String name = units.find(s.unit()).map(Unit::name).orElse(s.unit());
        String unit = s.unit().isEmpty() ? r.t("dashboard.scope.allUnits")
                : s.withSubUnits() ? r.t("dashboard.scope.withSubUnits", name) : name;
        return s.procedure() == null ? unit : r.t("dashboard.scope.procedure", unit, s.procedure());
    }

    private static String pct(long part, long whole) {
        return whole == 0 ? "—" : String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
    }
}
