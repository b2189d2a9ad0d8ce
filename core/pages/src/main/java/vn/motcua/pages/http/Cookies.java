package vn.motcua.pages.http;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import vn.motcua.runtime.http.ClientAddresses;

/**
 * The one cookie writer and reader of every front. Every cookie the platform sets is HttpOnly (no script reads a
 * session, grant or language), has {@code Path=/}, and is {@code Secure} exactly when the client reached us over TLS,
 * directly or through a configured proxy (decision 1603): one rule, whichever page or endpoint sets it.
 */
public final class Cookies {

    /** How far a cookie travels with requests from other sites. */
    public enum SameSite {
        /** Never from another site: citizen grants, pending submissions, language. */
        STRICT("Strict"),
        /** Also on top-level navigation from another site: staff sessions, so a link in an e-mail opens the workspace. */
        LAX("Lax");

        private final String attribute;

        SameSite(String attribute) {
            this.attribute = attribute;
        }
    }

    private final ClientAddresses addresses;

    public Cookies(ClientAddresses addresses) {
        this.addresses = addresses;
    }

    /** Whether the request reached us over TLS, directly or through a trusted proxy. */
    public boolean secure(HttpServletRequest request) {
        return addresses.secure(request.isSecure(), request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"));
    }

    /**
     * The {@code Set-Cookie} header value of a cookie that lives {@code maxAgeSeconds}.
     *
     * @param maxAgeSeconds 0 clears the cookie; a negative value makes a session cookie (gone when the browser closes)
     */
    public String header(HttpServletRequest request, String name, String value, SameSite sameSite, long maxAgeSeconds) {
        StringBuilder c = new StringBuilder(name).append('=').append(value).append("; Path=/");
        if (maxAgeSeconds >= 0) {
            c.append("; Max-Age=").append(maxAgeSeconds);
        }
        c.append("; HttpOnly; SameSite=").append(sameSite.attribute);
        if (secure(request)) {
            c.append("; Secure");
        }
        return c.toString();
    }

    /** The value of a cookie the request carries. */
    public static Optional<String> read(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (name.equals(c.getName())) {
                    return Optional.of(c.getValue());
                }
            }
        }
        return Optional.empty();
    }
}
