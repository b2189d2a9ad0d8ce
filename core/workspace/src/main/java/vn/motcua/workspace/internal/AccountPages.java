package vn.motcua.workspace.internal;

import java.io.IOException;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import vn.motcua.pages.html.Html;
import vn.motcua.runtime.units.Unit;
import vn.motcua.runtime.units.UnitDirectory;
import vn.motcua.security.AccessDeniedException;
import vn.motcua.security.AccountConflictException;
import vn.motcua.security.AccountNotFoundException;
import vn.motcua.security.CreatedAccount;
import vn.motcua.security.InvalidAccountException;
import vn.motcua.security.NewAccount;
import vn.motcua.security.RoleGrant;
import vn.motcua.security.StaffAccount;
import vn.motcua.security.StaffAccounts;
import vn.motcua.security.StaffRole;
import vn.motcua.security.StaffSecurityException;

/**
 * Staff accounts in the console: the table and creation form on the home page, an account's page with its roles
 * per unit, password reset, lock and unlock. What the caller may do is {@link StaffAccounts}'s decision; a unit
 * administrator sees and grants only at their own units and never grants the city administrator's role.
 */
final class AccountPages {

    private final UnitDirectory units;
    private final Supplier<StaffAccounts> accounts;
    private final AuditTrail audit;
    private final RoleChoices roles;

    AccountPages(UnitDirectory units, Supplier<StaffAccounts> accounts, AuditTrail audit) {
        this.units = units;
        this.accounts = accounts;
        this.audit = audit;
        this.roles = new RoleChoices(units);
    }

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
                    .el("td", acc.displayName()).el("td", RoleChoices.grants(acc.grants()))
                    .el("td", acc.active() ? "Có" : "Đã khóa").close("tr");
        }
        h.close("tbody").close("table");
        newAccountForm(h, r);
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
        roles.select(h, r, "tk", null);
        h.el("p", "");
        h.el("button", "Tạo tài khoản", "type", "submit");
        h.close("form");
    }

    /** The accounts service; without it the console says so on the page it returns to, and this is empty. */
    private Optional<StaffAccounts> service(Req r, String back) {
        StaffAccounts a = accounts.get();
        if (a == null) {
            r.redirect(back + "?loi=" + WorkPages.enc("Dịch vụ tài khoản chưa sẵn sàng; thử lại sau giây lát."));
        }
        return Optional.ofNullable(a);
    }

    void createAccount(Req r) throws IOException {
        Optional<StaffAccounts> service = service(r, "/quan-tri/");
        if (service.isEmpty()) {
            return;
        }
        StaffAccounts a = service.get();
        Optional<RoleGrant> grant = roles.grant(r.param("don-vi").orElse(""), r.param("vai-tro").orElse(""));
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
                .el("dt", "Vai trò").el("dd", acc.grants().isEmpty() ? "—" : RoleChoices.grants(acc.grants()));
        h.close("dl");
        h.open("form", "class", "card", "method", "post", "action", "/quan-tri/tai-khoan/" + acc.login() + "/vai-tro");
        h.el("h2", "Vai trò theo đơn vị");
        Frame.csrf(h, r);
        h.open("fieldset").el("legend", "Giữ các vai trò đang có (bỏ chọn để thu hồi)");
        int i = 0;
        for (RoleGrant g : acc.grants().stream().sorted(Comparator.comparing(RoleGrant::unitCode).thenComparing(RoleGrant::role)).toList()) {
            boolean editable = AdminPages.manages(r, g.unitCode()) && RoleChoices.grantable(r).contains(g.role());
            if (!editable) {
                h.el("p", Labels.role(g.role()) + " – " + g.unitCode() + " (đơn vị khác quản lý)", "class", "muted");
                continue;
            }
            String id = "giu-" + i++;
            h.open("label", "for", id).empty("input", "type", "checkbox", "id", id, "name", "giu",
                    "value", g.role().name() + "@" + g.unitCode(), "checked", "").text(" " + Labels.role(g.role()) + " – " + g.unitCode()).close("label");
        }
        h.close("fieldset");
        h.open("fieldset").el("legend", "Thêm một vai trò (không bắt buộc)");
        roles.select(h, r, "them", "— Không thêm —");
        h.close("fieldset");
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
        String back = "/quan-tri/tai-khoan/" + login;
        Optional<StaffAccounts> service = service(r, back);
        if (service.isEmpty()) {
            return;
        }
        StaffAccounts a = service.get();
        Set<RoleGrant> grants = new LinkedHashSet<>();
        for (String kept : r.values("giu")) {
            int at = kept.indexOf('@');
            if (at > 0) {
                roles.grant(kept.substring(at + 1), kept.substring(0, at)).ifPresent(grants::add);
            }
        }
        r.param("don-vi").flatMap(u -> roles.grant(u, r.param("vai-tro").orElse(""))).ifPresent(grants::add);
        try {
            // Only grants in units the caller administers are sent; the service keeps the account's other units.
            a.replaceRoles(r.who, login, grants.stream().filter(g -> AdminPages.manages(r, g.unitCode())).collect(java.util.stream.Collectors.toSet()),
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
        String back = "/quan-tri/tai-khoan/" + login;
        Optional<StaffAccounts> service = service(r, back);
        if (service.isEmpty()) {
            return;
        }
        StaffAccounts a = service.get();
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
        String back = "/quan-tri/tai-khoan/" + login;
        Optional<StaffAccounts> service = service(r, back);
        if (service.isEmpty()) {
            return;
        }
        StaffAccounts a = service.get();
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
}
