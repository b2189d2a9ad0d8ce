package vn.motcua.web.internal;

import vn.motcua.pages.http.Cookies;
import java.util.Optional;
import java.util.function.Supplier;
import vn.motcua.security.StaffAuthenticator;
import vn.motcua.security.StaffIdentity;
import vn.motcua.security.StaffRole;

/** Who a staff request comes from: the session cookie or a bearer token, checked by the security bundle. */
final class StaffContext {

    static final String SESSION_COOKIE = "motcua_session";

    private final Supplier<StaffAuthenticator> authenticator;

    StaffContext(Supplier<StaffAuthenticator> authenticator) {
        this.authenticator = authenticator;
    }

    Optional<StaffIdentity> identify(ApiCall call) {
        StaffAuthenticator a = authenticator.get();
        if (a == null) {
            return Optional.empty();
        }
        String bearer = call.header("Authorization").filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(h -> h.substring(7).strip()).orElse(null);
        String session = CsrfGuard.sessionCookie(call.servletRequest());
        if (bearer == null && session == null) {
            return Optional.empty();
        }
        return a.authenticate(session, bearer);
    }

    StaffIdentity require(ApiCall call) {
        return identify(call).orElseThrow(() -> new ApiProblem(401, "unauthenticated", "Cần đăng nhập",
                "Chức năng này dành cho cán bộ: hãy đăng nhập.", java.util.List.of(),
                java.util.Map.of("WWW-Authenticate", "Bearer realm=\"motcua\"")));
    }

    StaffIdentity require(ApiCall call, StaffRole role) {
        StaffIdentity who = require(call);
        if (!who.has(role)) {
            throw ApiProblem.of(403, "forbidden", "Không có quyền", "Tài khoản " + who.accountId() + " không có vai trò " + role + ".");
        }
        return who;
    }
}
