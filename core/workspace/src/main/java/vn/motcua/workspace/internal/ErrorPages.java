package vn.motcua.workspace.internal;

import java.io.IOException;
import vn.motcua.pages.html.Html;
import vn.motcua.pages.http.Failure;

/**
 * The pages that say why nothing else was shown: not found (also for pages the account may not open), a method the
 * path does not take, a refused post, and every {@link Failure}. Wording from the message bundle under
 * {@code error.<what>.title} and {@code error.<what>.text}. Stateless.
 */
final class ErrorPages {

    private ErrorPages() {
    }

    /** Unknown path, unknown dossier, or one the account may not see: the same answer, so nothing is told. */
    static void notFound(Req r) throws IOException {
        page(r, 404, "notFound");
    }

    static void methodNotAllowed(Req r) throws IOException {
        page(r, 405, "methodNotAllowed");
    }

    /** A POST without a session: nothing to redirect back to after signing in. */
    static void signedOut(Req r) throws IOException {
        page(r, 401, "signedOut");
    }

    /** A POST without the session's anti-forgery token. */
    static void forgedPost(Req r) throws IOException {
        page(r, 403, "forgedPost");
    }

    /** A login form posted from another site (login CSRF, issue 16). */
    static void crossSiteLogin(Req r) throws IOException {
        page(r, 403, "crossSiteLogin");
    }

    /** What an exception escaping a page became (the shared {@link Failure} decides status and Retry-After). */
    static void failure(Req r, Failure f) throws IOException {
        if (r.resp.isCommitted()) {
            return;
        }
        r.resp.reset();
        f.retryAfter().ifPresent(s -> r.resp.setHeader("Retry-After", Integer.toString(s)));
        page(r, f.status(), key(f.kind()));
    }

    static String key(Failure.Kind kind) {
        return switch (kind) {
            case BAD_REQUEST -> "badRequest";
            case TOO_LARGE -> "tooLarge";
            case STARTING -> "starting";
            case DATABASE_DOWN -> "databaseDown";
            case UNEXPECTED -> "unexpected";
        };
    }

    private static void page(Req r, int status, String what) throws IOException {
        String title = r.t("error." + what + ".title");
        Html h = new Html();
        h.el("h1", title);
        h.el("p", r.t("error." + what + ".text"), "role", status >= 500 ? "alert" : null);
        h.open("p").el("a", r.t("error.back"), "href", "/can-bo/").close("p");
        r.html(status, Frame.page(r, title, h));
    }
}
