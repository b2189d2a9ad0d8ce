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
        h.el("h2", r.t("account.list.heading"), "id", "tai-khoan");
        h.open("table").open("thead").open("tr");
        for (String t : List.of(r.t("account.col.login"), r.t("account.col.name"), r.t("account.rolesPerUnit"), r.t("account.active"))) {
            h.el("th", t, "scope", "col");
        }
        h.close("tr").close("thead").open("tbody");
        for (StaffAccount acc : a.list(r.who)) {
            h.open("tr").open("td").el("a", acc.login(), "href", "/quan-tri/tai-khoan/" + acc.login()).close("td")
                    .el("td", acc.displayName()).el("td", RoleChoices.grants(r.messages(), acc.grants()))
                    .el("td", active(r, acc)).close("tr");
        }
        h.close("tbody").close("table");
        newAccountForm(h, r);
    }

    private void newAccountForm(Html h, Req r) {
        h.open("form", "class", "card", "method", "post", "action", "/quan-tri/tai-khoan");
        h.el("h3", r.t("account.new.heading"));
        Frame.csrf(h, r);
        h.el("label", r.t("account.new.login"), "for", "tk-login");
        h.empty("input", "id", "tk-login", "name", "login", "required", "", "autocapitalize", "none", "autocomplete", "off");
        h.el("label", r.t("account.fullName"), "for", "tk-ten");
        h.empty("input", "id", "tk-ten", "name", "ten", "required", "", "autocomplete", "off");
        h.el("label", r.t("account.new.password"), "for", "tk-mk");
        h.empty("input", "id", "tk-mk", "name", "mat-khau", "type", "password", "autocomplete", "new-password");
        roles.select(h, r, "tk", null);
        h.el("p", "");
        h.el("button", r.t("account.new.submit"), "type", "submit");
        h.close("form");
    }

    /** The accounts service; without it the console says so on the page it returns to, and this is empty. */
    private Optional<StaffAccounts> service(Req r, String back) {
        StaffAccounts a = accounts.get();
        if (a == null) {
            r.redirect(back + "?loi=" + WorkPages.enc(r.t("account.starting")));
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
            r.redirect("/quan-tri/?loi=" + WorkPages.enc(r.t("account.new.chooseRole")));
            return;
        }
        try {
            CreatedAccount c = a.create(r.who, new NewAccount(r.param("login").orElse(""), r.param("ten").orElse(""),
                    r.param("mat-khau").orElse(null), Set.of(grant.get())), r.client());
            if (c.generatedPassword() == null) {
                r.redirect("/quan-tri/tai-khoan/" + c.account().login() + "?thong-bao=" + WorkPages.enc(r.t("account.created", c.account().login())));
                return;
            }
            secret(r, 201, r.t("account.created.title"), r.t("account.created.heading", c.account().login()),
                    r.t("account.created.password"), c, "/quan-tri/tai-khoan/" + c.account().login());
        } catch (StaffSecurityException e) {
            r.redirect("/quan-tri/?loi=" + WorkPages.enc(message(r, e)));
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
            notFound(r);
            return;
        }
        Html h = new Html();
        h.el("h1", r.t("account.heading", acc.login()));
        Frame.notice(h, r);
        h.open("dl", "class", "facts");
        h.el("dt", r.t("account.fullName")).el("dd", acc.displayName()).el("dt", r.t("account.active")).el("dd", active(r, acc))
                .el("dt", r.t("account.roles")).el("dd", acc.grants().isEmpty() ? "—" : RoleChoices.grants(r.messages(), acc.grants()));
        h.close("dl");
        h.open("form", "class", "card", "method", "post", "action", "/quan-tri/tai-khoan/" + acc.login() + "/vai-tro");
        h.el("h2", r.t("account.rolesPerUnit"));
        Frame.csrf(h, r);
        h.open("fieldset").el("legend", r.t("account.roles.keep"));
        int i = 0;
        for (RoleGrant g : acc.grants().stream().sorted(Comparator.comparing(RoleGrant::unitCode).thenComparing(RoleGrant::role)).toList()) {
            boolean editable = AdminPages.manages(r, g.unitCode()) && RoleChoices.grantable(r).contains(g.role());
            if (!editable) {
                h.el("p", r.t("account.roles.otherUnit", Labels.role(r.messages(), g.role()), g.unitCode()), "class", "muted");
                continue;
            }
            String id = "giu-" + i++;
            h.open("label", "for", id).empty("input", "type", "checkbox", "id", id, "name", "giu",
                    "value", g.role().name() + "@" + g.unitCode(), "checked", "").text(" " + Labels.role(r.messages(), g.role()) + " – " + g.unitCode()).close("label");
        }
        h.close("fieldset");
        h.open("fieldset").el("legend", r.t("account.roles.add"));
        roles.select(h, r, "them", r.t("account.roles.addNone"));
        h.close("fieldset");
        h.el("button", r.t("account.roles.save"), "type", "submit");
        h.close("form");
        h.open("form", "class", "card", "method", "post", "action", "/quan-tri/tai-khoan/" + acc.login() + "/mat-khau");
        h.el("h2", r.t("account.password.heading"));
        Frame.csrf(h, r);
        h.el("p", r.t("account.password.hint"), "class", "muted");
        h.el("button", r.t("account.password.submit"), "type", "submit");
        h.close("form");
        h.open("form", "class", "card", "method", "post",
                "action", "/quan-tri/tai-khoan/" + acc.login() + (acc.active() ? "/khoa" : "/mo-khoa"));
        String lock = acc.active() ? r.t("account.lock") : r.t("account.unlock");
        h.el("h2", lock);
        Frame.csrf(h, r);
        h.el("button", lock, "type", "submit");
        h.close("form");
        h.open("p").el("a", r.t("admin.back"), "href", "/quan-tri/#tai-khoan").close("p");
        r.html(200, Frame.page(r, r.t("account.heading", acc.login()), h));
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
            r.redirect(back + "?thong-bao=" + WorkPages.enc(r.t("account.roles.saved", login)));
        } catch (AccountNotFoundException e) {
            notFound(r);
        } catch (StaffSecurityException e) {
            r.redirect(back + "?loi=" + WorkPages.enc(message(r, e)));
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
            secret(r, 200, r.t("account.password.title"), r.t("account.password.newHeading", login),
                    r.t("account.password.newText"), c, back);
        } catch (AccountNotFoundException e) {
            notFound(r);
        } catch (StaffSecurityException e) {
            // Includes an account that also works in another unit: only a city administrator changes it (decision 1601).
            r.redirect(back + "?loi=" + WorkPages.enc(message(r, e)));
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
            r.redirect(back + "?thong-bao=" + WorkPages.enc(active ? r.t("account.unlocked") : r.t("account.locked")));
        } catch (AccountNotFoundException e) {
            notFound(r);
        } catch (StaffSecurityException e) {
            // Includes an account that also works in another unit: only a city administrator changes it (decision 1601).
            r.redirect(back + "?loi=" + WorkPages.enc(message(r, e)));
        }
    }

    /** The security bundle's refusals in Vietnamese (its own messages name fields in English for the API's logs). */
    private static String message(Req r, StaffSecurityException e) {
        if (e instanceof InvalidAccountException x) {
            return x.getMessage();
        }
        if (e instanceof AccountConflictException) {
            return e.getMessage() != null && e.getMessage().startsWith("login exists")
                    ? r.t("account.refused.loginExists")
                    : r.t("account.refused.ownRights");
        }
        if (e instanceof AccessDeniedException) {
            return r.t("account.refused.denied");
        }
        return r.t("account.refused.other");
    }

    private static String active(Req r, StaffAccount acc) {
        return acc.active() ? r.t("account.active.yes") : r.t("account.active.no");
    }

    private static void notFound(Req r) throws IOException {
        r.html(404, Frame.page(r, r.t("error.notFound.title"), new Html().el("h1", r.t("account.notFound"))));
    }

    /** A generated password, shown in this one answer only: never in a URL, a log or the audit log. */
    private static void secret(Req r, int status, String title, String heading, String text, CreatedAccount c, String account)
            throws IOException {
        Html h = new Html();
        h.el("h1", heading);
        h.open("div", "class", "notice", "role", "status");
        h.el("p", text);
        h.el("p", c.generatedPassword(), "class", "secret");
        h.close("div");
        h.open("p").el("a", r.t("account.view"), "href", account).close("p");
        r.html(status, Frame.page(r, title, h));
    }
}
