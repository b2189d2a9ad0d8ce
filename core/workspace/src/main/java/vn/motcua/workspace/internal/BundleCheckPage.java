package vn.motcua.workspace.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.api.procedure.Step;
import vn.motcua.pages.html.Html;
import vn.motcua.pages.http.FormFile;
import vn.motcua.pages.preview.CitizenPreview;
import vn.motcua.runtime.deploy.BundleAdministration;
import vn.motcua.runtime.deploy.BundleCheck;
import vn.motcua.runtime.units.Unit;
import vn.motcua.runtime.units.UnitDirectory;
import vn.motcua.security.StaffRole;

/**
 * {@code /quan-tri/goi/kiem-tra}: a dry run of an uploaded jar (what deploying it would do) with a preview of each
 * procedure as it would run and as citizens would see it. Nothing is installed or audited.
 */
final class BundleCheckPage {

    private final BundleAdministration bundles;
    private final UnitDirectory units;
    private final Supplier<CitizenPreview> preview;

    BundleCheckPage(BundleAdministration bundles, UnitDirectory units, Supplier<CitizenPreview> preview) {
        this.bundles = bundles;
        this.units = units;
        this.preview = preview;
    }

    /** A dry run of an uploaded jar: what deploying it would do, shown on a page; nothing is installed or audited. */
    void serve(Req r) throws IOException {
        if (!r.who.has(StaffRole.CITY_ADMIN)) {
            BundlePages.forbidden(r);
            return;
        }
        Optional<FormFile> jar = BundlePages.chosenJar(r);
        if (jar.isEmpty()) {
            return;
        }
        BundleCheck check = bundles.check(BundlePages.jarName(jar.get()), jar.get().content());
        Html h = new Html();
        h.el("h1", r.t("bundleCheck.heading", check.name(), check.version()));
        h.el("p", check.deployable() ? r.t("bundleCheck.deployable") : r.t("bundleCheck.refused"), "role", "status");
        h.el("h2", r.t("bundleCheck.procedures"));
        h.el("p", check.procedures().isEmpty() ? "—" : String.join(", ", check.procedures()));
        h.el("h2", r.t("bundleCheck.problems", check.problems().size()));
        list(h, r, check.problems().stream().map(ReadableValues::withoutServerPaths).toList());
        h.el("h2", r.t("bundleCheck.warnings", check.warnings().size()));
        list(h, r, check.warnings().stream().map(ReadableValues::withoutServerPaths).toList());
        check.definitions().forEach(d -> preview(h, r, d));
        h.open("p").el("a", r.t("admin.back"), "href", "/quan-tri/").close("p");
        r.html(200, Frame.page(r, r.t("bundleCheck.title"), h));
    }

    /**
     * A procedure of the checked jar as it would run (issue 12): its steps with units, roles and budgets, and the
     * citizen's pages rendered by the portal itself (disclosure with the appointment if submitted now, fees, form).
     */
    private void preview(Html h, Req r, ProcedureDefinition d) {
        h.open("section", "class", "card", "aria-label", r.t("bundleCheck.preview.label", d.code()));
        h.el("h2", r.t("bundleCheck.preview.heading", d.code(), d.name(), d.version()));
        h.el("h3", r.t("bundleCheck.steps"));
        if (d.steps().isEmpty()) {
            h.el("p", r.t("bundleCheck.noSteps"));
        } else {
            h.open("table").open("thead").open("tr");
            for (String t : List.of(r.t("bundleCheck.col.step"), r.t("bundleCheck.col.unit"), r.t("bundleCheck.col.role"),
                    r.t("bundleCheck.col.time"), r.t("bundleCheck.col.actions"))) {
                h.el("th", t, "scope", "col");
            }
            h.close("tr").close("thead").open("tbody");
            for (Step s : d.steps()) {
                h.open("tr").el("td", r.t(s.automated() ? "bundleCheck.step.automated" : "bundleCheck.step", s.name(), s.id()))
                        .el("td", s.unit() == null ? r.t("bundleCheck.receivingUnit") : s.unit() + " – "
                                + units.find(s.unit()).map(Unit::name).orElse(r.t("bundleCheck.unknownUnit")))
                        .el("td", roleName(r, s.role()))
                        .el("td", budget(r, s.budget()))
                        .el("td", String.join(", ", s.actions().stream().map(t -> t.action().name().toLowerCase(java.util.Locale.ROOT)
                                + (t.next() == null ? "" : " → " + t.next())).toList()))
                        .close("tr");
            }
            h.close("tbody").close("table");
        }
        CitizenPreview portal = preview.get();
        h.el("h3", r.t("bundleCheck.citizenView"));
        if (portal == null) {
            h.el("p", r.t("bundleCheck.portalDown"));
        } else {
            // The portal's own pages in a sandboxed frame: its styles, no scripts, nothing submitted.
            h.empty("iframe", "title", r.t("bundleCheck.frameTitle", d.code()),
                    "sandbox", "", "class", "preview", "style", "width:100%;height:60rem;border:1px solid #ccc",
                    "srcdoc", portal.page(d));
        }
        h.close("section");
    }

    private static String roleName(Req r, vn.motcua.api.procedure.Role role) {
        return switch (role) {
            case ONE_STOP_OFFICER -> r.t("bundleCheck.role.ONE_STOP_OFFICER");
            case SPECIALIST -> r.t("bundleCheck.role.SPECIALIST");
            case LEADER -> r.t("bundleCheck.role.LEADER");
        };
    }

    private static String budget(Req r, vn.motcua.api.procedure.TimeLimit t) {
        return switch (t.unit()) {
            case WORKING_HOURS -> r.t("bundleCheck.budget.WORKING_HOURS", t.amount());
            case WORKING_DAYS -> r.t("bundleCheck.budget.WORKING_DAYS", t.amount());
            case SAME_DAY -> r.t("bundleCheck.budget.SAME_DAY");
        };
    }

    private static void list(Html h, Req r, List<String> items) {
        if (items.isEmpty()) {
            h.el("p", r.t("bundleCheck.none"));
            return;
        }
        h.open("ul");
        items.forEach(i -> h.el("li", i));
        h.close("ul");
    }
}
