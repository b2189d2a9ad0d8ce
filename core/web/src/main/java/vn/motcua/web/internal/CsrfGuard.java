package vn.motcua.web.internal;

import vn.motcua.pages.http.Cookies;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import vn.motcua.security.CsrfCheck;
import vn.motcua.security.StaffSessions;

/**
 * The one anti-forgery check: a state-changing request that a session cookie would authenticate must carry the
 * session's token in {@code X-CSRF-Token} (or a form field {@code _csrf}). Bearer-token requests need none: a
 * browser never adds that header by itself. Login is exempt: it has no session yet, and SameSite keeps a foreign
 * site from reading the answer.
 */
final class CsrfGuard {

    static final String HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final Supplier<StaffSessions> sessions;

    CsrfGuard(Supplier<StaffSessions> sessions) {
        this.sessions = sessions;
    }

    void check(HttpServletRequest req) {
        if (SAFE.contains(req.getMethod()) || "/auth/login".equals(req.getPathInfo())) {
            return;
        }
        String auth = req.getHeader("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return;
        }
        String session = sessionCookie(req);
        StaffSessions s = sessions.get();
        if (session == null || s == null) {
            return; // nothing a cookie could authenticate
        }
        String token = req.getHeader(HEADER);
        if (token == null && isForm(req)) {
            token = ApiCall.parameter(req, "_csrf");
        }
        if (s.checkCsrf(session, token) == CsrfCheck.INVALID) {
            throw ApiProblem.of(403, "csrf_token_invalid", "Yêu cầu bị từ chối",
                    "Thiếu hoặc sai mã chống giả mạo (" + HEADER + "). Hãy tải lại trang và thử lại.");
        }
    }

    /** The staff session cookie's value, or null. */
    static String sessionCookie(HttpServletRequest req) {
        return Cookies.read(req, StaffContext.SESSION_COOKIE).orElse(null);
    }

    private static boolean isForm(HttpServletRequest req) {
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
    }
}
