package vn.motcua.workspace.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import vn.motcua.pages.html.Html;
import vn.motcua.pages.http.FormFile;
import vn.motcua.runtime.deploy.BundleAdministration;
import vn.motcua.runtime.deploy.BundleInfo;
import vn.motcua.runtime.deploy.DeploymentRefusedException;
import vn.motcua.runtime.deploy.NoSuchBundleException;
import vn.motcua.security.StaffRole;

/**
 * Procedure bundles in the console (city administrators only): the list with their buttons, upload, start, stop,
 * roll back and uninstall, each audited. A unit administrator's request is refused as in the API.
 */
final class BundlePages {

    private final BundleAdministration bundles;
    private final AuditTrail audit;

    BundlePages(BundleAdministration bundles, AuditTrail audit) {
        this.bundles = bundles;
        this.audit = audit;
    }

    /**
     * Procedure bundles (deployed by administrators) with their buttons; the platform's own libraries apart and
     * read-only, since the server refuses to start, stop or remove them (decision 1321). No server path is shown.
     */
    void table(Html h, Req r) {
        List<BundleInfo> all = bundles.list();
        List<BundleInfo> procedures = all.stream().filter(BundleStates::isProcedureBundle).toList();
        List<BundleInfo> platform = all.stream().filter(b -> !BundleStates.isProcedureBundle(b)).toList();
        h.el("h2", r.t("bundle.list.heading", procedures.size()));
        if (procedures.isEmpty()) {
            h.el("p", r.t("bundle.list.none"));
        } else {
            h.open("table").open("thead").open("tr");
            for (String t : List.of(r.t("bundle.col.bundle"), r.t("bundle.col.version"), r.t("bundle.col.state"), r.t("bundle.col.procedures"),
                    r.t("bundle.col.waiting"), r.t("bundle.col.problems"), r.t("bundle.col.action"))) {
                h.el("th", t, "scope", "col");
            }
            h.close("tr").close("thead").open("tbody");
            for (BundleInfo b : procedures) {
                h.open("tr").el("td", b.name()).el("td", b.version()).el("td", BundleStates.label(r.messages(), b.state()))
                        .el("td", String.join(", ", b.procedures()))
                        .el("td", b.waiting().isEmpty() ? "—" : ReadableValues.withoutServerPaths(String.join("; ", b.waiting())))
                        .el("td", b.problems().isEmpty() && b.warnings().isEmpty() ? "—" : ReadableValues.withoutServerPaths(String.join("; ", b.problems())
                                + (b.warnings().isEmpty() ? "" : (b.problems().isEmpty() ? "" : "; ") + r.t("bundle.warnings", String.join("; ", b.warnings())))));
                h.open("td");
                if (b.id() >= 0) { // a refused file was never installed: nothing to switch
                    for (String op : List.of("start", "stop", "rollback")) {
                        String label = switch (op) {
                            case "start" -> r.t("bundle.start");
                            case "stop" -> r.t("bundle.stop");
                            default -> r.t("bundle.rollback");
                        };
                        h.open("form", "class", "inline", "method", "post", "action", "/quan-tri/goi/" + b.id() + "/" + op);
                        Frame.csrf(h, r);
                        h.el("button", label, "type", "submit", "class", "secondary", "aria-label", r.t("bundle.operationOn", label, b.name()));
                        h.close("form");
                    }
                    // Removing is destructive: a reason and an explicit confirmation, both checked by the server too.
                    h.open("details", "class", "confirm").el("summary", r.t("bundle.uninstall.summary"));
                    h.open("form", "method", "post", "action", "/quan-tri/goi/" + b.id() + "/uninstall");
                    Frame.csrf(h, r);
                    String id = "go-" + b.id();
                    h.el("label", r.t("bundle.uninstall.reason", b.name()), "for", id + "-ly-do");
                    h.empty("input", "type", "text", "id", id + "-ly-do", "name", "ly-do", "required", "", "maxlength", "500");
                    h.open("label", "class", "check").empty("input", "type", "checkbox", "name", "xac-nhan", "value", "1", "required", "")
                            .text(" " + r.t("bundle.uninstall.confirm")).close("label");
                    h.el("button", r.t("bundle.uninstall"), "type", "submit", "class", "danger", "aria-label", r.t("bundle.uninstall.label", b.name()));
                    h.close("form").close("details");
                }
                h.close("td").close("tr");
            }
            h.close("tbody").close("table");
        }
        h.open("details").el("summary", r.t("bundle.platform.summary", platform.size()));
        h.open("table").open("thead").open("tr");
        for (String t : List.of(r.t("bundle.col.library"), r.t("bundle.col.version"), r.t("bundle.col.state"))) {
            h.el("th", t, "scope", "col");
        }
        h.close("tr").close("thead").open("tbody");
        for (BundleInfo b : platform) {
            h.open("tr").el("td", b.name()).el("td", b.version()).el("td", BundleStates.label(r.messages(), b.state())).close("tr");
        }
        h.close("tbody").close("table").close("details");
        h.open("form", "class", "card", "method", "post", "enctype", "multipart/form-data", "action", "/quan-tri/goi");
        Frame.csrf(h, r);
        h.el("label", r.t("bundle.upload.file"), "for", "goi");
        h.empty("input", "type", "file", "id", "goi", "name", "goi", "accept", ".jar", "required", "");
        h.el("button", r.t("bundle.upload.submit"), "type", "submit");
        // The same jar, checked without installing it: every problem and warning, nothing changes (issue 12).
        h.el("button", r.t("bundle.upload.check"), "type", "submit", "class", "secondary",
                "formaction", "/quan-tri/goi/kiem-tra");
        h.close("form");
    }

    void bundleAction(Req r, long id, String op) throws IOException {
        if (!r.who.has(StaffRole.CITY_ADMIN)) {
            forbidden(r);
            return;
        }
        Optional<String> refused = "uninstall".equals(op) ? uninstallRefusal(r) : Optional.empty();
        if (refused.isPresent()) {
            r.redirect("/quan-tri/?loi=" + WorkPages.enc(refused.get()));
            return;
        }
        try {
            String what = switch (op) {
                case "start" -> describe(r, bundles.start(id));
                case "stop" -> describe(r, bundles.stop(id));
                case "rollback" -> describe(r, bundles.rollback(id));
                case "uninstall" -> {
                    bundles.uninstall(id);
                    yield r.t("bundle.uninstalled", id, r.param("ly-do").orElseThrow().strip());
                }
                default -> throw new NoSuchBundleException(id);
            };
            audit.record(r, switch (op) { case "start" -> "bundle_started"; case "stop" -> "bundle_stopped"; case "rollback" -> "bundle_rolled_back"; default -> "bundle_uninstalled"; }, what + " (id " + id + ")");
            r.redirect("/quan-tri/?thong-bao=" + WorkPages.enc(what));
        } catch (DeploymentRefusedException e) {
            r.redirect("/quan-tri/?loi=" + WorkPages.enc(r.t("bundle.notDone", ReadableValues.withoutServerPaths(String.join("; ", e.problems())))));
        } catch (NoSuchBundleException e) {
            r.redirect("/quan-tri/?loi=" + WorkPages.enc(r.t("bundle.noSuch", id)));
        }
    }

    /** Why an uninstall request is not acted on: without a reason and an explicit confirmation nothing is removed. */
    private static Optional<String> uninstallRefusal(Req r) {
        if (r.param("ly-do").map(String::isBlank).orElse(true)) {
            return Optional.of(r.t("bundle.uninstall.noReason"));
        }
        if (r.param("xac-nhan").isEmpty()) {
            return Optional.of(r.t("bundle.uninstall.notConfirmed"));
        }
        return Optional.empty();
    }

    /** Bundles are the city's: a unit administrator's request is refused outright, as {@code 403} in the API. */
    static void forbidden(Req r) throws IOException {
        Html h = new Html();
        h.el("h1", r.t("bundle.forbidden.title"));
        h.el("p", r.t("bundle.forbidden.text"));
        h.open("p").el("a", r.t("admin.back"), "href", "/quan-tri/").close("p");
        r.html(403, Frame.page(r, r.t("bundle.forbidden.title"), h));
    }

    private static String describe(Req r, BundleInfo b) {
        return b.name() + " " + b.version() + ": " + BundleStates.label(r.messages(), b.state());
    }

    void upload(Req r) throws IOException {
        if (!r.who.has(StaffRole.CITY_ADMIN)) {
            forbidden(r);
            return;
        }
        Optional<FormFile> jar = chosenJar(r);
        if (jar.isEmpty()) {
            return;
        }
        String name = jarName(jar.get());
        try {
            BundleInfo b = bundles.deploy(name, jar.get().content());
            audit.record(r, "bundle_deployed", b.name() + " " + b.version() + " (id " + b.id() + ", " + name + ")");
            r.redirect("/quan-tri/?thong-bao=" + WorkPages.enc(r.t("bundle.deployed", b.name(), b.version())));
        } catch (DeploymentRefusedException e) {
            r.redirect("/quan-tri/?loi=" + WorkPages.enc(r.t("bundle.refused", ReadableValues.withoutServerPaths(String.join("; ", e.problems())))));
        }
    }

    /** The jar the form sent; without one, the console says so and this is empty. */
    static Optional<FormFile> chosenJar(Req r) {
        Optional<FormFile> jar = r.file("goi");
        if (jar.isEmpty()) {
            r.redirect("/quan-tri/?loi=" + WorkPages.enc(r.t("bundle.upload.chooseFile")));
        }
        return jar;
    }

    /** The file name of an uploaded jar, reduced to safe characters (it names the deployed file). */
    static String jarName(FormFile jar) {
        return Optional.ofNullable(jar.fileName()).map(n -> n.replaceAll("[^A-Za-z0-9._-]", "_")).orElse("upload.jar");
    }
}
