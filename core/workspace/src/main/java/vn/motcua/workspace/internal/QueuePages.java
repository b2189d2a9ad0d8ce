package vn.motcua.workspace.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import vn.motcua.api.procedure.Channel;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.descriptor.VietnameseText;
import vn.motcua.engine.ActionCommand;
import vn.motcua.engine.Actor;
import vn.motcua.engine.DossierAction;
import vn.motcua.engine.DossierEngine;
import vn.motcua.engine.DossierStatus;
import vn.motcua.engine.DossierSummary;
import vn.motcua.engine.DossierView;
import vn.motcua.engine.QueueFilter;
import vn.motcua.pages.html.Html;
import vn.motcua.runtime.registry.ProcedureRegistry;
import vn.motcua.runtime.registry.RegisteredProcedure;

/**
 * The officer's work list: every queue the officer holds, merged and paged (decision 1323), compact filters, keyboard
 * shortcuts, and the bulk "result ready" / "returned" with one outcome per dossier.
 */
final class QueuePages {

    private final Supplier<DossierEngine> engine;
    private final ProcedureRegistry registry;
    private final WorkPages work;

    QueuePages(Supplier<DossierEngine> engine, ProcedureRegistry registry, WorkPages work) {
        this.engine = engine;
        this.registry = registry;
        this.work = work;
    }

    record Row(DossierSummary summary, String unit) {
    }

    /** One page of the officer's list under these filters. */
    QueuePage<Row> page(Req r, QueueFilters f) {
        List<DossierStatus> statuses = java.util.Arrays.stream(DossierStatus.values()).filter(st -> st.name().equals(f.status())).toList();
        int fetch = QueuePage.fetchSize(f.page(), f.narrowedHere());
        vn.motcua.engine.WorkList list = engine.get().workList(new QueueFilter(statuses, null, fetch, 0), r.who.principal());
        String folded = VietnameseText.fold(f.q()).toLowerCase(Locale.ROOT);
        Predicate<Row> shown = row -> {
            DossierSummary s = row.summary();
            if (!f.procedure().isEmpty() && !f.procedure().equals(s.procedureCode())) {
                return false;
            }
            if (!folded.isEmpty() && !s.code().toLowerCase(Locale.ROOT).contains(folded)
                    && !VietnameseText.fold(s.applicantName()).toLowerCase(Locale.ROOT).contains(folded)) {
                return false;
            }
            // the queue line has no channel: looked up only for lines that passed the other filters
            return f.channel().isEmpty() || engine.get().find(s.code(), r.who.principal()).map(d -> d.channel().name().equals(f.channel())).orElse(false);
        };
        return QueuePage.of(list.items().stream().map(w -> new Row(w.dossier(), w.unitCode())).toList(), shown, f.page(), list.capped());
    }

    void queue(Req r) throws IOException {
        QueueFilters f = QueueFilters.of(r);
        QueuePage<Row> page = page(r, f);
        Html h = new Html();
        h.el("h1", "Hồ sơ cần xử lý");
        Frame.notice(h, r);
        filters(h, f);
        byCode(h, r, f, page);
        byNumber(h, r, f);
        if (page.rows().isEmpty()) {
            h.el("p", f.page() > 1 ? "Không còn hồ sơ ở trang này." : "Không có hồ sơ nào cần xử lý.");
        } else {
            table(h, r, f, page);
        }
        pager(h, f, page);
        shortcuts(h);
        r.html(200, Frame.page(r, "Hồ sơ cần xử lý", h));
    }

    private void filters(Html h, QueueFilters f) {
        h.open("form", "class", "filters", "method", "get", "action", "/can-bo/", "role", "search");
        h.open("div").el("label", "Tìm: mã hồ sơ, tên, điện thoại, CCCD", "for", "q");
        h.empty("input", "id", "q", "name", "q", "value", f.q(), "type", "search", "accesskey", "t");
        h.close("div");
        h.open("div").el("label", "Thủ tục", "for", "thu-tuc").open("select", "id", "thu-tuc", "name", "thu-tuc");
        h.el("option", "Tất cả", "value", "");
        registry.all().stream().map(RegisteredProcedure::definition).map(ProcedureDefinition::code).distinct().sorted()
                .forEach(c -> h.el("option", c + " – " + work.procedureName(c), "value", c, "selected", c.equals(f.procedure()) ? "" : null));
        h.close("select").close("div");
        h.open("div").el("label", "Trạng thái", "for", "trang-thai").open("select", "id", "trang-thai", "name", "trang-thai");
        h.el("option", "Tất cả", "value", "");
        for (DossierStatus st : DossierStatus.values()) {
            if (st.isOpen()) {
                h.el("option", Labels.status(st), "value", st.name(), "selected", st.name().equals(f.status()) ? "" : null);
            }
        }
        h.close("select").close("div");
        h.open("div").el("label", "Kênh nộp", "for", "kenh").open("select", "id", "kenh", "name", "kenh");
        h.el("option", "Tất cả", "value", "");
        for (Channel c : Channel.values()) {
            h.el("option", Labels.channel(c), "value", c.name(), "selected", c.name().equals(f.channel()) ? "" : null);
        }
        h.close("select").close("div");
        h.el("button", "Lọc", "type", "submit");
        if (f.any()) {
            h.el("a", "Bỏ lọc", "href", "/can-bo/", "class", "clear");
        }
        h.close("form");
    }

    private void table(Html h, Req r, QueueFilters f, QueuePage<Row> page) {
        boolean bulk = page.rows().stream().anyMatch(row -> bulkAction(row.summary().status()).isPresent());
        if (bulk) {
            h.open("form", "id", "hang-loat", "method", "post", "action", "/can-bo/hang-loat");
            Frame.csrf(h, r);
            h.empty("input", "type", "hidden", "name", "quay-lai", "value", f.query(f.page()));
        }
        h.open("div", "class", "table-wrap").open("table", "class", "queue");
        h.el("caption", "Trang " + f.page() + ": " + page.rows().size() + " hồ sơ; việc đến hạn sớm nhất trước, hồ sơ trực tuyến"
                + " chờ kiểm tra xếp theo giờ nộp" + (page.capped() ? ". Mỗi hàng đợi chỉ xét 1.000 hồ sơ đầu: hãy lọc để thu hẹp." : ""));
        h.open("thead").open("tr");
        if (bulk) {
            h.open("th", "scope", "col").el("span", "Chọn", "class", "visually-hidden").close("th");
        }
        for (String t : List.of("Mã hồ sơ", "Người nộp", "Thủ tục", "Trạng thái", "Hạn bước", "Hẹn trả", "Đơn vị")) {
            h.el("th", t, "scope", "col");
        }
        h.close("tr").close("thead").open("tbody");
        for (Row row : page.rows()) {
            DossierSummary s = row.summary();
            String cls = switch (s.urgency()) {
                case OVERDUE -> "overdue";
                case DUE_SOON -> "due-soon";
                case NORMAL -> null;
            };
            h.open("tr", "class", cls);
            if (bulk) {
                h.open("td");
                if (bulkAction(s.status()).isPresent()) {
                    h.empty("input", "type", "checkbox", "name", "ma", "value", s.code(), "id", "chon-" + s.code(),
                            "aria-label", "Chọn " + s.code());
                }
                h.close("td");
            }
            h.open("td").el("a", s.code(), "href", "/can-bo/ho-so/" + s.code(), "class", "code");
            if (cls != null) {
                h.text(" ").el("span", s.urgency() == DossierSummary.Urgency.OVERDUE ? "Quá hạn" : "Sắp đến hạn", "class", "badge " + cls);
            }
            h.close("td");
            h.el("td", s.applicantName()).el("td", work.procedureName(s.procedureCode())).el("td", Labels.status(s.status()))
                    .el("td", Labels.time(s.stepDueAt())).el("td", Labels.time(s.appointmentAt())).el("td", work.unitName(row.unit()));
            h.close("tr");
        }
        h.close("tbody").close("table").close("div");
        if (bulk) {
            h.open("fieldset", "class", "bulk").el("legend", "Với các hồ sơ đã chọn");
            for (DossierAction a : BulkActions.BULK) {
                h.el("button", Labels.action(a), "type", "submit", "name", "action", "value", a.wireName(), "class", "secondary");
            }
            h.close("fieldset").close("form");
        }
    }

    /**
     * A dossier code typed in full finds the dossier whatever its status, closed ones included, when the officer may
     * see it (the same rule as its page): the list holds only open work, the counter also answers about the rest.
     */
    private void byCode(Html h, Req r, QueueFilters f, QueuePage<Row> page) {
        String code = f.q().strip();
        // a text without spaces, with a dash, is tried as a whole code: one look-up by key, cheap
        if (code.isEmpty() || code.contains(" ") || !code.contains("-") || code.length() > 100 || page.rows().stream().anyMatch(row -> row.summary().code().equals(code))) {
            return;
        }
        work.visible(r, code).ifPresent(d -> {
            h.open("p", "class", "card", "role", "status").text("Hồ sơ " + d.code() + " không có trong danh sách việc cần làm: ")
                    .el("a", d.code() + " – " + d.applicant().name() + " – " + Labels.status(d.status()), "href", "/can-bo/ho-so/" + d.code())
                    .close("p");
        });
    }

    /**
     * A phone number or citizen id typed in the search box finds the applicant's dossiers at the officer's units, in
     * any status: the citizen at the counter rarely knows the code (issue 13). Numbers are stored hashed per dossier
     * (decision 0303), so the engine compares them one dossier at a time within the officer's units.
     */
    private void byNumber(Html h, Req r, QueueFilters f) {
        String digits = f.q().replaceAll("[\\s.\\-+()]", "");
        if (!digits.matches("[0-9]{9,12}")) {
            return;
        }
        List<DossierSummary> found = engine.get().findByApplicantNumber(f.q(), NUMBER_MATCHES, r.who.principal());
        h.open("section", "class", "card", "role", "status", "aria-label", "Hồ sơ theo số điện thoại hoặc CCCD");
        if (found.isEmpty()) {
            h.el("p", "Không có hồ sơ nào của số " + f.q().strip() + " tại đơn vị của bạn trong 12 tháng qua.");
        } else {
            h.el("p", "Hồ sơ của người nộp có số " + f.q().strip() + " (" + found.size() + "):");
            h.open("ul");
            for (DossierSummary s : found) {
                h.open("li").el("a", s.code() + " – " + s.applicantName() + " – " + Labels.status(s.status()),
                        "href", "/can-bo/ho-so/" + s.code()).close("li");
            }
            h.close("ul");
        }
        h.close("section");
    }

    static final int NUMBER_MATCHES = 20;

    /** Which bulk action moves a dossier in this status on, if any. */
    static Optional<DossierAction> bulkAction(DossierStatus s) {
        return switch (s) {
            case DECIDED -> Optional.of(DossierAction.RESULT_READY);
            case RESULT_READY -> Optional.of(DossierAction.RETURN_RESULT);
            default -> Optional.empty();
        };
    }

    private static void pager(Html h, QueueFilters f, QueuePage<Row> page) {
        if (f.page() == 1 && !page.hasNext()) {
            return;
        }
        h.open("nav", "class", "pager", "aria-label", "Phân trang");
        if (f.page() > 1) {
            h.el("a", "← Trang trước", "href", f.query(f.page() - 1), "rel", "prev", "accesskey", "p");
        }
        h.el("span", "Trang " + f.page(), "aria-current", "page");
        if (page.hasNext()) {
            h.el("a", "Trang sau →", "href", f.query(f.page() + 1), "rel", "next", "accesskey", "n");
        }
        h.close("nav");
    }

    /** The shortcuts, written on the page: they are the browser's access keys, so they work without any script. */
    static void shortcuts(Html h) {
        h.open("details", "class", "shortcuts").el("summary", "Phím tắt");
        h.el("p", "Nhấn Alt + phím (Firefox: Alt + Shift + phím; máy Mac: Control + Option + phím):");
        h.open("dl", "class", "facts");
        h.el("dt", "T").el("dd", "Ô tìm hồ sơ");
        h.el("dt", "N").el("dd", "Trang sau; trên trang hồ sơ: hồ sơ tiếp theo trong danh sách");
        h.el("dt", "P").el("dd", "Trang trước");
        h.el("dt", "D").el("dd", "Về danh sách hồ sơ cần xử lý");
        h.close("dl").close("details");
    }

    /** The first dossier of the officer's list other than {@code code}: where a clerk goes after an action. */
    Optional<String> nextAfter(Req r, String code) {
        return page(r, new QueueFilters("", "", "", "", 1)).rows().stream().map(row -> row.summary().code())
                .filter(c -> !c.equals(code)).findFirst();
    }
}
