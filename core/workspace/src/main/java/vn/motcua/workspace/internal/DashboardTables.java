package vn.motcua.workspace.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import vn.motcua.pages.html.Html;
import vn.motcua.reports.IndicatorScore;
import vn.motcua.reports.Table;
import vn.motcua.runtime.units.Unit;
import vn.motcua.runtime.units.UnitDirectory;
import vn.motcua.storage.DossierFactRecord;
import vn.motcua.storage.FigureRow;
import vn.motcua.storage.HandoverFactRecord;
import vn.motcua.storage.OfficerFigures;
import vn.motcua.storage.ReportFigure;

/**
 * The dashboard's tables: one builder per table, shared by the page and the export so both always show the same
 * rows, and how a table is written as HTML with its export links. Stateless.
 */
final class DashboardTables {

    private final UnitDirectory units;

    DashboardTables(UnitDirectory units) {
        this.units = units;
    }


    static Table summary(FigureRow t) {
        List<List<Object>> rows = new ArrayList<>();
        for (ReportFigure f : List.of(ReportFigure.RECEIVED, ReportFigure.RECEIVED_COUNTER, ReportFigure.RECEIVED_POSTAL,
                ReportFigure.RECEIVED_ONLINE_PARTIAL, ReportFigure.RECEIVED_ONLINE_FULL, ReportFigure.PAID_ONLINE, ReportFigure.DIGITISED,
                ReportFigure.FINISHED, ReportFigure.FINISHED_EARLY, ReportFigure.FINISHED_ON_TIME, ReportFigure.FINISHED_LATE,
                ReportFigure.IN_PROGRESS_ON_TIME, ReportFigure.IN_PROGRESS_OVERDUE, ReportFigure.DUE_SOON,
                ReportFigure.SUPPLEMENT_REQUESTED, ReportFigure.REFUSED, ReportFigure.REJECTED, ReportFigure.WITHDRAWN,
                ReportFigure.APOLOGIZED)) {
            rows.add(listOf(FigureLabels.of(f), t.count(f), dated(f), f));
        }
        return new Table("Tổng hợp", List.of("Chỉ tiêu", "Số hồ sơ", "Tính theo"), rows);
    }


    static Table violations(FigureRow t) {
        List<List<Object>> rows = new ArrayList<>();
        for (ReportFigure f : List.of(ReportFigure.LATE_HANDOVER, ReportFigure.LATE_WITHOUT_APOLOGY,
                ReportFigure.OVERDUE_WITHOUT_APOLOGY, ReportFigure.SUPPLEMENT_TWICE, ReportFigure.STOP_WITHOUT_REASON)) {
            rows.add(listOf(FigureLabels.of(f), t.count(f), f));
        }
        return new Table("Vi phạm", List.of("Vi phạm", "Số hồ sơ"), rows);
    }


    static Table indicators(List<IndicatorScore> scores) {
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorScore i : scores) {
            rows.add(listOf(i.group(), i.name(), i.available() ? i.numerator() + " / " + i.denominator() : "chưa có dữ liệu",
                    i.rate() == null ? "—" : String.format(Locale.ROOT, "%.1f %%", 100 * i.rate()),
                    i.points() == null ? "—" : String.format(Locale.ROOT, "%.2f / %.0f", i.points(), i.weight()), i.formula()));
        }
        return new Table("Chỉ số 766", List.of("Nhóm chỉ số", "Chỉ số", "Tử số / mẫu số", "Tỷ lệ", "Điểm", "Công thức"), rows);
    }


    static Table monthTable(List<FigureRow> months) {
        List<List<Object>> rows = new ArrayList<>();
        for (FigureRow m : months) {
            rows.add(listOf(m.key().substring(4) + "/" + m.key().substring(0, 4), m.count(ReportFigure.RECEIVED),
                    m.count(ReportFigure.RECEIVED_ONLINE_PARTIAL) + m.count(ReportFigure.RECEIVED_ONLINE_FULL),
                    m.count(ReportFigure.FINISHED), m.count(ReportFigure.FINISHED_EARLY) + m.count(ReportFigure.FINISHED_ON_TIME),
                    m.count(ReportFigure.FINISHED_LATE)));
        }
        return new Table("Theo tháng", List.of("Tháng", "Tiếp nhận", "Trực tuyến", "Đã giải quyết", "Trước và đúng hạn", "Quá hạn"), rows);
    }


    Table unitTable(List<FigureRow> byUnit) {
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
        return new Table("Theo đơn vị", List.of("Mã đơn vị", "Đơn vị", "Tiếp nhận", "Đã giải quyết", "Tỷ lệ trước và đúng hạn (%)",
                "Đang quá hạn"), rows);
    }


    static Table procedureTable(List<FigureRow> byProcedure) {
        List<List<Object>> rows = new ArrayList<>();
        for (FigureRow p : byProcedure) {
            long finished = p.count(ReportFigure.FINISHED);
            long onTime = p.count(ReportFigure.FINISHED_EARLY) + p.count(ReportFigure.FINISHED_ON_TIME);
            rows.add(listOf(p.key(), p.count(ReportFigure.RECEIVED), finished,
                    finished == 0 ? null : Math.round(100.0 * onTime / finished), p.count(ReportFigure.FINISHED_LATE),
                    p.count(ReportFigure.IN_PROGRESS_OVERDUE),
                    p.limitMinutes() == 0 ? null : Math.round(100.0 * p.usedMinutes() / p.limitMinutes())));
        }
        return new Table("Theo thủ tục", List.of("Mã thủ tục", "Tiếp nhận", "Đã giải quyết", "Tỷ lệ trước và đúng hạn (%)",
                "Quá hạn", "Đang quá hạn", "Thời gian đã dùng / thời hạn (%)"), rows);
    }


    static Table officers(List<OfficerFigures> list) {
        List<List<Object>> rows = new ArrayList<>();
        for (OfficerFigures o : list) {
            rows.add(listOf(o.actor(), o.unitCode(), o.total(), o.early(), o.onTime(), o.late()));
        }
        return new Table("Theo cán bộ", List.of("Cán bộ", "Đơn vị", "Lượt chuyển giao", "Trước hạn", "Đúng hạn", "Quá hạn"), rows);
    }


    static Table lateHandovers(List<HandoverFactRecord> list) {
        List<List<Object>> rows = new ArrayList<>();
        for (HandoverFactRecord o : list) {
            rows.add(listOf(o.dossierCode(), o.stepId(), o.unitCode(), o.actor(), Labels.time(o.dueAt()), Labels.time(o.handedOverAt())));
        }
        return new Table("Chuyển giao quá hạn", List.of("Mã hồ sơ", "Bước", "Đơn vị", "Cán bộ", "Hạn của bước", "Chuyển lúc"), rows);
    }


    static Table dossierTable(String title, List<DossierFactRecord> list) {
        List<List<Object>> rows = new ArrayList<>(list.size());
        for (DossierFactRecord d : list) {
            rows.add(listOf(d.dossierCode(), d.unitCode(), d.procedureCode(), channel(d.channel()), d.status(),
                    Labels.time(d.submittedAt()), Labels.time(d.dueAt()), Labels.time(d.finishedAt()),
                    d.timing() == null ? "" : Labels.timing(d.timing())));
        }
        return new Table(title, List.of("Mã hồ sơ", "Đơn vị", "Thủ tục", "Kênh", "Trạng thái", "Nộp lúc", "Hẹn trả",
                "Giải quyết xong", "Kết quả so với hẹn"), rows);
    }


    /** A table as HTML; {@code link} gives a cell's link or null, {@code hidden} a column not shown (−1 for none). */
    static void rows(Html h, Table t, BiFunction<List<Object>, Integer, String> link, int hidden) {
        h.open("div", "class", "table-wrap");
        h.open("table").el("caption", t.title()).open("thead").open("tr");
        for (int c = 0; c < t.columns().size(); c++) {
            if (c != hidden) {
                h.el("th", t.columns().get(c), "scope", "col");
            }
        }
        h.close("tr").close("thead").open("tbody");
        if (t.rows().isEmpty()) {
            h.open("tr").el("td", "Không có số liệu trong kỳ.", "colspan", String.valueOf(t.columns().size())).close("tr");
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
    static void exports(Html h, DashboardScope s, String name, String... extra) {
        String[] csv = concat(extra, "bang", name, "dinh-dang", "csv");
        String[] xlsx = concat(extra, "bang", name, "dinh-dang", "xlsx");
        h.open("p", "class", "exports");
        h.el("a", "Tải CSV", "href", "/quan-tri/thong-ke/xuat" + s.query(csv));
        h.text(" · ");
        h.el("a", "Tải Excel (XLSX)", "href", "/quan-tri/thong-ke/xuat" + s.query(xlsx));
        h.close("p");
    }


    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }


    private static String dated(ReportFigure f) {
        return switch (f.dated()) {
            case SUBMITTED -> "tháng tiếp nhận";
            case FINISHED -> "tháng giải quyết xong";
            case NOW -> "thời điểm hiện tại";
        };
    }


    private static String channel(String c) {
        return switch (c) {
            case "COUNTER" -> "Trực tiếp";
            case "POSTAL" -> "Bưu chính";
            case "ONLINE_PARTIAL" -> "Trực tuyến một phần";
            case "ONLINE_FULL" -> "Trực tuyến toàn trình";
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
