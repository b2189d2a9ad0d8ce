package vn.motcua.portal.internal;

import vn.motcua.pages.html.Html;
import java.io.IOException;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.motcua.api.procedure.Channel;
import vn.motcua.api.procedure.Disclosure;
import vn.motcua.api.procedure.Fee;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.api.procedure.RequiredDocument;
import vn.motcua.api.procedure.Step;
import vn.motcua.engine.feedback.FeedbackDesk;
import vn.motcua.engine.feedback.PublishedAnswer;
import vn.motcua.runtime.cost.ComplianceCostEstimate;
import vn.motcua.runtime.cost.ComplianceCosts;
import vn.motcua.runtime.registry.RegisteredProcedure;
import vn.motcua.runtime.units.Unit;

/** Home (choose a unit), a unit's catalogue, and a procedure's full public disclosure. */
final class CataloguePages {

    private final Catalogue catalogue;
    private final Layout layout;
    private final Supplier<ComplianceCosts> costs;
    private final Supplier<FeedbackDesk> answers;

    CataloguePages(Catalogue catalogue, Layout layout, Supplier<ComplianceCosts> costs, Supplier<FeedbackDesk> answers) {
        this.catalogue = catalogue;
        this.layout = layout;
        this.costs = costs;
        this.answers = answers;
    }

    void home(Visit v) throws IOException {
        Lang l = v.lang();
        Optional<String> q = v.param("q");
        Html h = new Html();
        h.el("h1", l.t("home.title")).el("p", l.t("home.lead"), "class", "lead");
        searchForm(h, "/", l.t("home.search"), l.t("home.search.hint"), q.orElse(null), l);
        if (q.isPresent()) {
            List<ProcedureDefinition> procedures = catalogue.searchProcedures(q.get());
            List<Unit> found = catalogue.searchUnits(q.get());
            h.el("p", l.t("home.results") + ": " + procedures.size() + " " + l.t("cat.count") + ", " + found.size() + " "
                    + l.t("home.units"), "role", "status");
            if (procedures.isEmpty() && found.isEmpty()) {
                h.el("p", l.t("home.none"));
            }
            if (!procedures.isEmpty()) {
                h.el("h2", l.t("home.procedures"));
                h.open("ul", "class", "list");
                for (ProcedureDefinition d : procedures) {
                    h.open("li").open("a", "href", "/thu-tuc/" + d.code()).el("strong", d.name())
                            .el("span", d.code() + " · " + l.t("home.chooseUnit"), "class", "meta").close("a").close("li");
                }
                h.close("ul");
            }
            if (!found.isEmpty()) {
                h.el("h2", l.t("home.unitsFound"));
                unitList(h, found);
            }
        } else {
            Map<String, List<Unit>> byKind = new LinkedHashMap<>();
            for (String kind : List.of("phuong", "xa", "department", "center", "city")) {
                byKind.put(kind, catalogue.units().stream().filter(u -> kind.equals(u.kind())).toList());
            }
            catalogue.units().stream().filter(u -> !byKind.containsKey(u.kind()))
                    .forEach(u -> byKind.computeIfAbsent(u.kind(), k -> new java.util.ArrayList<>()));
            for (Map.Entry<String, List<Unit>> e : byKind.entrySet()) {
                if (e.getValue().isEmpty()) {
                    continue;
                }
                h.open("details", "class", "card", "open", e.getKey().equals("phuong") ? "" : null);
                h.open("summary").open("h2", "class", "inline").text(l.t("kind." + e.getKey()))
                        .text(" (" + e.getValue().size() + ")").close("h2").close("summary");
                unitList(h, e.getValue());
                h.close("details");
            }
        }
        Replies.html(v, 200, layout.page(v, l.t("home.title"), l.t("home.lead"), h));
    }

    private static void unitList(Html h, List<Unit> units) {
        h.open("ul", "class", "list");
        for (Unit u : units) {
            h.open("li").open("a", "href", "/don-vi/" + u.code()).el("strong", u.name()).close("a").close("li");
        }
        h.close("ul");
    }

    /** Step two of "find a procedure, then the unit": where it can be submitted, with what is known of each unit. */
    void chooseUnit(Visit v, String code) throws IOException {
        Lang l = v.lang();
        ProcedureDefinition d = catalogue.declared(code).orElseThrow(() -> new NotFound(null, null));
        Optional<String> q = v.param("don-vi");
        List<Unit> offering = catalogue.unitsOffering(code, q);
        Html h = new Html();
        h.open("p").el("a", "← " + l.t("nav.home"), "href", "/").close("p");
        h.el("h1", d.name());
        h.el("p", l.t("choose.lead"), "class", "lead");
        h.open("form", "class", "search", "method", "get", "action", "/thu-tuc/" + d.code(), "role", "search");
        h.open("div", "class", "field").el("label", l.t("choose.search"), "for", "f-unit");
        h.el("span", l.t("home.search.unitHint"), "class", "hint", "id", "f-unit-hint");
        h.empty("input", "type", "search", "id", "f-unit", "name", "don-vi", "value", q.orElse(null),
                "aria-describedby", "f-unit-hint", "autocomplete", "off");
        h.close("div").el("button", l.t("search"), "type", "submit").close("form");
        h.el("p", offering.size() + " " + l.t("home.units"), "role", "status");
        if (offering.isEmpty()) {
            h.el("p", l.t("choose.none"));
        }
        h.open("ul", "class", "list units");
        for (Unit u : offering) {
            h.open("li").open("a", "href", "/don-vi/" + u.code() + "/thu-tuc/" + d.code()).el("strong", u.name()).close("a");
            contact(h, u, l);
            h.close("li");
        }
        h.close("ul");
        Replies.html(v, 200, layout.page(v, d.name() + " – " + l.t("choose.title"), d.name() + ": " + l.t("choose.lead"), h));
    }

    /** Address, opening hours and hotline of a unit: only what is known, never a placeholder. */
    private void contact(Html h, Unit u, Lang l) {
        UnitContacts.Contact c = catalogue.contact(u);
        h.open("dl", "class", "contact");
        c.address().ifPresent(a -> h.el("dt", l.t("unit.address")).el("dd", a));
        String hours = catalogue.openingHours(u);
        if (!hours.isEmpty()) {
            h.el("dt", l.t("unit.hours")).el("dd", hours + " (" + l.t("unit.hours.days") + ")");
        }
        c.hotline().ifPresent(t -> h.el("dt", l.t("unit.hotline")).open("dd").el("a", t, "href", "tel:" + t.replaceAll("[^0-9+]", "")).close("dd"));
        h.close("dl");
    }

    static void searchForm(Html h, String action, String label, String hint, String value, Lang l) {
        h.open("form", "class", "search", "method", "get", "action", action, "role", "search");
        h.open("div", "class", "field");
        h.el("label", label, "for", "q");
        h.el("span", hint, "class", "hint", "id", "q-hint");
        h.empty("input", "type", "search", "id", "q", "name", "q", "value", value, "aria-describedby", "q-hint",
                "autocomplete", "off");
        h.close("div");
        h.el("button", l.t("search"), "type", "submit");
        h.close("form");
    }

    void unit(Visit v, String unitCode) throws IOException {
        Lang l = v.lang();
        Unit unit = catalogue.unit(unitCode, l);
        Optional<String> q = v.param("q");
        List<RegisteredProcedure> procedures = catalogue.offeredAt(unit, q);
        Html h = new Html();
        h.el("h1", l.t("cat.title") + " " + unit.name());
        contact(h, unit, l);
        searchForm(h, "/don-vi/" + unit.code(), l.t("cat.search"), l.t("cat.search.hint"), q.orElse(null), l);
        h.el("p", procedures.size() + " " + l.t("cat.count"), "role", "status");
        if (procedures.isEmpty()) {
            h.el("p", l.t("cat.none"));
        }
        h.open("ul", "class", "list");
        for (RegisteredProcedure p : procedures) {
            ProcedureDefinition d = p.definition();
            h.open("li").open("a", "href", "/don-vi/" + unit.code() + "/thu-tuc/" + d.code());
            h.el("strong", d.name());
            h.el("span", l.t("field") + ": " + (d.field() == null ? "" : d.field()) + " · " + l.t("timeLimit") + ": "
                    + Catalogue.timeLimit(d.disclosure().timeLimit(), l) + " · " + d.code(), "class", "meta");
            if (d.disclosure().channels().contains(Channel.ONLINE)) {
                h.el("span", l.t("online." + d.disclosure().onlineMode()), "class",
                        "badge" + (d.disclosure().onlineMode() == vn.motcua.api.procedure.OnlineMode.FULL ? " full" : ""));
            }
            h.close("a").close("li");
        }
        h.close("ul");
        String title = l.t("cat.title") + " " + unit.name();
        Replies.html(v, 200, layout.page(v, title, title + ": " + procedures.size() + " " + l.t("cat.count"), h));
    }

    void procedure(Visit v, String unitCode, String code) throws IOException {
        Lang l = v.lang();
        Unit unit = catalogue.unit(unitCode, l);
        ProcedureDefinition d = catalogue.offered(code, unit, l);
        Html h = disclosure(unit, d, l);
        Replies.html(v, 200, layout.page(v, d.name(), d.name() + " – " + unit.name() + ": " + l.t("proc.documents") + ", "
                + l.t("proc.fees") + ", " + l.t("timeLimit"), h));
    }

    /** The procedure page's content: also what the admin console's preview shows for a jar not yet deployed. */
    Html disclosure(Unit unit, ProcedureDefinition d, Lang l) {
        Disclosure x = d.disclosure();
        Html h = new Html();
        h.open("p").el("a", "← " + unit.name(), "href", "/don-vi/" + unit.code()).close("p");
        h.el("h1", d.name());
        h.el("p", d.code() + " · " + l.t("field") + ": " + (d.field() == null ? "" : d.field()), "class", "meta");
        h.open("div", "class", "appointment");
        h.el("span", l.t("proc.appointment") + ": ");
        h.open("strong").open("time", "datetime", Dates.iso(catalogue.appointmentIfReceivedNow(unit, x.timeLimit())))
                .text(Dates.format(catalogue.appointmentIfReceivedNow(unit, x.timeLimit()), l)).close("time").close("strong");
        h.el("span", l.t("proc.appointment.note"), "class", "meta");
        h.close("div");
        if (x.channels().contains(Channel.ONLINE)) {
            h.open("p", "class", "actions").el("a", l.t("proc.submit"), "class", "button",
                    "href", "/don-vi/" + unit.code() + "/thu-tuc/" + d.code() + "/nop").close("p");
        } else {
            h.el("p", l.t("proc.noOnline"), "class", "notice");
        }
        h.open("dl", "class", "facts card");
        fact(h, l.t("timeLimit"), Catalogue.timeLimit(x.timeLimit(), l));
        if (x.timeLimitExtension() != null) {
            fact(h, l.t("proc.extension"), l.t("proc.extension.text", x.timeLimitExtension().workingDays(),
                    x.timeLimitExtension().when(), x.timeLimitExtension().legalBasis()));
        }
        fact(h, l.t("proc.online"), l.t("online." + x.onlineMode()));
        fact(h, l.t("proc.channels"), String.join("; ", x.channels().stream().map(c -> l.t("channel." + c)).toList()));
        fact(h, l.t("proc.resultChannels"), String.join("; ", x.resultChannels().stream().map(c -> l.t("channel." + c)).toList()));
        if (x.subjects() != null) {
            fact(h, l.t("proc.subjects"), x.subjects());
        }
        if (x.result() != null) {
            fact(h, l.t("proc.result"), x.result());
        }
        h.close("dl");
        h.el("h2", l.t("proc.documents"));
        h.open("ol");
        for (RequiredDocument doc : x.documents()) {
            h.open("li").text(doc.name()).text(" (" + counts(doc, l) + (doc.required() ? "" : "; " + l.t("optional")) + ")");
            if (doc.note() != null) {
                h.el("span", doc.note(), "class", "meta");
            }
            h.close("li");
        }
        h.close("ol");
        h.el("h2", l.t("proc.fees"));
        if (x.fees().isEmpty()) {
            h.el("p", l.t("proc.free"));
        } else {
            h.open("ul");
            for (Fee f : x.fees()) {
                h.open("li").text(f.name() + ": " + (f.amountVnd() == 0 ? exemption(f, l) : money(f.amountVnd(), l)));
                if (f.note() != null) {
                    h.el("span", f.note(), "class", "meta");
                }
                h.close("li");
            }
            h.close("ul");
        }
        complianceCost(h, d, l);
        h.el("h2", l.t("proc.legal"));
        h.open("ul");
        for (String basis : x.legalBasis()) {
            h.el("li", basis);
        }
        h.close("ul");
        if (!d.steps().isEmpty()) {
            h.el("h2", l.t("proc.steps"));
            h.open("ol");
            for (Step s : d.steps()) {
                h.el("li", s.name());
            }
            h.close("ol");
        }
        publishedAnswers(h, d, l);
        return h;
    }

    /** Answers a leader chose to publish (decision 1030): the question and the answer, never the sender. */
    private void publishedAnswers(Html h, ProcedureDefinition d, Lang l) {
        FeedbackDesk desk = answers.get();
        List<PublishedAnswer> list = desk == null ? List.of() : desk.published(d.code(), 20);
        if (list.isEmpty()) {
            return;
        }
        h.el("h2", l.t("proc.answers"));
        for (PublishedAnswer a : list) {
            h.open("div", "class", "card");
            h.open("p").el("strong", l.t("proc.answers.question") + ": ").text(a.question()).close("p");
            h.open("p").el("strong", l.t("fb.answer") + " (" + Dates.format(a.answeredAt(), l) + "): ").text(a.answer()).close("p");
            h.close("div");
        }
    }

    /** Published so that citizens and the drafting unit see what the procedure costs (Circular 02/2017/TT-VPCP, Art. 27). */
    private void complianceCost(Html h, ProcedureDefinition d, Lang l) {
        ComplianceCosts c = costs.get();
        Optional<ComplianceCostEstimate> e = c == null ? Optional.empty() : c.estimate(d);
        if (e.isEmpty()) {
            return;
        }
        ComplianceCostEstimate x = e.get();
        h.el("h2", l.t("proc.cost"));
        h.open("dl", "class", "facts card");
        fact(h, l.t("proc.cost.once"), money(x.costPerTimeVnd(), l));
        fact(h, l.t("proc.cost.parts"), x.taskHours().toPlainString() + " " + l.t("proc.cost.hours") + " × "
                + money(x.incomeVndPerHour(), l) + " = " + money(x.timeCostVnd(), l) + "; " + l.t("proc.fees") + ": "
                + money(x.feesVnd(), l) + "; " + l.t("proc.cost.other") + ": " + money(x.otherCostsVnd(), l));
        fact(h, l.t("proc.cost.yearly"), money(x.yearlyCostVnd(), l) + " (" + x.timesPerYear() + " × "
                + NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(x.subjectsPerYear()) + ")");
        h.close("dl");
    }

    private static void fact(Html h, String term, String value) {
        h.el("dt", term).el("dd", value);
    }

    private static String counts(RequiredDocument d, Lang l) {
        StringBuilder b = new StringBuilder();
        if (d.originals() > 0) {
            b.append(d.originals()).append(' ').append(l.t("original"));
        }
        if (d.copies() > 0) {
            b.append(b.length() == 0 ? "" : ", ").append(d.copies()).append(' ').append(l.t("copy"));
        }
        return b.toString();
    }

    /**
     * A fee of zero is an exemption and is said so: "Miễn lệ phí" for a lệ phí (charged for a public service, Law on
     * Fees and Charges 97/2015/QH13 Art. 3), "Miễn phí" for a phí, rather than "0 đồng".
     */
    static String exemption(Fee fee, Lang l) {
        if (l != Lang.VI) {
            return "exempt";
        }
        return fee.name().strip().toLowerCase(Locale.forLanguageTag("vi")).startsWith("lệ phí") ? "Miễn lệ phí" : "Miễn phí";
    }

    static String money(long vnd, Lang l) {
        if (vnd == 0) {
            return l == Lang.VI ? "0 đồng" : "free";
        }
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(vnd) + " đồng";
    }
}
