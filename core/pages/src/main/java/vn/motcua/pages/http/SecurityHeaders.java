package vn.motcua.pages.http;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every HTML page of the platform carries: a strict Content-Security-Policy (scripts and styles only from
 * this site, no inline code, so that an injected tag cannot run), no referrer (paths may name a dossier), no framing.
 */
public final class SecurityHeaders {

    public static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; connect-src 'self'";

    private SecurityHeaders() {
    }

    /** Sets the page headers on a response. */
    public static void apply(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }
}
