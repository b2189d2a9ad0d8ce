package vn.motcua.web.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Interim protection of the admin API: HTTP Basic with user {@code admin} and a password from
 * {@code MOTCUA_ADMIN_PASSWORD}, or a random one printed once at start. The access-control work (accounts,
 * roles, sessions) replaces this class; see docs/decisions/0003-interim-admin-credential.md.
 */
final class AdminGuard {

    private static final Logger LOG = LoggerFactory.getLogger(AdminGuard.class);
    private final byte[] expected;

    AdminGuard(String configuredPassword) {
        String password = configuredPassword;
        if (password == null || password.isBlank()) {
            byte[] random = new byte[12];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            // Printed on the console only, once per start: there is no default password.
            System.out.println("motcua admin API: user 'admin', password '" + password
                    + "' (set MOTCUA_ADMIN_PASSWORD to choose one)");
        }
        this.expected = ("admin:" + password).getBytes(StandardCharsets.UTF_8);
    }

    void check(ApiCall call) {
        String header = call.header("Authorization").orElse("");
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            byte[] given;
            try {
                given = Base64.getDecoder().decode(header.substring(6).strip());
            } catch (IllegalArgumentException e) {
                given = new byte[0];
            }
            if (MessageDigest.isEqual(given, expected)) {
                return;
            }
            LOG.warn("admin API: failed authentication from {}", call.servletRequest().getRemoteAddr());
        }
        throw new ApiProblem(401, "unauthenticated", "Cần đăng nhập",
                "API quản trị yêu cầu đăng nhập (HTTP Basic, tài khoản admin).", java.util.List.of(),
                Map.of("WWW-Authenticate", "Basic realm=\"motcua admin\", charset=\"UTF-8\""));
    }
}
