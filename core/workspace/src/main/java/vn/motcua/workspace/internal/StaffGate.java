package vn.motcua.workspace.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.function.Supplier;
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

    StaffGate(Supplier<StaffSessions> sessions, ClientAddresses addresses) {
        this.sessions = sessions;
        this.addresses = addresses;
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

    /** True when a POST carries the token of the live session; a POST without a session is refused too. */
    boolean validPost(HttpServletRequest req) {
        String id = cookie(req);
        StaffSessions s = sessions.get();
        return id != null && s != null && s.checkCsrf(id, req.getParameter("_csrf")) == CsrfCheck.VALID;
    }

    /** @throws vn.motcua.security.LoginFailedException and the throttling exception of the security bundle */
    StaffSession login(HttpServletRequest req, HttpServletResponse resp, String login, String password) {
        StaffSession s = sessions().login(login, password, client(req));
        resp.addHeader("Set-Cookie", cookie(req, s.id(), -1));
        return s;
    }

    void logout(HttpServletRequest req, HttpServletResponse resp) {
        String id = cookie(req);
        if (id != null && sessions.get() != null) {
            sessions.get().logout(id, client(req));
        }
        resp.addHeader("Set-Cookie", cookie(req, "", 0));
    }

    private StaffSessions sessions() {
        StaffSessions s = sessions.get();
        if (s == null) {
            throw new IllegalStateException("the security bundle is not running");
        }
        return s;
    }

    private static String cookie(HttpServletRequest req) {
        Cookie[] cookies = req.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName())) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    /** HttpOnly, SameSite=Lax, Secure over TLS; a session cookie (no Max-Age) unless it is being cleared. */
    private String cookie(HttpServletRequest req, String value, long maxAge) {
        boolean tls = addresses.secure(req.isSecure(), req.getRemoteAddr(), req.getHeader("X-Forwarded-Proto"));
        return COOKIE + "=" + value + "; Path=/" + (maxAge >= 0 ? "; Max-Age=" + maxAge : "") + "; HttpOnly; SameSite=Lax"
                + (tls ? "; Secure" : "");
    }
}
