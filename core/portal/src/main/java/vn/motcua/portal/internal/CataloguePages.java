package vn.motcua.portal.internal;

import vn.motcua.pages.html.Html;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.api.procedure.Channel;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.runtime.registry.RegisteredProcedure;
import vn.motcua.runtime.units.Unit;

/**
 * Finding a procedure: home (search, or choose a unit), where a procedure can be submitted, a unit's catalogue.
 * The procedure's own page is {@link ProcedurePage}. Stateless apart from its collaborators.
 */
final class CataloguePages {

    private final Catalogue catalogue;
    private final Layout layout;

    CataloguePages(Catalogue catalogue, Layout layout) {
        this.catalogue = catalogue;
        this.layout = layout;
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
}
