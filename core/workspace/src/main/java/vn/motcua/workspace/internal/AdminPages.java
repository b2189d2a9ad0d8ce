package vn.motcua.workspace.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import vn.motcua.pages.html.Html;
import vn.motcua.runtime.registry.Pause;
import vn.motcua.runtime.registry.ProcedureRegistry;
import vn.motcua.runtime.registry.RegisteredProcedure;
import vn.motcua.runtime.registry.Resolution;
import vn.motcua.runtime.units.Unit;
import vn.motcua.runtime.units.UnitDirectory;
import vn.motcua.security.StaffAccounts;
import vn.motcua.security.StaffRole;

/**
 * The admin console's home and unit pages. Bundles: city administrators only ({@link BundlePages}). Per-unit
 * procedure switches and closures: that unit's administrator or a city administrator. Accounts: as
 * {@link StaffAccounts} allows the caller ({@link AccountPages}). A unit administrator sees only their own units; the
 * same rules hold in the JSON API (decision 0601).
 */
final class AdminPages {

    private final ProcedureRegistry registry;
    private final UnitDirectory units;
    private final BundlePages bundlePages;
    private final UnitPages unitPages;
    private final AccountPages accountPages;
    private final AuditTrail audit;

    AdminPages(ProcedureRegistry registry, UnitDirectory units, BundlePages bundlePages, UnitPages unitPages,
               AccountPages accountPages, AuditTrail audit) {
        this.registry = registry;
        this.units = units;
        this.bundlePages = bundlePages;
        this.unitPages = unitPages;
        this.accountPages = accountPages;
        this.audit = audit;
    }

    static boolean allowed(vn.motcua.security.StaffIdentity who) {
        return who.has(StaffRole.CITY_ADMIN) || who.has(StaffRole.UNIT_ADMIN);
    }

    /** Whether the account administers the unit: a city administrator every unit. */
    static boolean manages(Req r, String unit) {
        return r.who.has(StaffRole.CITY_ADMIN) || r.who.has(StaffRole.UNIT_ADMIN, unit);
    }

    void home(Req r) throws IOException {
        Html h = new Html();
        h.el("h1", r.t("admin.heading"));
        Frame.notice(h, r);
        if (r.who.has(StaffRole.CITY_ADMIN)) {
            bundlePages.table(h, r);
            h.el("h2", r.t("admin.outbox.heading"));
            h.open("p").el("a", r.t("admin.outbox.link"), "href", "/quan-tri/hop-thu-di").close("p");
        }
        h.el("h2", r.t("admin.units.heading"));
        h.open("ul");
        units.all().stream().filter(u -> manages(r, u.code())).limit(300)
                .forEach(u -> h.open("li").el("a", r.t("admin.units.item", u.name(), u.code(), u.agencyCode()),
                        "href", "/quan-tri/don-vi/" + u.code()).close("li"));
        h.close("ul");
        accountPages.accounts(h, r);
        h.el("h2", r.t("admin.cost.heading"));
        h.open("p").el("a", r.t("admin.cost.link"), "href", CostPages.PATH).close("p");
        if (r.who.has(StaffRole.CITY_ADMIN)) {
            h.el("h2", r.t("admin.calendar.heading"));
            int year = LocalDate.now(Labels.VIETNAM).getYear();
            h.open("ul");
            for (int y = year - 1; y <= year + 1; y++) {
                h.open("li").el("a", r.t("admin.calendar.year", y), "href", "/quan-tri/lich/" + y).close("li");
            }
            h.close("ul");
        }
        r.html(200, Frame.page(r, r.t("admin.title"), h));
    }

    void unit(Req r, String code) throws IOException {
        Optional<Unit> unit = units.find(code).filter(u -> manages(r, u.code()));
        if (unit.isEmpty()) {
            r.html(404, Frame.page(r, r.t("error.notFound.title"), new Html().el("h1", r.t("unit.notFound"))));
            return;
        }
        Unit u = unit.get();
        Html h = new Html();
        h.el("h1", u.name());
        Frame.notice(h, r);
        h.open("dl", "class", "facts");
        h.el("dt", r.t("admin.unit.code")).el("dd", u.code()).el("dt", r.t("admin.unit.level")).el("dd", String.valueOf(u.level()))
                .el("dt", r.t("admin.unit.agencyCode"))
                .el("dd", u.agencyCodeOfficial() ? u.agencyCode() : r.t("admin.unit.sampleCode", u.agencyCode()))
                .el("dt", r.t("admin.unit.parent")).el("dd", u.parentCode() == null ? "—" : u.parentCode());
        h.close("dl");
        h.el("h2", r.t("admin.procedures.heading"));
        h.open("table").open("thead").open("tr").el("th", r.t("admin.procedures.procedure"), "scope", "col")
                .el("th", r.t("admin.procedures.state"), "scope", "col").el("th", r.t("admin.procedures.action"), "scope", "col").close("tr").close("thead").open("tbody");
        for (String pc : registry.all().stream().map(RegisteredProcedure::code).distinct().sorted().toList()) {
            Resolution res = registry.resolve(pc, u);
            if (res.status() == Resolution.Status.NOT_OFFERED) {
                continue;
            }
            boolean on = res.status() != Resolution.Status.DISABLED;
            String name = registry.all().stream().filter(p -> p.code().equals(pc)).findFirst().map(p -> p.definition().name()).orElse(pc);
            String state = res.status() == Resolution.Status.WAITING ? r.t("admin.procedure.waiting")
                    : on ? r.t("admin.procedure.on") : r.t("admin.procedure.paused") + res.pause().map(p -> pauseText(r, p)).orElse("");
            h.open("tr").el("td", pc + " – " + name).el("td", state).open("td");
            String action = "/quan-tri/thu-tuc/" + pc + "/don-vi/" + u.code();
            if (on) {
                // Pausing turns citizens away: a reason and a last day, both shown to them, and a confirmation.
                String id = "dung-" + pc.replaceAll("[^A-Za-z0-9]", "-");
                h.open("details", "class", "confirm").el("summary", r.t("admin.pause.summary", pc));
                h.open("form", "method", "post", "action", action);
                Frame.csrf(h, r);
                h.empty("input", "type", "hidden", "name", "bat", "value", "false");
                h.el("label", r.t("admin.pause.reason"), "for", id + "-ly-do");
                h.empty("input", "type", "text", "id", id + "-ly-do", "name", "ly-do", "required", "", "maxlength", "300");
                h.el("label", r.t("admin.pause.until"), "for", id + "-den");
                h.empty("input", "type", "date", "id", id + "-den", "name", "den-ngay", "required", "",
                        "min", LocalDate.now(Labels.VIETNAM).toString());
                h.open("label", "class", "check").empty("input", "type", "checkbox", "name", "xac-nhan", "value", "1", "required", "")
                        .text(" " + r.t("admin.pause.confirm")).close("label");
                h.el("button", r.t("admin.pause.submit"), "type", "submit", "class", "danger", "aria-label", r.t("admin.pause.submitLabel", pc));
                h.close("form").close("details");
            } else {
                h.open("form", "class", "inline", "method", "post", "action", action);
                Frame.csrf(h, r);
                h.empty("input", "type", "hidden", "name", "bat", "value", "true");
                h.el("button", r.t("admin.resume"), "type", "submit", "class", "secondary", "aria-label", r.t("admin.resume.label", pc));
                h.close("form");
            }
            h.close("td").close("tr");
        }
        h.close("tbody").close("table");
        unitPages.unitForms(h, r, u);
        r.html(200, Frame.page(r, u.name(), h));
    }

    void switchProcedure(Req r, String procedure, String unit) throws IOException {
        if (!manages(r, unit) || units.find(unit).isEmpty()) {
            // another unit's switch looks like an unknown unit, as in the API (no leak of what exists)
            r.html(404, Frame.page(r, r.t("error.notFound.title"), new Html().el("h1", r.t("unit.notFound"))));
            return;
        }
        boolean enabled = "true".equals(r.param("bat").orElse(""));
        String back = "/quan-tri/don-vi/" + unit;
        if (enabled) {
            registry.setEnabled(procedure, unit, true);
            audit.record(r, "procedure_enabled", procedure + " for unit " + unit);
        } else {
            Optional<String> reason = r.param("ly-do").map(String::strip).filter(x -> !x.isEmpty());
            Optional<LocalDate> until;
            try {
                until = r.param("den-ngay").filter(x -> !x.isBlank()).map(LocalDate::parse);
            } catch (java.time.format.DateTimeParseException e) {
                until = Optional.empty();
            }
            String missing = reason.isEmpty() ? r.t("admin.pause.missing.reason")
                    : until.isEmpty() ? r.t("admin.pause.missing.until")
                    : until.get().isBefore(LocalDate.now(Labels.VIETNAM)) ? r.t("admin.pause.missing.past")
                    : r.param("xac-nhan").isEmpty() ? r.t("admin.pause.missing.confirm") : null;
            if (missing != null) {
                r.redirect(back + "?loi=" + WorkPages.enc(r.t("admin.pause.notDone", procedure, missing)));
                return;
            }
            registry.pause(procedure, unit, new Pause(reason.get(), until.get()));
            audit.record(r, "procedure_disabled", procedure + " for unit " + unit + " until " + until.get() + ": " + reason.get());
        }
        r.redirect("/quan-tri/don-vi/" + unit + "?thong-bao=" + WorkPages.enc(r.t(enabled ? "admin.resumed" : "admin.paused", procedure)));
    }

    /** What follows "paused" in the procedure's state: until when and why, each only if known. */
    private static String pauseText(Req r, Pause p) {
        return (p.until() == null ? "" : " " + r.t("admin.procedure.pausedUntil", ReadableValues.date(p.until())))
                + (p.reason() == null ? "" : " " + r.t("admin.procedure.pauseReason", p.reason()));
    }
}
