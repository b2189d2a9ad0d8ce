package vn.motcua.web.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import vn.motcua.security.StaffRole;

/**
 * Who may read {@code /metrics} (decision 1603): the counts of dossiers per status and the request figures are
 * internal. A scraper presents {@code Authorization: Bearer <motcua.metrics.token>}; a city administrator's session
 * or API token works too. Anyone else gets 401, like every other staff endpoint.
 */
final class MetricsAccess {

    private final byte[] scrapeToken;
    private final StaffContext staff;

    /** @param scrapeToken the configured {@code motcua.metrics.token}; null or blank for none (administrators only) */
    MetricsAccess(String scrapeToken, StaffContext staff) {
        this.scrapeToken = scrapeToken == null || scrapeToken.isBlank() ? null : scrapeToken.strip().getBytes(StandardCharsets.UTF_8);
        this.staff = staff;
    }

    /** @throws ApiProblem 401 or 403 */
    void require(ApiCall call) {
        String bearer = call.header("Authorization").filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(h -> h.substring(7).strip()).orElse(null);
        if (scrapeToken != null && bearer != null
                && MessageDigest.isEqual(scrapeToken, bearer.getBytes(StandardCharsets.UTF_8))) {
            return;
        }
        if (staff.identify(call).isEmpty()) {
            throw new ApiProblem(401, "unauthenticated", "Cần xác thực",
                    "Số liệu vận hành dành cho hệ thống giám sát (Authorization: Bearer với mã motcua.metrics.token) hoặc quản trị Thành phố.",
                    List.of(), Map.of("WWW-Authenticate", "Bearer realm=\"motcua-metrics\""));
        }
        staff.require(call, StaffRole.CITY_ADMIN);
    }
}
