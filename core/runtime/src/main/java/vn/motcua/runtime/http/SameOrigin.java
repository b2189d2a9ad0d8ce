package vn.motcua.runtime.http;

import java.net.URI;
import java.util.Locale;

/**
 * Whether a browser sent a request from another site, for the requests that a session token cannot protect yet: the
 * login form (login CSRF: a foreign page logs the officer into the attacker's account, issue 16). Browsers send
 * {@code Sec-Fetch-Site}; older ones send {@code Origin} on a cross-site POST. A request with neither (curl, API
 * clients) comes from no other site. Stateless.
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    /**
     * @param secFetchSite the {@code Sec-Fetch-Site} header, or null
     * @param origin       the {@code Origin} header, or null
     * @param host         the {@code Host} header the request was sent to, or null
     * @return true when the request comes from another site and must be refused
     */
    public static boolean crossSite(String secFetchSite, String origin, String host) {
        if (secFetchSite != null && !secFetchSite.isBlank()) {
            String site = secFetchSite.strip().toLowerCase(Locale.ROOT);
            return !site.equals("same-origin") && !site.equals("none");
        }
        if (origin == null || origin.isBlank()) {
            return false;
        }
        if (origin.strip().equals("null") || host == null) {
            return true; // an opaque origin (sandboxed frame, data: page) is never ours
        }
        try {
            URI u = URI.create(origin.strip());
            String authority = u.getRawAuthority();
            return authority == null || !authority.equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
