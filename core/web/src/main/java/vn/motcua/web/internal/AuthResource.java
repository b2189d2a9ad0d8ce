package vn.motcua.web.internal;

import vn.motcua.pages.http.Cookies;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.motcua.runtime.http.SameOrigin;
import vn.motcua.security.ApiToken;
import vn.motcua.security.IssuedToken;
import vn.motcua.security.RoleGrant;
import vn.motcua.security.StaffIdentity;
import vn.motcua.security.StaffSession;
import vn.motcua.security.StaffSessions;

/**
 * {@code /auth}: login (session cookie + anti-forgery token), logout, who am I, bearer tokens for API clients and
 * changing one's own password. Passwords only ever travel inwards.
 */
final class AuthResource {

    /** Login body. */
    record LoginBody(String login, String password) {
        @Override
        public String toString() {
            return "LoginBody[" + login + "]";
        }
    }

    /** Token request. */
    record TokenBody(String name, Integer validityDays) {
    }

    /** Password change. */
    record PasswordBody(String currentPassword, String newPassword) {
        @Override
        public String toString() {
            return "PasswordBody";
        }
    }

    private final Supplier<StaffSessions> sessions;
    private final StaffContext staff;
    private final BodyReader bodies;

    AuthResource(Supplier<StaffSessions> sessions, StaffContext staff, com.fasterxml.jackson.databind.ObjectMapper json) {
        this.sessions = sessions;
        this.staff = staff;
        this.bodies = new BodyReader(json);
    }

    Reply login(ApiCall call) {
        if (SameOrigin.crossSite(call.header("Sec-Fetch-Site").orElse(null), call.header("Origin").orElse(null),
                call.header("Host").orElse(null))) {
            // Login CSRF: a foreign page must not log the browser into an account of its choosing (issue 16).
            throw ApiProblem.of(403, "cross_site_login", "Yêu cầu bị từ chối",
                    "Chỉ đăng nhập được từ trang của hệ thống; hãy mở trang đăng nhập và thử lại.");
        }
        LoginBody body = bodies.read(call.body(4096), LoginBody.class);
        if (body.login() == null || body.login().isBlank() || body.password() == null || body.password().isEmpty()) {
            throw new ApiProblem(422, "invalid_input", "Dữ liệu chưa hợp lệ", "Cần tên đăng nhập và mật khẩu.",
                    List.of(new ApiProblem.FieldMessage("login", "required", "Cần tên đăng nhập và mật khẩu.")), Map.of());
        }
        StaffSession s = sessions().login(body.login(), body.password(), client(call));
        Map<String, Object> out = identity(s.identity());
        out.put("csrfToken", s.csrfToken());
        out.put("expiresAt", s.expiresAt());
        long maxAge = Math.max(1, Duration.between(Instant.now(), s.expiresAt()).toSeconds());
        return new Reply(200, out, "application/json", Map.of("Set-Cookie", cookie(call, s.id(), maxAge)));
    }

    Reply logout(ApiCall call) {
        String session = CsrfGuard.sessionCookie(call.servletRequest());
        sessions().logout(session, client(call));
        return new Reply(204, null, null, Map.of("Set-Cookie", cookie(call, "", 0)));
    }

    Reply me(ApiCall call) {
        StaffIdentity who = staff.require(call);
        Map<String, Object> out = identity(who);
        String session = CsrfGuard.sessionCookie(call.servletRequest());
        if (call.header("Authorization").isEmpty() && session != null) {
            sessions().session(session).ifPresent(s -> {
                out.put("csrfToken", s.csrfToken());
                out.put("expiresAt", s.expiresAt());
            });
        }
        return Reply.ok(out);
    }

    /** Only from a session (cookie): a bearer token cannot mint tokens (decision 1601). */
    Reply issueToken(ApiCall call) {
        staff.require(call);
        TokenBody body = bodies.read(call.body(4096), TokenBody.class);
        Duration validity = body.validityDays() == null ? null : Duration.ofDays(Math.max(1, Math.min(body.validityDays(), 3650)));
        IssuedToken t = sessions().issueToken(sessionOnly(call), body.name(), validity, client(call));
        Map<String, Object> out = token(t.info());
        out.put("token", t.token());
        return Reply.created(out);
    }

    Reply tokens(ApiCall call) {
        StaffIdentity who = staff.require(call);
        List<Map<String, Object>> all = sessions().tokens(who).stream().map(AuthResource::token).toList();
        return Reply.ok(Map.of("tokens", all, "count", all.size()));
    }

    Reply revokeToken(ApiCall call) {
        StaffIdentity who = staff.require(call);
        sessions().revokeToken(who, call.path("id"), client(call));
        return Reply.noContent();
    }

    /** Only from a session; ends the account's other sessions and revokes its tokens. */
    Reply changePassword(ApiCall call) {
        staff.require(call);
        PasswordBody body = bodies.read(call.body(4096), PasswordBody.class);
        sessions().changePassword(sessionOnly(call), body.currentPassword(), body.newPassword(), client(call));
        return Reply.noContent();
    }

    /** The session cookie of a request that carries no bearer token; else 403 with what to do. */
    private static String sessionOnly(ApiCall call) {
        String session = CsrfGuard.sessionCookie(call.servletRequest());
        if (call.header("Authorization").isPresent() || session == null) {
            throw ApiProblem.of(403, "session_required", "Cần phiên đăng nhập",
                    "Thao tác này chỉ thực hiện được khi đăng nhập bằng mật khẩu (cookie phiên), không bằng mã truy cập API.");
        }
        return session;
    }

    static Map<String, Object> identity(StaffIdentity who) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("account", who.accountId());
        out.put("displayName", who.displayName());
        out.put("grants", grants(who.grants()));
        return out;
    }

    static List<Map<String, String>> grants(java.util.Collection<RoleGrant> grants) {
        return grants.stream().sorted(java.util.Comparator.comparing(RoleGrant::unitCode).thenComparing(RoleGrant::role))
                .map(g -> Map.of("unit", g.unitCode(), "role", g.role().name())).toList();
    }

    private static Map<String, Object> token(ApiToken t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", t.id());
        out.put("name", t.name());
        out.put("createdAt", t.createdAt());
        out.put("expiresAt", t.expiresAt());
        out.put("revoked", t.revoked());
        return out;
    }

    /** HttpOnly, SameSite=Lax, and Secure when the client reached us over TLS (directly or through a trusted proxy). */
    static String cookie(ApiCall call, String value, long maxAgeSeconds) {
        return call.cookie(StaffContext.SESSION_COOKIE, value, Cookies.SameSite.LAX, maxAgeSeconds);
    }

    static String client(ApiCall call) {
        return call.client();
    }

    private StaffSessions sessions() {
        StaffSessions s = sessions.get();
        if (s == null) {
            throw new ApiProblem(503, "security_unavailable", "Hệ thống đang khởi động",
                    "Dịch vụ đăng nhập chưa sẵn sàng; vui lòng thử lại sau giây lát.", List.of(), Map.of("Retry-After", "2"));
        }
        return s;
    }
}
