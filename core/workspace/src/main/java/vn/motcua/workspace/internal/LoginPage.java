package vn.motcua.workspace.internal;

import java.io.IOException;
import vn.motcua.pages.html.Html;
import vn.motcua.security.LoginFailedException;
import vn.motcua.security.LoginThrottledException;

/** {@code /can-bo/dang-nhap}: the officers' sign-in form and its post, which returns to the page asked for. */
final class LoginPage {

    static final String PATH = "/can-bo/dang-nhap";

    private final StaffGate gate;

    LoginPage(StaffGate gate) {
        this.gate = gate;
    }

    void serve(Req r) throws IOException {
        // only a path of the staff pages, so the login cannot be used to send an officer to another site
        String next = r.param("tiep").filter(t -> t.matches("/(can-bo|quan-tri)(/[A-Za-z0-9._/-]*)?")).orElse("/can-bo/");
        String error = null;
        if ("POST".equals(r.http.getMethod())) {
            if (StaffGate.crossSite(r.http)) {
                // Login CSRF: a foreign page must not sign this browser into an account of its choosing (issue 16).
                ErrorPages.crossSiteLogin(r);
                return;
            }
            try {
                // a password is taken as typed: spaces at its ends are part of it
                gate.login(r.http, r.resp, r.param("login").orElse(""), r.values("password").stream().findFirst().orElse(""));
                r.redirect(next);
                return;
            } catch (LoginThrottledException e) {
                error = r.t("login.throttled", Math.max(1, e.retryAfter().toSeconds()));
            } catch (LoginFailedException e) {
                error = r.t("login.failed");
            } catch (IllegalStateException e) {
                error = r.t("login.starting");
            }
        }
        Html h = new Html();
        h.el("h1", r.t("login.heading"));
        if (error != null) {
            h.el("p", error, "class", "error", "role", "alert");
        }
        h.open("form", "class", "card", "method", "post", "action", PATH + "?tiep=" + WorkPages.enc(next));
        h.el("label", r.t("login.name"), "for", "login");
        h.empty("input", "id", "login", "name", "login", "autocomplete", "username", "required", "", "autocapitalize", "none");
        h.el("label", r.t("login.password"), "for", "password");
        h.empty("input", "id", "password", "name", "password", "type", "password", "autocomplete", "current-password", "required", "");
        h.el("p", "");
        h.el("button", r.t("login.submit"), "type", "submit");
        h.close("form");
        r.html(error == null ? 200 : 401, Frame.page(r, r.t("login.title"), h));
    }
}
