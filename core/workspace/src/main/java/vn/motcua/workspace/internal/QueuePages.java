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
        h.el("h1", r.t("queue.title"));
        Frame.notice(h, r);
        filters(h, r, f);
        byCode(h, r, f, page);
        byNumber(h, r, f);
        if (page.rows().isEmpty()) {
            h.el("p", r.t(f.page() > 1 ? "queue.noMoreOnPage" : "queue.empty"));
        } else {
            table(h, r, f, page);
        }
        pager(h, r, f, page);
        shortcuts(h, r);
        r.html(200, Frame.page(r, r.t("queue.title"), h));
    }

    private void filters(Html h, Req r, QueueFilters f) {
        h.open("form", "class", "filters", "method", "get", "action", "/can-bo/", "role", "search");
        h.open("div").el("label", r.t("queue.filter.search"), "for", "q");
        h.empty("input", "id", "q", "name", "q", "value", f.q(), "type", "search", "accesskey", "t");
        h.close("div");
        h.open("div").el("label", r.t("queue.filter.procedure"), "for", "thu-tuc").open("select", "id", "thu-tuc", "name", "thu-tuc");
        h.el("option", r.t("queue.filter.all"), "value", "");
        registry.all().stream().map(RegisteredProcedure::definition).map(ProcedureDefinition::code).distinct().sorted()
                .forEach(c -> h.el("option", c + " – " + work.procedureName(c), "value", c, "selected", c.equals(f.procedure()) ? "" : null));
        h.close("select").close("div");
        h.open("div").el("label", r.t("queue.filter.status"), "for", "trang-thai").open("select", "id", "trang-thai", "name", "trang-thai");
        h.el("option", r.t("queue.filter.all"), "value", "");
        for (DossierStatus st : DossierStatus.values()) {
            if (st.isOpen()) {
                h.el("option", Labels.status(r.messages(), st), "value", st.name(), "selected", st.name().equals(f.status()) ? "" : null);
            }
        }
        h.close("select").close("div");
        h.open("div").el("label", r.t("queue.filter.channel"), "for", "kenh").open("select", "id", "kenh", "name", "kenh");
        h.el("option", r.t("queue.filter.all"), "value", "");
        for (Channel c : Channel.values()) {
            h.el("option", Labels.channel(r.messages(), c), "value", c.name(), "selected", c.name().equals(f.channel()) ? "" : null);
        }
        h.close("select").close("div");
        h.el("button", r.t("queue.filter.submit"), "type", "submit");
        if (f.any()) {
            h.el("a", r.t("queue.filter.clear"), "href", "/can-bo/", "class", "clear");
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
        h.el("caption", r.t(page.capped() ? "queue.captionCapped" : "queue.caption", f.page(), page.rows().size()));
        h.open("thead").open("tr");
        if (bulk) {
            h.open("th", "scope", "col").el("span", r.t("queue.col.choose"), "class", "visually-hidden").close("th");
        }
        for (String t : List.of("queue.col.code", "queue.col.applicant", "queue.col.procedure", "queue.col.status",
                "queue.col.stepDue", "queue.col.appointment", "queue.col.unit")) {
            h.el("th", r.t(t), "scope", "col");
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
                            "aria-label", r.t("queue.chooseOne", s.code()));
                }
                h.close("td");
            }
            h.open("td").el("a", s.code(), "href", "/can-bo/ho-so/" + s.code(), "class", "code");
            if (cls != null) {
                h.text(" ").el("span", r.t("urgency." + s.urgency().name()), "class", "badge " + cls);
            }
            h.close("td");
            h.el("td", s.applicantName()).el("td", work.procedureName(s.procedureCode())).el("td", Labels.status(r.messages(), s.status()))
                    .el("td", Labels.time(s.stepDueAt())).el("td", Labels.time(s.appointmentAt())).el("td", work.unitName(row.unit()));
            h.close("tr");
        }
        h.close("tbody").close("table").close("div");
        if (bulk) {
            h.open("fieldset", "class", "bulk").el("legend", r.t("queue.bulk"));
            for (DossierAction a : BulkActions.BULK) {
                h.el("button", Labels.action(r.messages(), a), "type", "submit", "name", "action", "value", a.wireName(), "class", "secondary");
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
            h.open("p", "class", "card", "role", "status").text(r.t("queue.notInList", d.code()) + " ")
                    .el("a", d.code() + " – " + d.applicant().name() + " – " + Labels.status(r.messages(), d.status()), "href", "/can-bo/ho-so/" + d.code())
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
        h.open("section", "class", "card", "role", "status", "aria-label", r.t("queue.byNumber"));
        if (found.isEmpty()) {
            h.el("p", r.t("queue.byNumber.none", f.q().strip()));
        } else {
            h.el("p", r.t("queue.byNumber.found", f.q().strip(), found.size()));
            h.open("ul");
            for (DossierSummary s : found) {
                h.open("li").el("a", s.code() + " – " + s.applicantName() + " – " + Labels.status(r.messages(), s.status()),
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

    private static void pager(Html h, Req r, QueueFilters f, QueuePage<Row> page) {
        if (f.page() == 1 && !page.hasNext()) {
            return;
        }
        h.open("nav", "class", "pager", "aria-label", r.t("queue.pager"));
        if (f.page() > 1) {
            h.el("a", r.t("queue.previous"), "href", f.query(f.page() - 1), "rel", "prev", "accesskey", "p");
        }
        h.el("span", r.t("queue.page", f.page()), "aria-current", "page");
        if (page.hasNext()) {
            h.el("a", r.t("queue.next"), "href", f.query(f.page() + 1), "rel", "next", "accesskey", "n");
        }
        h.close("nav");
    }

    /** The shortcuts, written on the page: they are the browser's access keys, so they work without any script. */
    static void shortcuts(Html h, Req r) {
        h.open("details", "class", "shortcuts").el("summary", r.t("queue.shortcuts"));
        h.el("p", r.t("queue.shortcuts.how"));
        h.open("dl", "class", "facts");
        // the letters are the pages' accesskey attributes, not wording
        h.el("dt", "T").el("dd", r.t("queue.shortcuts.search"));
        h.el("dt", "N").el("dd", r.t("queue.shortcuts.next"));
        h.el("dt", "P").el("dd", r.t("queue.shortcuts.previous"));
        h.el("dt", "D").el("dd", r.t("queue.shortcuts.list"));
        h.close("dl").close("details");
    }

    /** The first dossier of the officer's list other than {@code code}: where a clerk goes after an action. */
    Optional<String> nextAfter(Req r, String code) {
        return page(r, new QueueFilters("", "", "", "", 1)).rows().stream().map(row -> row.summary().code())
                .filter(c -> !c.equals(code)).findFirst();
    }
}
