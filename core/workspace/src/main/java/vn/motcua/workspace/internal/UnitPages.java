package vn.motcua.workspace.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import vn.motcua.calendar.CalendarAdministration;
import vn.motcua.calendar.UnitClosure;
import vn.motcua.pages.html.Html;
import vn.motcua.runtime.units.InvalidUnitException;
import vn.motcua.runtime.units.Unit;
import vn.motcua.runtime.units.UnitAdministration;
import vn.motcua.runtime.units.UnitDirectory;
import vn.motcua.security.StaffRole;

/** A unit in the console: its record (city administrators) and its closures, added and removed by its administrators. */
final class UnitPages {

    private final UnitDirectory units;
    private final UnitAdministration unitAdministration;
    private final CalendarAdministration calendar;
    private final AuditTrail audit;

    UnitPages(UnitDirectory units, UnitAdministration unitAdministration, CalendarAdministration calendar, AuditTrail audit) {
        this.units = units;
        this.unitAdministration = unitAdministration;
        this.calendar = calendar;
        this.audit = audit;
    }

    /** The unit's edit form (city administrators) and closures with add and remove (the unit's administrators). */
    void unitForms(Html h, Req r, Unit u) {
        if (r.who.has(StaffRole.CITY_ADMIN)) {
            h.open("form", "class", "card", "method", "post", "action", "/quan-tri/don-vi/" + u.code());
            h.el("h2", r.t("unit.edit"));
            Frame.csrf(h, r);
            h.el("label", r.t("unit.name"), "for", "dv-ten");
            h.empty("input", "id", "dv-ten", "name", "ten", "value", u.name(), "required", "");
            h.el("label", r.t("unit.agencyCode"), "for", "dv-ma");
            h.empty("input", "id", "dv-ma", "name", "ma-dinh-danh", "value", u.agencyCode(), "required", "");
            h.open("label", "for", "dv-chinh-thuc").empty("input", "type", "checkbox", "id", "dv-chinh-thuc", "name", "chinh-thuc",
                    "value", "true", "checked", u.agencyCodeOfficial() ? "" : null).text(r.t("unit.agencyCodeOfficial")).close("label");
            h.el("p", "");
            h.el("button", r.t("unit.save"), "type", "submit");
            h.close("form");
        }
        h.el("h2", r.t("unit.closures"));
        List<UnitClosure> closures = calendar.closures(u.code());
        if (closures.isEmpty()) {
            h.el("p", r.t("unit.noClosures"));
        } else {
            h.open("table").open("thead").open("tr").el("th", r.t("unit.from"), "scope", "col").el("th", r.t("unit.to"), "scope", "col")
                    .el("th", r.t("unit.reason"), "scope", "col").el("th", r.t("unit.action"), "scope", "col").close("tr").close("thead").open("tbody");
            for (UnitClosure c : closures) {
                h.open("tr").el("td", ReadableValues.date(c.from())).el("td", ReadableValues.date(c.to())).el("td", c.reason()).open("td");
                h.open("form", "class", "inline", "method", "post", "action", "/quan-tri/don-vi/" + u.code() + "/dong-cua/xoa");
                Frame.csrf(h, r);
                h.empty("input", "type", "hidden", "name", "tu", "value", c.from().toString());
                h.empty("input", "type", "hidden", "name", "den", "value", c.to().toString());
                h.el("button", r.t("unit.remove"), "type", "submit", "class", "secondary", "aria-label", r.t("unit.removeClosure", c.from(), c.to()));
                h.close("form").close("td").close("tr");
            }
            h.close("tbody").close("table");
        }
        h.open("form", "class", "card", "method", "post", "action", "/quan-tri/don-vi/" + u.code() + "/dong-cua");
        h.el("h3", r.t("unit.addClosure"));
        Frame.csrf(h, r);
        h.el("label", r.t("unit.from"), "for", "dc-tu").empty("input", "type", "date", "id", "dc-tu", "name", "tu", "required", "");
        h.el("label", r.t("unit.to"), "for", "dc-den").empty("input", "type", "date", "id", "dc-den", "name", "den", "required", "");
        h.el("label", r.t("unit.closureReason"), "for", "dc-ly-do").empty("input", "id", "dc-ly-do", "name", "ly-do", "required", "");
        h.el("p", "");
        h.el("button", r.t("unit.addClosure"), "type", "submit");
        h.close("form");
    }

    void saveUnit(Req r, String code) throws IOException {
        Optional<Unit> unit = units.find(code).filter(u -> AdminPages.manages(r, u.code()));
        if (unit.isEmpty()) {
            r.html(404, Frame.page(r, r.t("error.notFound.title"), new Html().el("h1", r.t("unit.notFound"))));
            return;
        }
        String back = "/quan-tri/don-vi/" + code;
        if (!r.who.has(StaffRole.CITY_ADMIN)) {
            r.redirect(back + "?loi=" + WorkPages.enc(r.t("unit.cityOnly")));
            return;
        }
        Unit u = unit.get();
        String name = r.param("ten").orElse("");
        String agency = r.param("ma-dinh-danh").orElse("");
        if (name.isEmpty() || agency.isEmpty()) {
            r.redirect(back + "?loi=" + WorkPages.enc(r.t("unit.nameAndCodeNeeded")));
            return;
        }
        try {
            Unit saved = unitAdministration.save(new Unit(u.code(), u.kind(), u.level(), name, agency,
                    "true".equals(r.param("chinh-thuc").orElse("")), u.parentCode()));
            audit.record(r, "unit_saved", saved.code() + " " + saved.name() + " (" + saved.agencyCode() + ")");
            r.redirect(back + "?thong-bao=" + WorkPages.enc(r.t("unit.saved")));
        } catch (InvalidUnitException e) {
            r.redirect(back + "?loi=" + WorkPages.enc(r.t("unit.notSaved", e.getMessage())));
        }
    }

    void addClosure(Req r, String code) throws IOException {
        closure(r, code, true);
    }

    void removeClosure(Req r, String code) throws IOException {
        closure(r, code, false);
    }

    private void closure(Req r, String code, boolean add) throws IOException {
        Optional<Unit> unit = units.find(code).filter(u -> AdminPages.manages(r, u.code()));
        if (unit.isEmpty()) {
            r.html(404, Frame.page(r, r.t("error.notFound.title"), new Html().el("h1", r.t("unit.notFound"))));
            return;
        }
        String back = "/quan-tri/don-vi/" + code;
        LocalDate from;
        LocalDate to;
        try {
            from = LocalDate.parse(r.param("tu").orElse(""));
            to = LocalDate.parse(r.param("den").orElse(from.toString()));
        } catch (DateTimeParseException e) {
            r.redirect(back + "?loi=" + WorkPages.enc(r.t("unit.dateFormat")));
            return;
        }
        if (to.isBefore(from)) {
            r.redirect(back + "?loi=" + WorkPages.enc(r.t("unit.endBeforeStart")));
            return;
        }
        if (add) {
            String reason = r.param("ly-do").orElse("");
            if (reason.isEmpty()) {
                r.redirect(back + "?loi=" + WorkPages.enc(r.t("unit.reasonNeeded")));
                return;
            }
            calendar.addClosure(new UnitClosure(code, from, to, reason));
            audit.record(r, "closure_added", code + " " + from + ".." + to + ": " + reason);
            r.redirect(back + "?thong-bao=" + WorkPages.enc(r.t("unit.closureAdded", from, to)));
        } else if (calendar.removeClosure(new UnitClosure(code, from, to, "-"))) {
            audit.record(r, "closure_removed", code + " " + from + ".." + to);
            r.redirect(back + "?thong-bao=" + WorkPages.enc(r.t("unit.closureRemoved", from, to)));
        } else {
            r.redirect(back + "?loi=" + WorkPages.enc(r.t("unit.closureInConfig")));
        }
    }
}
