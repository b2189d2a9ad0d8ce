package vn.motcua.portal.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import vn.motcua.engine.citizen.CitizenDesk;
import vn.motcua.engine.citizen.Grant;
import vn.motcua.engine.citizen.SecondFactorAttempts;
import vn.motcua.pages.html.Html;

/**
 * Looking a dossier up: the code with the second factor in a POST body, throttled, then a short-lived grant in an
 * HttpOnly cookie that the dossier pages read; and closing it again. Stateless apart from its collaborators.
 */
final class LookupPages {

    private final Layout layout;
    private final Supplier<CitizenDesk> desk;
    private final Supplier<SecondFactorAttempts> attempts;

    LookupPages(Layout layout, Supplier<CitizenDesk> desk, Supplier<SecondFactorAttempts> attempts) {
        this.layout = layout;
        this.desk = desk;
        this.attempts = attempts;
    }

    void form(Visit v) throws IOException {
        render(v, 200, null, null);
    }

    /** The lookup form with the code filled in and why the citizen is (back) here, e.g. an expired grant. */
    void render(Visit v, int status, String code, String error) throws IOException {
        Lang l = v.lang();
        Html h = new Html();
        h.el("h1", l.t("lookup.title")).el("p", l.t("lookup.lead"), "class", "lead");
        SubmissionPages.personalDataNotice(h, l);
        h.open("form", "method", "post", "action", "/tra-cuu", "data-validate", "");
        if (error != null) {
            h.open("div", "class", "error-summary", "role", "alert", "tabindex", "-1", "id", "error-summary").el("p", error).close("div");
        }
        h.open("div", "class", "field").el("label", l.t("lookup.code") + " *", "for", "f-code");
        h.el("span", "", "class", "error", "id", "e-code");
        h.empty("input", "type", "text", "id", "f-code", "name", "code", "value", code, "required", "", "autocomplete", "off",
                "autocapitalize", "characters", "spellcheck", "false", "data-check", "", "data-label", l.t("lookup.code"),
                "data-error", "e-code", "aria-describedby", "e-code");
        h.close("div");
        h.open("div", "class", "field").el("label", l.t("lookup.factor") + " *", "for", "f-factor");
        h.el("span", "", "class", "error", "id", "e-factor");
        h.empty("input", "type", "text", "id", "f-factor", "name", "factor", "required", "", "inputmode", "numeric",
                "autocomplete", "off", "data-check", "", "data-label", l.t("lookup.factor"), "data-error", "e-factor",
                "aria-describedby", "e-factor");
        h.close("div");
        h.el("button", l.t("lookup.send"), "type", "submit");
        h.close("form");
        Replies.html(v, status, layout.page(v, l.t("lookup.title"), l.t("lookup.lead"), h));
    }

    /** The lookup form again because the grant is gone (expired, closed, or never given for this dossier). */
    void expired(Visit v, int status, String code) throws IOException {
        render(v, status, code, v.lang().t("lookup.expired"));
    }

    void lookup(Visit v) throws IOException {
        Lang l = v.lang();
        String code = v.paramOr("code", "").toUpperCase(java.util.Locale.ROOT).replaceAll("\\s", "");
        String factor = v.paramOr("factor", "");
        // The one throttle of every second-factor use, shared with the API (client and dossier, issue 13).
        if (!attempts.get().tryAcquire(v.client(), "dossier:" + code)) {
            v.response().setHeader("Retry-After", Long.toString(Math.max(1, attempts.get().retryAfter().toSeconds())));
            render(v, 429, code, l.t("lookup.tooMany"));
            return;
        }
        Optional<Grant> g = code.isEmpty() || factor.isEmpty() ? Optional.empty() : desk.get().open(code, factor);
        if (g.isEmpty()) {
            // Same answer for an unknown code, a wrong factor and a code with too many attempts.
            render(v, 200, code, l.t("lookup.notFound"));
            return;
        }
        grant(v, g.get());
        Replies.redirect(v, "/ho-so/" + g.get().dossierCode());
    }

    static void grant(Visit v, Grant g) {
        v.setCookie(Visit.GRANT_COOKIE, g.token(), (int) Math.max(1, java.time.Duration.between(Instant.now(), g.expiresAt()).getSeconds()));
    }

    void logout(Visit v, String code) {
        v.cookie(Visit.GRANT_COOKIE).ifPresent(t -> desk.get().close(t));
        v.setCookie(Visit.GRANT_COOKIE, "", 0);
        Replies.redirect(v, "/tra-cuu");
    }
}
