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
        h.el("h1", "Quản trị hệ thống");
        Frame.notice(h, r);
        if (r.who.has(StaffRole.CITY_ADMIN)) {
            bundlePages.table(h, r);
            h.el("h2", "Thông báo gửi đi");
            h.open("p").el("a", "Hộp thư đi: thư đang chờ gửi và gửi không thành công", "href", "/quan-tri/hop-thu-di").close("p");
        }
        h.el("h2", "Đơn vị và thủ tục");
        h.open("ul");
        units.all().stream().filter(u -> manages(r, u.code())).limit(300)
                .forEach(u -> h.open("li").el("a", u.name() + " (" + u.code() + ", mã định danh " + u.agencyCode() + ")",
                        "href", "/quan-tri/don-vi/" + u.code()).close("li"));
        h.close("ul");
        accountPages.accounts(h, r);
        h.el("h2", "Chi phí tuân thủ");
        h.open("p").el("a", "Chi phí tuân thủ thủ tục và so sánh phiên bản", "href", CostPages.PATH).close("p");
        if (r.who.has(StaffRole.CITY_ADMIN)) {
            h.el("h2", "Lịch làm việc");
            int year = LocalDate.now(Labels.VIETNAM).getYear();
            h.open("ul");
            for (int y = year - 1; y <= year + 1; y++) {
                h.open("li").el("a", "Năm " + y, "href", "/quan-tri/lich/" + y).close("li");
            }
            h.close("ul");
        }
        r.html(200, Frame.page(r, "Quản trị", h));
    }

    void unit(Req r, String code) throws IOException {
        Optional<Unit> unit = units.find(code).filter(u -> manages(r, u.code()));
        if (unit.isEmpty()) {
            r.html(404, Frame.page(r, "Không tìm thấy", new Html().el("h1", "Không tìm thấy đơn vị")));
            return;
        }
        Unit u = unit.get();
        Html h = new Html();
        h.el("h1", u.name());
        Frame.notice(h, r);
        h.open("dl", "class", "facts");
        h.el("dt", "Mã").el("dd", u.code()).el("dt", "Cấp").el("dd", String.valueOf(u.level()))
                .el("dt", "Mã định danh").el("dd", u.agencyCode() + (u.agencyCodeOfficial() ? "" : " (mã mẫu)"))
                .el("dt", "Đơn vị cấp trên").el("dd", u.parentCode() == null ? "—" : u.parentCode());
        h.close("dl");
        h.el("h2", "Thủ tục tại đơn vị");
        h.open("table").open("thead").open("tr").el("th", "Thủ tục", "scope", "col").el("th", "Trạng thái", "scope", "col")
                .el("th", "Thao tác", "scope", "col").close("tr").close("thead").open("tbody");
        for (String pc : registry.all().stream().map(RegisteredProcedure::code).distinct().sorted().toList()) {
            Resolution res = registry.resolve(pc, u);
            if (res.status() == Resolution.Status.NOT_OFFERED) {
                continue;
            }
            boolean on = res.status() != Resolution.Status.DISABLED;
            String name = registry.all().stream().filter(p -> p.code().equals(pc)).findFirst().map(p -> p.definition().name()).orElse(pc);
            String state = res.status() == Resolution.Status.WAITING ? "Chờ thành phần xử lý của gói (chưa tiếp nhận)"
                    : on ? "Đang tiếp nhận" : "Tạm dừng tiếp nhận" + res.pause().map(AdminPages::pauseText).orElse("");
            h.open("tr").el("td", pc + " – " + name).el("td", state).open("td");
            String action = "/quan-tri/thu-tuc/" + pc + "/don-vi/" + u.code();
            if (on) {
                // Pausing turns citizens away: a reason and a last day, both shown to them, and a confirmation.
                String id = "dung-" + pc.replaceAll("[^A-Za-z0-9]", "-");
                h.open("details", "class", "confirm").el("summary", "Tạm dừng " + pc + "…");
                h.open("form", "method", "post", "action", action);
                Frame.csrf(h, r);
                h.empty("input", "type", "hidden", "name", "bat", "value", "false");
                h.el("label", "Lý do tạm dừng (công dân sẽ thấy)", "for", id + "-ly-do");
                h.empty("input", "type", "text", "id", id + "-ly-do", "name", "ly-do", "required", "", "maxlength", "300");
                h.el("label", "Tạm dừng đến hết ngày", "for", id + "-den");
                h.empty("input", "type", "date", "id", id + "-den", "name", "den-ngay", "required", "",
                        "min", LocalDate.now(Labels.VIETNAM).toString());
                h.open("label", "class", "check").empty("input", "type", "checkbox", "name", "xac-nhan", "value", "1", "required", "")
                        .text(" Tôi hiểu: đơn vị ngừng nhận hồ sơ mới của thủ tục này; hồ sơ đã nhận vẫn giải quyết").close("label");
                h.el("button", "Tạm dừng", "type", "submit", "class", "danger", "aria-label", "Xác nhận tạm dừng " + pc);
                h.close("form").close("details");
            } else {
                h.open("form", "class", "inline", "method", "post", "action", action);
                Frame.csrf(h, r);
                h.empty("input", "type", "hidden", "name", "bat", "value", "true");
                h.el("button", "Bật lại", "type", "submit", "class", "secondary", "aria-label", "Bật lại " + pc);
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
            r.html(404, Frame.page(r, "Không tìm thấy", new Html().el("h1", "Không tìm thấy đơn vị")));
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
            String missing = reason.isEmpty() ? "hãy ghi lý do tạm dừng (công dân sẽ thấy)"
                    : until.isEmpty() ? "hãy chọn ngày cuối của đợt tạm dừng"
                    : until.get().isBefore(LocalDate.now(Labels.VIETNAM)) ? "ngày cuối của đợt tạm dừng đã qua"
                    : r.param("xac-nhan").isEmpty() ? "hãy đánh dấu ô xác nhận tạm dừng" : null;
            if (missing != null) {
                r.redirect(back + "?loi=" + WorkPages.enc("Chưa tạm dừng " + procedure + ": " + missing + "."));
                return;
            }
            registry.pause(procedure, unit, new Pause(reason.get(), until.get()));
            audit.record(r, "procedure_disabled", procedure + " for unit " + unit + " until " + until.get() + ": " + reason.get());
        }
        r.redirect("/quan-tri/don-vi/" + unit + "?thong-bao=" + WorkPages.enc((enabled ? "Đã bật lại " : "Đã tạm dừng ") + procedure + "."));
    }

    private static String pauseText(Pause p) {
        return (p.until() == null ? "" : " đến hết ngày " + ReadableValues.date(p.until()))
                + (p.reason() == null ? "" : " – lý do: " + p.reason());
    }
}
