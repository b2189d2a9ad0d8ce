package vn.motcua.workspace.internal;

import java.io.IOException;
import java.io.OutputStream;
import vn.motcua.pages.i18n.Messages;
import vn.motcua.reports.Reports;
import vn.motcua.reports.Table;
import vn.motcua.reports.TableExport;
import vn.motcua.reports.TableRows;
import vn.motcua.storage.ReportFilter;
import vn.motcua.storage.ReportGrouping;

/** The dashboard's tables as CSV or XLSX files, in the reader's scope; a wrong request is an RFC 9457 problem. */
final class DashboardExport {

    /** The longest list of dossiers a page or an export gives. */
    static final int EXPORT_LIMIT = 100_000;

    private final DashboardTables tables;
    private final TableExport export = new TableExport();

    DashboardExport(DashboardTables tables) {
        this.tables = tables;
    }


    /** {@code GET /quan-tri/thong-ke/xuat?bang=…&dinh-dang=csv|xlsx}: one table of the dashboard as a file. */
    void export(Req r, Reports rep, DashboardScope s) throws IOException {
        String format = r.param("dinh-dang").orElse("xlsx");
        String name = r.param("bang").orElse("");
        if (!format.equals("csv") && !format.equals("xlsx")) {
            exportProblem(r, "dinh-dang", r.t("dashboard.export.badFormat"));
            return;
        }
        ReportFilter f = s.filter();
        Messages m = r.messages();
        TableRows t = name.equals("ho-so") ? r.param("chi-so").flatMap(FigureLabels::fromSlug)
                .map(fig -> DashboardTables.dossierRows(m, FigureLabels.of(m, fig), rep, f, fig, EXPORT_LIMIT)).orElse(null)
                : figureTable(m, rep, f, name);
        if (t == null) {
            exportProblem(r, name.equals("ho-so") ? "chi-so" : "bang", name.equals("ho-so")
                    ? r.t("dashboard.export.badFigure")
                    : r.t("dashboard.export.badTable", "tong-hop, chi-so-766, thang, don-vi, thu-tuc, vi-pham, chuyen-giao-qua-han, can-bo, ho-so"));
            return;
        }
        String file = "thong-ke-" + name + "-" + s.from() + "-" + s.to() + "." + format;
        r.resp.setStatus(200);
        r.resp.setContentType(format.equals("csv") ? "text/csv;charset=utf-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        r.resp.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        r.resp.setHeader("Cache-Control", "no-store");
        r.resp.setHeader("X-Content-Type-Options", "nosniff");
        OutputStream out = r.resp.getOutputStream();
        // the dossiers' rows go from the database to the response as they are read (decision 1012)
        if (format.equals("csv")) {
            export.csv(t, out);
        } else {
            export.xlsx(t, out);
        }
        out.flush();
    }

    /** A table of figures (not the dossiers behind one), read whole: at most one row per unit, procedure or officer. */
    private TableRows figureTable(Messages m, Reports rep, ReportFilter f, String name) {
        Table t = switch (name) {
            case "tong-hop" -> DashboardTables.summary(m, DashboardTables.first(rep.figures(f, ReportGrouping.TOTAL)));
            case "chi-so-766" -> DashboardTables.indicators(m, rep.indicators(f));
            case "thang" -> DashboardTables.monthTable(m, rep.figures(f, ReportGrouping.MONTH));
            case "don-vi" -> tables.unitTable(m, rep.figures(f, ReportGrouping.UNIT));
            case "thu-tuc" -> DashboardTables.procedureTable(m, rep.figures(f, ReportGrouping.PROCEDURE));
            case "vi-pham" -> DashboardTables.violations(m, DashboardTables.first(rep.figures(f, ReportGrouping.TOTAL)));
            case "chuyen-giao-qua-han" -> DashboardTables.lateHandovers(m, rep.lateHandovers(f, EXPORT_LIMIT));
            case "can-bo" -> DashboardTables.officers(m, rep.officers(f, EXPORT_LIMIT));
            default -> null;
        };
        return t == null ? null : TableRows.of(t);
    }


    private static void exportProblem(Req r, String field, String message) throws IOException {
        byte[] body = ("{\"type\":\"about:blank\",\"title\":\"" + r.t("dashboard.export.problem").replace("\"", "'") + "\",\"status\":400,\"errors\":[{\"field\":\""
                + field + "\",\"message\":\"" + message.replace("\"", "'") + "\"}]}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        r.resp.setStatus(400);
        r.resp.setContentType("application/problem+json");
        r.resp.setContentLength(body.length);
        r.resp.getOutputStream().write(body);
    }
}
