package vn.motcua.workspace.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import vn.motcua.calendar.CalendarAdministration;
import vn.motcua.calendar.UnitClosure;
import vn.motcua.pages.html.Html;
import vn.motcua.runtime.units.InvalidUnitException;
import vn.motcua.runtime.units.Unit;
import vn.motcua.runtime.units.UnitAdministration;
import vn.motcua.runtime.units.UnitDirectory;
import vn.motcua.security.AccessDeniedException;
import vn.motcua.security.AccountConflictException;
import vn.motcua.security.AccountNotFoundException;
import vn.motcua.security.AuditLog;
import vn.motcua.security.CreatedAccount;
import vn.motcua.security.InvalidAccountException;
import vn.motcua.security.NewAccount;
import vn.motcua.security.RoleGrant;
import vn.motcua.security.StaffAccount;
import vn.motcua.security.StaffAccounts;
import vn.motcua.security.StaffRole;
import vn.motcua.security.StaffSecurityException;

/**
 * The console's forms for what the JSON API already allows: create an account and edit its roles per unit (who may
 * manage whom is decided by {@link StaffAccounts}, exactly as for {@code /api/v1/admin/accounts}), edit a unit's name
 * and agency code (city administrators, as {@code PUT /api/v1/admin/units/{code}}), add and remove a unit's closures
 * (its unit administrator or a city administrator).
 */
final class ConsolePages {

    private final UnitDirectory units;
    private final UnitAdministration unitAdministration;
    private final CalendarAdministration calendar;
    private final Supplier<StaffAccounts> accounts;
    private final Supplier<AuditLog> audit;

    ConsolePages(UnitDirectory units, UnitAdministration unitAdministration, CalendarAdministration calendar,
                 Supplier<StaffAccounts> accounts, Supplier<AuditLog> audit) {
        this.units = units;
        this.unitAdministration = unitAdministration;
        this.calendar = calendar;
        this.accounts = accounts;
        this.audit = audit;
    }

    static String role(StaffRole r) {
        return switch (r) {
            case ONE_STOP_OFFICER -> "Cán bộ một cửa";
            case SPECIALIST -> "Chuyên viên";
            case LEADER -> "Lãnh đạo";
            case CONTROL_OFFICER -> "Đầu mối kiểm soát TTHC";
            case UNIT_ADMIN -> "Quản trị đơn vị";
            case CITY_ADMIN -> "Quản trị Thành phố";
        };
    }

    private static boolean manages(Req r, String unit) {
        return r.who.has(StaffRole.CITY_ADMIN) || r.who.has(StaffRole.UNIT_ADMIN, unit);
    }

    /** Roles the caller may grant: a unit administrator never grants CITY_ADMIN. */
    private static Set<StaffRole> grantable(Req r) {
        Set<StaffRole> all = EnumSet.allOf(StaffRole.class);
        if (!r.who.has(StaffRole.CITY_ADMIN)) {
            all.remove(StaffRole.CITY_ADMIN);
        }
        return all;
    }

    private List<Unit> managedUnits(Req r) {
        return units.all().stream().filter(u -> manages(r, u.code())).sorted(Comparator.comparing(Unit::code)).toList();
    }

    // ---- accounts ---------------------------------------------------------------------------------------------

    /** The account table with links to each account, and the creation form; part of the console's home page. */
    void accounts(Html h, Req r) {
        StaffAccounts a = accounts.get();
        if (a == null) {
            return;
        }
        h.el("h2", "Tài khoản và vai trò", "id", "tai-khoan");
        h.open("table").open("thead").open("tr");
        for (String t : List.of("Tài khoản", "Họ tên", "Vai trò theo đơn vị", "Hoạt động")) {
            h.el("th", t, "scope", "col");
        }
        h.close("tr").close("thead").open("tbody");
        for (StaffAccount acc : a.list(r.who)) {
            h.open("tr").open("td").el("a", acc.login(), "href", "/quan-tri/tai-khoan/" + acc.login()).close("td")
                    .el("td", acc.displayName()).el("td", grants(acc.grants()))
                    .el("td", acc.active() ? "Có" : "Đã khóa").close("tr");
        }
        h.close("tbody").close("table");
        newAccountForm(h, r);
    }

    private static String grants(Set<RoleGrant> grants) {
        return String.join(", ", grants.stream().sorted(Comparator.comparing(RoleGrant::unitCode).thenComparing(RoleGrant::role))
                .map(g -> role(g.role()) + " – " + g.unitCode()).toList());
    }

    private void newAccountForm(Html h, Req r) {
        h.open("form", "class", "card", "method", "post", "action", "/quan-tri/tai-khoan");
        h.el("h3", "Tạo tài khoản cán bộ");
        Frame.csrf(h, r);
        h.el("label", "Tên đăng nhập (a-z, 0-9, dấu chấm, gạch dưới, gạch ngang)", "for", "tk-login");
        h.empty("input", "id", "tk-login", "name", "login", "required", "", "autocapitalize", "none", "autocomplete", "off");
        h.el("label", "Họ và tên", "for", "tk-ten");
        h.empty("input", "id", "tk-ten", "name", "ten", "required", "", "autocomplete", "off");
        h.el("label", "Mật khẩu (để trống để hệ thống tạo và hiện một lần)", "for", "tk-mk");
        h.empty("input", "id", "tk-mk", "name", "mat-khau", "type", "password", "autocomplete", "new-password");
        unitAndRole(h, r, "tk");
        h.el("p", "");
        h.el("button", "Tạo tài khoản", "type", "submit");
        h.close("form");
    }

    private void unitAndRole(Html h, Req r, String prefix) {
        h.el("label", "Đơn vị", "for", prefix + "-don-vi").open("select", "id", prefix + "-don-vi", "name", "don-vi");
        managedUnits(r).forEach(u -> h.el("option", u.code() + " – " + u.name(), "value", u.code()));
        h.close("select");
        h.el("label", "Vai trò", "for", prefix + "-vai-tro").open("select", "id", prefix + "-vai-tro", "name", "vai-tro");
        grantable(r).forEach(x -> h.el("option", role(x), "value", x.name()));
        h.close("select");
    }

    void createAccount(Req r) throws IOException {
        StaffAccounts a = accounts.get();
        if (a == null) {
            r.redirect("/quan-tri/?loi=" + WorkPages.enc("Dịch vụ tài khoản chưa sẵn sàng; thử lại sau giây lát."));
            return;
        }
        Optional<RoleGrant> grant = grant(r.param("don-vi").orElse(""), r.param("vai-tro").orElse(""));
        if (grant.isEmpty()) {
            r.redirect("/quan-tri/?loi=" + WorkPages.enc("Chọn đơn vị và vai trò của tài khoản."));
            return;
        }
        try {
            CreatedAccount c = a.create(r.who, new NewAccount(r.param("login").orElse(""), r.param("ten").orElse(""),
                    r.param("mat-khau").orElse(null), Set.of(grant.get())), r.client());
            if (c.generatedPassword() == null) {
                r.redirect("/quan-tri/tai-khoan/" + c.account().login() + "?thong-bao=" + WorkPages.enc("Đã tạo tài khoản " + c.account().login() + "."));
                return;
            }
            // The generated password is shown in this one answer only: never in a URL, a log or the audit log.
            Html h = new Html();
            h.el("h1", "Đã tạo tài khoản " + c.account().login());
            h.open("div", "class", "notice", "role", "status");
            h.el("p", "Mật khẩu được tạo (chỉ hiện một lần, hãy trao tận tay cán bộ):");
            h.el("p", c.generatedPassword(), "class", "secret");
            h.close("div");
            h.open("p").el("a", "Xem tài khoản", "href", "/quan-tri/tai-khoan/" + c.account().login()).close("p");
            r.html(201, Frame.page(r, "Đã tạo tài khoản", h));
        } catch (StaffSecurityException e) {
            r.redirect("/quan-tri/?loi=" + WorkPages.enc(message(e)));
        }
    }

    void account(Req r, String login) throws IOException {
        StaffAccounts a = accounts.get();
        StaffAccount acc;
        try {
            acc = a == null ? null : a.get(r.who, login);
        } catch (AccountNotFoundException | AccessDeniedException e) {
            acc = null; // another unit's account looks exactly like an unknown one
        }
        if (acc == null) {
            r.html(404, Frame.page(r, "Không tìm thấy", new Html().el("h1", "Không tìm thấy tài khoản")));
            return;
        }
        Html h = new Html();
        h.el("h1", "Tài khoản " + acc.login());
        Frame.notice(h, r);
        h.open("dl", "class", "facts");
        h.el("dt", "Họ và tên").el("dd", acc.displayName()).el("dt", "Hoạt động").el("dd", acc.active() ? "Có" : "Đã khóa")
                .el("dt", "Vai trò").el("dd", acc.grants().isEmpty() ? "—" : grants(acc.grants()));
        h.close("dl");
        h.open("form", "class", "card", "method", "post", "action", "/quan-tri/tai-khoan/" + acc.login() + "/vai-tro");
        h.el("h2", "Vai trò theo đơn vị");
        Frame.csrf(h, r);
        h.open("fieldset").el("legend", "Giữ các vai trò đang có (bỏ chọn để thu hồi)");
        int i = 0;
        for (RoleGrant g : acc.grants().stream().sorted(Comparator.comparing(RoleGrant::unitCode).thenComparing(RoleGrant::role)).toList()) {
            boolean editable = manages(r, g.unitCode()) && grantable(r).contains(g.role());
            if (!editable) {
                h.el("p", role(g.role()) + " – " + g.unitCode() + " (đơn vị khác quản lý)", "class", "muted");
                continue;
            }
            String id = "giu-" + i++;
            h.open("label", "for", id).empty("input", "type", "checkbox", "id", id, "name", "giu",
                    "value", g.role().name() + "@" + g.unitCode(), "checked", "").text(" " + role(g.role()) + " – " + g.unitCode()).close("label");
        }
        h.close("fieldset");
        h.open("fieldset").el("legend", "Thêm một vai trò (không bắt buộc)");
        h.el("label", "Đơn vị", "for", "them-don-vi").open("select", "id", "them-don-vi", "name", "don-vi");
        h.el("option", "— Không thêm —", "value", "");
        managedUnits(r).forEach(u -> h.el("option", u.code() + " – " + u.name(), "value", u.code()));
        h.close("select");
        h.el("label", "Vai trò", "for", "them-vai-tro").open("select", "id", "them-vai-tro", "name", "vai-tro");
        grantable(r).forEach(x -> h.el("option", role(x), "value", x.name()));
        h.close("select").close("fieldset");
        h.el("button", "Lưu vai trò", "type", "submit");
        h.close("form");
        h.open("form", "class", "card", "method", "post", "action", "/quan-tri/tai-khoan/" + acc.login() + "/mat-khau");
        h.el("h2", "Đặt lại mật khẩu");
        Frame.csrf(h, r);
        h.el("p", "Hệ thống tạo mật khẩu mới và hiện một lần; các phiên đăng nhập cũ của tài khoản hết hiệu lực.", "class", "muted");
        h.el("button", "Tạo mật khẩu mới", "type", "submit");
        h.close("form");
        h.open("form", "class", "card", "method", "post",
                "action", "/quan-tri/tai-khoan/" + acc.login() + (acc.active() ? "/khoa" : "/mo-khoa"));
        h.el("h2", acc.active() ? "Khóa tài khoản" : "Mở khóa tài khoản");
        Frame.csrf(h, r);
        h.el("button", acc.active() ? "Khóa tài khoản" : "Mở khóa tài khoản", "type", "submit");
        h.close("form");
        h.open("p").el("a", "Về trang quản trị", "href", "/quan-tri/#tai-khoan").close("p");
        r.html(200, Frame.page(r, "Tài khoản " + acc.login(), h));
    }

    void saveRoles(Req r, String login) throws IOException {
        StaffAccounts a = accounts.get();
        String back = "/quan-tri/tai-khoan/" + login;
        if (a == null) {
            r.redirect(back + "?loi=" + WorkPages.enc("Dịch vụ tài khoản chưa sẵn sàng; thử lại sau giây lát."));
            return;
        }
        Set<RoleGrant> grants = new LinkedHashSet<>();
        for (String kept : r.values("giu")) {
            int at = kept.indexOf('@');
            if (at > 0) {
                grant(kept.substring(at + 1), kept.substring(0, at)).ifPresent(grants::add);
            }
        }
        r.param("don-vi").flatMap(u -> grant(u, r.param("vai-tro").orElse(""))).ifPresent(grants::add);
        try {
            // Only grants in units the caller administers are sent; the service keeps the account's other units.
            a.replaceRoles(r.who, login, grants.stream().filter(g -> manages(r, g.unitCode())).collect(java.util.stream.Collectors.toSet()),
                    r.client());
            r.redirect(back + "?thong-bao=" + WorkPages.enc("Đã lưu vai trò của " + login + "."));
        } catch (AccountNotFoundException e) {
            r.html(404, Frame.page(r, "Không tìm thấy", new Html().el("h1", "Không tìm thấy tài khoản")));
        } catch (StaffSecurityException e) {
            r.redirect(back + "?loi=" + WorkPages.enc(message(e)));
        }
    }

    /** A new generated password, shown in this one answer only (never in a URL, a log or the audit log). */
    void resetPassword(Req r, String login) throws IOException {
        StaffAccounts a = accounts.get();
        String back = "/quan-tri/tai-khoan/" + login;
        if (a == null) {
            r.redirect(back + "?loi=" + WorkPages.enc("Dịch vụ tài khoản chưa sẵn sàng; thử lại sau giây lát."));
            return;
        }
        try {
            CreatedAccount c = a.resetPassword(r.who, login, null, r.client());
            Html h = new Html();
            h.el("h1", "Mật khẩu mới của " + login);
            h.open("div", "class", "notice", "role", "status");
            h.el("p", "Mật khẩu mới (chỉ hiện một lần, hãy trao tận tay cán bộ):");
            h.el("p", c.generatedPassword(), "class", "secret");
            h.close("div");
            h.open("p").el("a", "Xem tài khoản", "href", back).close("p");
            r.html(200, Frame.page(r, "Mật khẩu mới", h));
        } catch (AccountNotFoundException e) {
            r.html(404, Frame.page(r, "Không tìm thấy", new Html().el("h1", "Không tìm thấy tài khoản")));
        } catch (StaffSecurityException e) {
            // Includes an account that also works in another unit: only a city administrator changes it (decision 1601).
            r.redirect(back + "?loi=" + WorkPages.enc(message(e)));
        }
    }

    void setActive(Req r, String login, boolean active) throws IOException {
        StaffAccounts a = accounts.get();
        String back = "/quan-tri/tai-khoan/" + login;
        if (a == null) {
            r.redirect(back + "?loi=" + WorkPages.enc("Dịch vụ tài khoản chưa sẵn sàng; thử lại sau giây lát."));
            return;
        }
        try {
            a.setActive(r.who, login, active, r.client());
            r.redirect(back + "?thong-bao=" + WorkPages.enc(active ? "Đã mở khóa tài khoản." : "Đã khóa tài khoản."));
        } catch (AccountNotFoundException e) {
            r.html(404, Frame.page(r, "Không tìm thấy", new Html().el("h1", "Không tìm thấy tài khoản")));
        } catch (StaffSecurityException e) {
            // Includes an account that also works in another unit: only a city administrator changes it (decision 1601).
            r.redirect(back + "?loi=" + WorkPages.enc(message(e)));
        }
    }

    private Optional<RoleGrant> grant(String unit, String role) {
        try {
            return unit.isBlank() || units.find(unit).isEmpty() ? Optional.empty()
                    : Optional.of(new RoleGrant(unit, StaffRole.valueOf(role)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The security bundle's refusals in Vietnamese (its own messages name fields in English for the API's logs). */
    private static String message(StaffSecurityException e) {
        if (e instanceof InvalidAccountException x) {
            return x.getMessage();
        }
        if (e instanceof AccountConflictException) {
            return e.getMessage() != null && e.getMessage().startsWith("login exists")
                    ? "Tên đăng nhập đã có; chọn tên khác."
                    : "Không thực hiện được: quản trị không tự thu hồi quyền quản trị Thành phố hoặc tự khóa tài khoản của mình.";
        }
        if (e instanceof AccessDeniedException) {
            return "Không có quyền: quản trị đơn vị chỉ thay đổi tài khoản mà mọi vai trò đều ở đơn vị của mình (tài khoản làm việc"
                    + " ở cả đơn vị khác do quản trị Thành phố quản lý), không tự cấp vai trò xử lý hồ sơ cho mình và không cấp quyền"
                    + " quản trị Thành phố.";
        }
        return "Không thực hiện được thao tác với tài khoản.";
    }

    // ---- unit record and closures -----------------------------------------------------------------------------

    /** The unit's edit form (city administrators) and closures with add and remove (the unit's administrators). */
    void unitForms(Html h, Req r, Unit u) {
        if (r.who.has(StaffRole.CITY_ADMIN)) {
            h.open("form", "class", "card", "method", "post", "action", "/quan-tri/don-vi/" + u.code());
            h.el("h2", "Sửa thông tin đơn vị");
            Frame.csrf(h, r);
            h.el("label", "Tên đơn vị", "for", "dv-ten");
            h.empty("input", "id", "dv-ten", "name", "ten", "value", u.name(), "required", "");
            h.el("label", "Mã định danh cơ quan", "for", "dv-ma");
            h.empty("input", "id", "dv-ma", "name", "ma-dinh-danh", "value", u.agencyCode(), "required", "");
            h.open("label", "for", "dv-chinh-thuc").empty("input", "type", "checkbox", "id", "dv-chinh-thuc", "name", "chinh-thuc",
                    "value", "true", "checked", u.agencyCodeOfficial() ? "" : null).text(" Mã định danh chính thức (không phải mã mẫu)").close("label");
            h.el("p", "");
            h.el("button", "Lưu thông tin đơn vị", "type", "submit");
            h.close("form");
        }
        h.el("h2", "Ngày đóng cửa riêng của đơn vị");
        List<UnitClosure> closures = calendar.closures(u.code());
        if (closures.isEmpty()) {
            h.el("p", "Chưa có ngày đóng cửa riêng.");
        } else {
            h.open("table").open("thead").open("tr").el("th", "Từ ngày", "scope", "col").el("th", "Đến ngày", "scope", "col")
                    .el("th", "Lý do", "scope", "col").el("th", "Thao tác", "scope", "col").close("tr").close("thead").open("tbody");
            for (UnitClosure c : closures) {
                h.open("tr").el("td", ReadableValues.date(c.from())).el("td", ReadableValues.date(c.to())).el("td", c.reason()).open("td");
                h.open("form", "class", "inline", "method", "post", "action", "/quan-tri/don-vi/" + u.code() + "/dong-cua/xoa");
                Frame.csrf(h, r);
                h.empty("input", "type", "hidden", "name", "tu", "value", c.from().toString());
                h.empty("input", "type", "hidden", "name", "den", "value", c.to().toString());
                h.el("button", "Xóa", "type", "submit", "class", "secondary", "aria-label", "Xóa ngày đóng cửa " + c.from() + " – " + c.to());
                h.close("form").close("td").close("tr");
            }
            h.close("tbody").close("table");
        }
        h.open("form", "class", "card", "method", "post", "action", "/quan-tri/don-vi/" + u.code() + "/dong-cua");
        h.el("h3", "Thêm ngày đóng cửa");
        Frame.csrf(h, r);
        h.el("label", "Từ ngày", "for", "dc-tu").empty("input", "type", "date", "id", "dc-tu", "name", "tu", "required", "");
        h.el("label", "Đến ngày", "for", "dc-den").empty("input", "type", "date", "id", "dc-den", "name", "den", "required", "");
        h.el("label", "Lý do (hiện trong giải thích thời hạn)", "for", "dc-ly-do").empty("input", "id", "dc-ly-do", "name", "ly-do", "required", "");
        h.el("p", "");
        h.el("button", "Thêm ngày đóng cửa", "type", "submit");
        h.close("form");
    }

    void saveUnit(Req r, String code) throws IOException {
        Optional<Unit> unit = units.find(code).filter(u -> manages(r, u.code()));
        if (unit.isEmpty()) {
            r.html(404, Frame.page(r, "Không tìm thấy", new Html().el("h1", "Không tìm thấy đơn vị")));
            return;
        }
        String back = "/quan-tri/don-vi/" + code;
        if (!r.who.has(StaffRole.CITY_ADMIN)) {
            r.redirect(back + "?loi=" + WorkPages.enc("Chỉ quản trị Thành phố sửa tên và mã định danh đơn vị."));
            return;
        }
        Unit u = unit.get();
        String name = r.param("ten").orElse("");
        String agency = r.param("ma-dinh-danh").orElse("");
        if (name.isEmpty() || agency.isEmpty()) {
            r.redirect(back + "?loi=" + WorkPages.enc("Cần tên đơn vị và mã định danh cơ quan."));
            return;
        }
        try {
            Unit saved = unitAdministration.save(new Unit(u.code(), u.kind(), u.level(), name, agency,
                    "true".equals(r.param("chinh-thuc").orElse("")), u.parentCode()));
            record(r, "unit_saved", saved.code() + " " + saved.name() + " (" + saved.agencyCode() + ")");
            r.redirect(back + "?thong-bao=" + WorkPages.enc("Đã lưu thông tin đơn vị."));
        } catch (InvalidUnitException e) {
            r.redirect(back + "?loi=" + WorkPages.enc("Không lưu được: " + e.getMessage()));
        }
    }

    void addClosure(Req r, String code) throws IOException {
        closure(r, code, true);
    }

    void removeClosure(Req r, String code) throws IOException {
        closure(r, code, false);
    }

    private void closure(Req r, String code, boolean add) throws IOException {
        Optional<Unit> unit = units.find(code).filter(u -> manages(r, u.code()));
        if (unit.isEmpty()) {
            r.html(404, Frame.page(r, "Không tìm thấy", new Html().el("h1", "Không tìm thấy đơn vị")));
            return;
        }
        String back = "/quan-tri/don-vi/" + code;
        LocalDate from;
        LocalDate to;
        try {
            from = LocalDate.parse(r.param("tu").orElse(""));
            to = LocalDate.parse(r.param("den").orElse(from.toString()));
        } catch (DateTimeParseException e) {
            r.redirect(back + "?loi=" + WorkPages.enc("Ngày phải có dạng 2026-11-30."));
            return;
        }
        if (to.isBefore(from)) {
            r.redirect(back + "?loi=" + WorkPages.enc("Ngày cuối không được trước ngày đầu."));
            return;
        }
        if (add) {
            String reason = r.param("ly-do").orElse("");
            if (reason.isEmpty()) {
                r.redirect(back + "?loi=" + WorkPages.enc("Cần lý do đóng cửa."));
                return;
            }
            calendar.addClosure(new UnitClosure(code, from, to, reason));
            record(r, "closure_added", code + " " + from + ".." + to + ": " + reason);
            r.redirect(back + "?thong-bao=" + WorkPages.enc("Đã thêm ngày đóng cửa " + from + " – " + to + "."));
        } else if (calendar.removeClosure(new UnitClosure(code, from, to, "-"))) {
            record(r, "closure_removed", code + " " + from + ".." + to);
            r.redirect(back + "?thong-bao=" + WorkPages.enc("Đã xóa ngày đóng cửa " + from + " – " + to + "."));
        } else {
            r.redirect(back + "?loi=" + WorkPages.enc("Ngày đóng cửa này ghi trong tệp cấu hình (config/calendar/settings.yaml), không xóa được ở đây."));
        }
    }

    private void record(Req r, String event, String detail) {
        AuditLog a = audit.get();
        if (a != null) {
            a.record(r.who.accountId(), event, detail, r.client());
        }
    }
}
