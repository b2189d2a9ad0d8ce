package vn.motcua.workspace.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.function.Supplier;
import vn.motcua.pages.http.Cookies;
import vn.motcua.runtime.http.ClientAddresses;
import vn.motcua.runtime.http.SameOrigin;
import vn.motcua.security.CsrfCheck;
import vn.motcua.security.StaffSession;
import vn.motcua.security.StaffSessions;

/**
 * Sign-in for the pages, on the same session cookie as the JSON API (decision 0601), so that a PDF link to
 * {@code /api/v1/...} works for a signed-in officer. Every POST must carry the session's token in {@code _csrf}.
 */
final class StaffGate {

    static final String COOKIE = "motcua_session";

    private final Supplier<StaffSessions> sessions;
    private final ClientAddresses addresses;
    private final Cookies cookies;

    StaffGate(Supplier<StaffSessions> sessions, ClientAddresses addresses) {
        this.sessions = sessions;
        this.addresses = addresses;
        this.cookies = new Cookies(addresses);
    }

    /** The client's address; {@code X-Forwarded-For} counts only from a trusted proxy (decision 1603). */
    String client(HttpServletRequest req) {
        return addresses.client(req.getRemoteAddr(), req.getHeader("X-Forwarded-For"));
    }

    /** A login form posted from another site (login CSRF, issue 16). */
    static boolean crossSite(HttpServletRequest req) {
        return SameOrigin.crossSite(req.getHeader("Sec-Fetch-Site"), req.getHeader("Origin"), req.getHeader("Host"));
    }

    Optional<StaffSession> current(HttpServletRequest req) {
        String id = cookie(req);
        StaffSessions s = sessions.get();
        return id == null || s == null ? Optional.empty() : s.session(id);
    }

    /**
     * True when a POST carries the token of the live session; a POST without a session is refused too. The token is
     * read with the page's other fields, so a multipart form is read once and in UTF-8.
     */
    boolean validPost(Req r) {
        String id = cookie(r.http);
        StaffSessions s = sessions.get();
        return id != null && s != null && s.checkCsrf(id, r.param("_csrf").orElse(null)) == CsrfCheck.VALID;
    }

    /** @throws vn.motcua.security.LoginFailedException and the throttling exception of the security bundle */
    StaffSession login(HttpServletRequest req, HttpServletResponse resp, String login, String password) {
        StaffSession s = sessions().login(login, password, client(req));
        // a session cookie (gone with the browser), Lax so that a link in an e-mail opens the workspace signed in
        resp.addHeader("Set-Cookie", cookies.header(req, COOKIE, s.id(), Cookies.SameSite.LAX, -1));
        return s;
    }

    void logout(HttpServletRequest req, HttpServletResponse resp) {
        String id = cookie(req);
        if (id != null && sessions.get() != null) {
            sessions.get().logout(id, client(req));
        }
        resp.addHeader("Set-Cookie", cookies.header(req, COOKIE, "", Cookies.SameSite.LAX, 0));
    }

    private StaffSessions sessions() {
        StaffSessions s = sessions.get();
        if (s == null) {
            throw new IllegalStateException("the security bundle is not running");
        }
        return s;
    }

    private static String cookie(HttpServletRequest req) {
        return Cookies.read(req, COOKIE).orElse(null);
    }
}
