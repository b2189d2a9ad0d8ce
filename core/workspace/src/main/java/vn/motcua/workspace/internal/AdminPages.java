package vn.motcua.workspace.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.motcua.calendar.CalendarAdministration;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.YearSchedule;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.api.procedure.Step;
import vn.motcua.pages.html.Html;
import vn.motcua.pages.http.FormFile;
import vn.motcua.pages.preview.CitizenPreview;
import vn.motcua.runtime.deploy.BundleAdministration;
import vn.motcua.runtime.deploy.BundleCheck;
import vn.motcua.runtime.deploy.BundleInfo;
import vn.motcua.runtime.deploy.DeploymentRefusedException;
import vn.motcua.runtime.deploy.NoSuchBundleException;
import vn.motcua.runtime.registry.Pause;
import vn.motcua.runtime.registry.ProcedureRegistry;
import vn.motcua.runtime.registry.RegisteredProcedure;
import vn.motcua.runtime.registry.Resolution;
import vn.motcua.runtime.units.Unit;
import vn.motcua.runtime.units.UnitDirectory;
import vn.motcua.security.AuditLog;
import vn.motcua.security.StaffAccounts;
import vn.motcua.security.StaffRole;

/**
 * The admin console. Bundles: city administrators only. Per-unit procedure switches and closures: that unit's
 * administrator or a city administrator. Accounts: as {@link StaffAccounts} allows the caller. A unit administrator
 * sees only their own units; the same rules hold in the JSON API (decision 0601).
 */
final class AdminPages {

    private final BundleAdministration bundles;
    private final ProcedureRegistry registry;
    private final UnitDirectory units;
    private final WorkingCalendar calendar;
    private final CalendarAdministration calendarAdministration;
    private final Supplier<StaffAccounts> accounts;
    private final Supplier<AuditLog> audit;
    private final ConsolePages console;
    private final Supplier<CitizenPreview> preview;

    AdminPages(BundleAdministration bundles, ProcedureRegistry registry, UnitDirectory units, WorkingCalendar calendar,
               CalendarAdministration calendarAdministration, Supplier<StaffAccounts> accounts, Supplier<AuditLog> audit,
               ConsolePages console, Supplier<CitizenPreview> preview) {
        this.preview = preview;
        this.bundles = bundles;
        this.registry = registry;
        this.units = units;
        this.calendar = calendar;
        this.calendarAdministration = calendarAdministration;
        this.accounts = accounts;
        this.audit = audit;
        this.console = console;
    }

    static boolean allowed(vn.motcua.security.StaffIdentity who) {
        return who.has(StaffRole.CITY_ADMIN) || who.has(StaffRole.UNIT_ADMIN);
    }

    private boolean manages(Req r, String unit) {
        return r.who.has(StaffRole.CITY_ADMIN) || r.who.has(StaffRole.UNIT_ADMIN, unit);
    }

    void home(Req r) throws IOException {
        Html h = new Html();
        h.el("h1", "Quản trị hệ thống");
        Frame.notice(h, r);
        if (r.who.has(StaffRole.CITY_ADMIN)) {
            bundles(h, r);
            h.el("h2", "Thông báo gửi đi");
            h.open("p").el("a", "Hộp thư đi: thư đang chờ gửi và gửi không thành công", "href", "/quan-tri/hop-thu-di").close("p");
        }
        h.el("h2", "Đơn vị và thủ tục");
        h.open("ul");
        units.all().stream().filter(u -> manages(r, u.code())).limit(300)
                .forEach(u -> h.open("li").el("a", u.name() + " (" + u.code() + ", mã định danh " + u.agencyCode() + ")",
                        "href", "/quan-tri/don-vi/" + u.code()).close("li"));
        h.close("ul");
        console.accounts(h, r);
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

    /**
     * Procedure bundles (deployed by administrators) with their buttons; the platform's own libraries apart and
     * read-only, since the server refuses to start, stop or remove them (decision 1321). No server path is shown.
     */
    private void bundles(Html h, Req r) {
        List<BundleInfo> all = bundles.list();
        List<BundleInfo> procedures = all.stream().filter(BundleStates::isProcedureBundle).toList();
        List<BundleInfo> platform = all.stream().filter(b -> !BundleStates.isProcedureBundle(b)).toList();
        h.el("h2", "Gói thủ tục (" + procedures.size() + ")");
        if (procedures.isEmpty()) {
            h.el("p", "Chưa có gói thủ tục nào được triển khai.");
        } else {
            h.open("table").open("thead").open("tr");
            for (String t : List.of("Gói", "Phiên bản", "Trạng thái", "Thủ tục", "Chờ", "Lỗi", "Thao tác")) {
                h.el("th", t, "scope", "col");
            }
            h.close("tr").close("thead").open("tbody");
            for (BundleInfo b : procedures) {
                h.open("tr").el("td", b.name()).el("td", b.version()).el("td", BundleStates.label(b.state()))
                        .el("td", String.join(", ", b.procedures()))
                        .el("td", b.waiting().isEmpty() ? "—" : ReadableValues.withoutServerPaths(String.join("; ", b.waiting())))
                        .el("td", b.problems().isEmpty() && b.warnings().isEmpty() ? "—" : ReadableValues.withoutServerPaths(String.join("; ", b.problems())
                                + (b.warnings().isEmpty() ? "" : (b.problems().isEmpty() ? "" : "; ") + "Cảnh báo: " + String.join("; ", b.warnings()))));
                h.open("td");
                if (b.id() >= 0) { // a refused file was never installed: nothing to switch
                    for (String[] op : new String[][] {{"start", "Bật"}, {"stop", "Tắt"}, {"rollback", "Về phiên bản trước"}}) {
                        h.open("form", "class", "inline", "method", "post", "action", "/quan-tri/goi/" + b.id() + "/" + op[0]);
                        Frame.csrf(h, r);
                        h.el("button", op[1], "type", "submit", "class", "secondary", "aria-label", op[1] + " " + b.name());
                        h.close("form");
                    }
                    // Removing is destructive: a reason and an explicit confirmation, both checked by the server too.
                    h.open("details", "class", "confirm").el("summary", "Gỡ bỏ…");
                    h.open("form", "method", "post", "action", "/quan-tri/goi/" + b.id() + "/uninstall");
                    Frame.csrf(h, r);
                    String id = "go-" + b.id();
                    h.el("label", "Lý do gỡ bỏ " + b.name(), "for", id + "-ly-do");
                    h.empty("input", "type", "text", "id", id + "-ly-do", "name", "ly-do", "required", "", "maxlength", "500");
                    h.open("label", "class", "check").empty("input", "type", "checkbox", "name", "xac-nhan", "value", "1", "required", "")
                            .text(" Tôi hiểu: gói bị gỡ khỏi mọi máy chủ, thủ tục của gói ngừng tiếp nhận hồ sơ mới").close("label");
                    h.el("button", "Gỡ bỏ", "type", "submit", "class", "danger", "aria-label", "Gỡ bỏ " + b.name());
                    h.close("form").close("details");
                }
                h.close("td").close("tr");
            }
            h.close("tbody").close("table");
        }
        h.open("details").el("summary", "Thư viện của nền tảng (" + platform.size() + ", chỉ xem)");
        h.open("table").open("thead").open("tr");
        for (String t : List.of("Thư viện", "Phiên bản", "Trạng thái")) {
            h.el("th", t, "scope", "col");
        }
        h.close("tr").close("thead").open("tbody");
        for (BundleInfo b : platform) {
            h.open("tr").el("td", b.name()).el("td", b.version()).el("td", BundleStates.label(b.state())).close("tr");
        }
        h.close("tbody").close("table").close("details");
        h.open("form", "class", "card", "method", "post", "enctype", "multipart/form-data", "action", "/quan-tri/goi");
        Frame.csrf(h, r);
        h.el("label", "Tải lên gói thủ tục (.jar)", "for", "goi");
        h.empty("input", "type", "file", "id", "goi", "name", "goi", "accept", ".jar", "required", "");
        h.el("button", "Tải lên và triển khai", "type", "submit");
        // The same jar, checked without installing it: every problem and warning, nothing changes (issue 12).
        h.el("button", "Chỉ kiểm tra và xem trước, không triển khai", "type", "submit", "class", "secondary",
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
                case "start" -> describe(bundles.start(id));
                case "stop" -> describe(bundles.stop(id));
                case "rollback" -> describe(bundles.rollback(id));
                case "uninstall" -> {
                    bundles.uninstall(id);
                    yield "Đã gỡ bỏ gói " + id + ". Lý do: " + r.param("ly-do").orElseThrow().strip();
                }
                default -> throw new NoSuchBundleException(id);
            };
            record(r, switch (op) { case "start" -> "bundle_started"; case "stop" -> "bundle_stopped"; case "rollback" -> "bundle_rolled_back"; default -> "bundle_uninstalled"; }, what + " (id " + id + ")");
            r.redirect("/quan-tri/?thong-bao=" + WorkPages.enc(what));
        } catch (DeploymentRefusedException e) {
            r.redirect("/quan-tri/?loi=" + WorkPages.enc("Không thực hiện được: " + ReadableValues.withoutServerPaths(String.join("; ", e.problems()))));
        } catch (NoSuchBundleException e) {
            r.redirect("/quan-tri/?loi=" + WorkPages.enc("Không có gói " + id + "."));
        }
    }

    /** Why an uninstall request is not acted on: without a reason and an explicit confirmation nothing is removed. */
    private static Optional<String> uninstallRefusal(Req r) {
        if (r.param("ly-do").map(String::isBlank).orElse(true)) {
            return Optional.of("Chưa gỡ bỏ: hãy ghi lý do gỡ bỏ gói.");
        }
        if (r.param("xac-nhan").isEmpty()) {
            return Optional.of("Chưa gỡ bỏ: hãy đánh dấu ô xác nhận gỡ bỏ gói.");
        }
        return Optional.empty();
    }

    /** Bundles are the city's: a unit administrator's request is refused outright, as {@code 403} in the API. */
    private static void forbidden(Req r) throws IOException {
        Html h = new Html();
        h.el("h1", "Không có quyền");
        h.el("p", "Chỉ quản trị Thành phố quản lý gói thủ tục.");
        h.open("p").el("a", "Về trang quản trị", "href", "/quan-tri/").close("p");
        r.html(403, Frame.page(r, "Không có quyền", h));
    }

    private static String describe(BundleInfo b) {
        return b.name() + " " + b.version() + ": " + BundleStates.label(b.state());
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
            record(r, "bundle_deployed", b.name() + " " + b.version() + " (id " + b.id() + ", " + name + ")");
            r.redirect("/quan-tri/?thong-bao=" + WorkPages.enc("Đã triển khai " + b.name() + " " + b.version() + "."));
        } catch (DeploymentRefusedException e) {
            r.redirect("/quan-tri/?loi=" + WorkPages.enc("Gói bị từ chối: " + ReadableValues.withoutServerPaths(String.join("; ", e.problems()))));
        }
    }

    /** The jar the form sent; without one, the console says so and this is empty. */
    private static Optional<FormFile> chosenJar(Req r) {
        Optional<FormFile> jar = r.file("goi");
        if (jar.isEmpty()) {
            r.redirect("/quan-tri/?loi=" + WorkPages.enc("Chọn tệp .jar của gói thủ tục."));
        }
        return jar;
    }

    /** The file name of an uploaded jar, reduced to safe characters (it names the deployed file). */
    private static String jarName(FormFile jar) {
        return Optional.ofNullable(jar.fileName()).map(n -> n.replaceAll("[^A-Za-z0-9._-]", "_")).orElse("upload.jar");
    }

    /** A dry run of an uploaded jar: what deploying it would do, shown on a page; nothing is installed or audited. */
    void checkUpload(Req r) throws IOException {
        if (!r.who.has(StaffRole.CITY_ADMIN)) {
            forbidden(r);
            return;
        }
        Optional<FormFile> jar = chosenJar(r);
        if (jar.isEmpty()) {
            return;
        }
        BundleCheck check = bundles.check(jarName(jar.get()), jar.get().content());
        Html h = new Html();
        h.el("h1", "Kết quả kiểm tra gói " + check.name() + " " + check.version());
        h.el("p", check.deployable() ? "Gói có thể triển khai. Chưa có gì được cài đặt."
                : "Gói sẽ bị từ chối nếu triển khai. Chưa có gì được cài đặt; phiên bản đang chạy không thay đổi.",
                "role", "status");
        h.el("h2", "Thủ tục trong gói");
        h.el("p", check.procedures().isEmpty() ? "—" : String.join(", ", check.procedures()));
        h.el("h2", "Lỗi (" + check.problems().size() + ")");
        list(h, check.problems().stream().map(ReadableValues::withoutServerPaths).toList());
        h.el("h2", "Cảnh báo (" + check.warnings().size() + ")");
        list(h, check.warnings().stream().map(ReadableValues::withoutServerPaths).toList());
        check.definitions().forEach(d -> preview(h, d));
        h.open("p").el("a", "Về trang quản trị", "href", "/quan-tri/").close("p");
        r.html(200, Frame.page(r, "Kiểm tra gói thủ tục", h));
    }

    /**
     * A procedure of the checked jar as it would run (issue 12): its steps with units, roles and budgets, and the
     * citizen's pages rendered by the portal itself (disclosure with the appointment if submitted now, fees, form).
     */
    private void preview(Html h, ProcedureDefinition d) {
        h.open("section", "class", "card", "aria-label", "Xem trước " + d.code());
        h.el("h2", "Xem trước: " + d.code() + " – " + d.name() + " (phiên bản " + d.version() + ")");
        h.el("h3", "Các bước xử lý");
        if (d.steps().isEmpty()) {
            h.el("p", "Không khai báo bước: hồ sơ được giải quyết ngay tại Bộ phận Một cửa.");
        } else {
            h.open("table").open("thead").open("tr");
            for (String t : List.of("Bước", "Đơn vị", "Vai trò", "Thời gian", "Thao tác")) {
                h.el("th", t, "scope", "col");
            }
            h.close("tr").close("thead").open("tbody");
            for (Step s : d.steps()) {
                h.open("tr").el("td", s.name() + " (" + s.id() + ")" + (s.automated() ? " – hệ thống tự thực hiện" : ""))
                        .el("td", s.unit() == null ? "Đơn vị tiếp nhận" : s.unit() + " – "
                                + units.find(s.unit()).map(vn.motcua.runtime.units.Unit::name).orElse("không có trong danh mục"))
                        .el("td", roleName(s.role()))
                        .el("td", budget(s.budget()))
                        .el("td", String.join(", ", s.actions().stream().map(t -> t.action().name().toLowerCase(java.util.Locale.ROOT)
                                + (t.next() == null ? "" : " → " + t.next())).toList()))
                        .close("tr");
            }
            h.close("tbody").close("table");
        }
        CitizenPreview portal = preview.get();
        h.el("h3", "Người dân sẽ thấy");
        if (portal == null) {
            h.el("p", "Cổng dịch vụ công chưa chạy nên chưa xem trước được trang của người dân.");
        } else {
            // The portal's own pages in a sandboxed frame: its styles, no scripts, nothing submitted.
            h.empty("iframe", "title", "Trang thủ tục và tờ khai " + d.code() + " như trên Cổng dịch vụ công",
                    "sandbox", "", "class", "preview", "style", "width:100%;height:60rem;border:1px solid #ccc",
                    "srcdoc", portal.page(d));
        }
        h.close("section");
    }

    private static String roleName(vn.motcua.api.procedure.Role role) {
        return switch (role) {
            case ONE_STOP_OFFICER -> "Công chức Bộ phận Một cửa";
            case SPECIALIST -> "Chuyên viên, công chức chuyên môn";
            case LEADER -> "Lãnh đạo";
        };
    }

    private static String budget(vn.motcua.api.procedure.TimeLimit t) {
        return switch (t.unit()) {
            case WORKING_HOURS -> t.amount() + " giờ làm việc";
            case WORKING_DAYS -> t.amount() + " ngày làm việc";
            case SAME_DAY -> "trong ngày";
        };
    }

    private static void list(Html h, List<String> items) {
        if (items.isEmpty()) {
            h.el("p", "Không có.");
            return;
        }
        h.open("ul");
        items.forEach(i -> h.el("li", i));
        h.close("ul");
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
        console.unitForms(h, r, u);
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
            record(r, "procedure_enabled", procedure + " for unit " + unit);
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
            record(r, "procedure_disabled", procedure + " for unit " + unit + " until " + until.get() + ": " + reason.get());
        }
        r.redirect("/quan-tri/don-vi/" + unit + "?thong-bao=" + WorkPages.enc((enabled ? "Đã bật lại " : "Đã tạm dừng ") + procedure + "."));
    }

    void year(Req r, int year) throws IOException {
        YearSchedule s = calendar.schedule(year);
        Html h = new Html();
        h.el("h1", "Lịch làm việc năm " + year);
        Frame.notice(h, r);
        h.el("p", (s.official() ? "Lịch chính thức" : "Lịch suy ra theo Bộ luật Lao động") + " – nguồn: " + ReadableValues.withoutServerPaths(s.source()), "class", "muted");
        h.el("h2", "Ngày nghỉ");
        h.open("ul");
        s.nonWorkingDays().forEach(d -> h.el("li", ReadableValues.date(d.date()) + ": " + d.reason()));
        h.close("ul");
        h.el("h2", "Ngày làm bù");
        h.open("ul");
        s.workingDays().forEach(d -> h.el("li", ReadableValues.date(d.date()) + ": " + d.reason()));
        h.close("ul");
        if (r.who.has(StaffRole.CITY_ADMIN)) { // only the city imports a year; a unit administrator only reads it
            h.open("form", "class", "card", "method", "post", "enctype", "multipart/form-data", "action", "/quan-tri/lich/" + year);
            Frame.csrf(h, r);
            h.el("label", "Nạp lịch chính thức của năm (tệp YAML như config/calendar/" + year + ".yaml)", "for", "lich");
            h.empty("input", "type", "file", "id", "lich", "name", "lich", "accept", ".yaml,.yml", "required", "");
            h.el("button", "Nạp và thay thế", "type", "submit");
            h.close("form");
        }
        r.html(200, Frame.page(r, "Lịch năm " + year, h));
    }

    void importYear(Req r, int year) throws IOException {
        if (!r.who.has(StaffRole.CITY_ADMIN)) {
            r.redirect("/quan-tri/?loi=" + WorkPages.enc("Chỉ quản trị Thành phố nạp lịch."));
            return;
        }
        Optional<FormFile> file = r.file("lich");
        if (file.isEmpty()) {
            r.redirect("/quan-tri/lich/" + year + "?loi=" + WorkPages.enc("Chọn tệp lịch năm."));
            return;
        }
        try (InputStream in = new java.io.ByteArrayInputStream(file.get().content())) {
            YearSchedule s = calendarAdministration.importSchedule(in);
            record(r, "calendar_imported", String.valueOf(s.year()));
            r.redirect("/quan-tri/lich/" + s.year() + "?thong-bao=" + WorkPages.enc("Đã nạp lịch năm " + s.year() + "."));
        } catch (IOException | RuntimeException e) {
            r.redirect("/quan-tri/lich/" + year + "?loi=" + WorkPages.enc("Tệp lịch không hợp lệ: " + ReadableValues.withoutServerPaths(String.valueOf(e.getMessage()))));
        }
    }

    private static String pauseText(Pause p) {
        return (p.until() == null ? "" : " đến hết ngày " + ReadableValues.date(p.until()))
                + (p.reason() == null ? "" : " – lý do: " + p.reason());
    }

    private void record(Req r, String event, String detail) {
        AuditLog a = audit.get();
        if (a != null) {
            a.record(r.who.accountId(), event, detail, r.client());
        }
    }
}
