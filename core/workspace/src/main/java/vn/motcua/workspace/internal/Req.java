package vn.motcua.workspace.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import vn.motcua.security.StaffIdentity;

/**
 * One request to a page: its path below the servlet, parameters, the signed-in officer (if any) with the session's
 * anti-forgery token, and the ways to answer. Not thread-safe: one per request.
 */
final class Req {

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; connect-src 'self'";

    final HttpServletRequest http;
    final HttpServletResponse resp;
    final String path;
    final StaffIdentity who;
    final String csrf;

    Req(HttpServletRequest http, HttpServletResponse resp, String path, StaffIdentity who, String csrf) {
        this.http = http;
        this.resp = resp;
        this.path = path;
        this.who = who;
        this.csrf = csrf;
    }

    Optional<String> param(String name) {
        String v = http.getParameter(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    String client() {
        return http.getRemoteAddr();
    }

    void html(int status, String page) throws IOException {
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/html;charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "no-referrer");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    void pdf(byte[] bytes, String filename) throws IOException {
        resp.setStatus(200);
        resp.setContentType("application/pdf");
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("Content-Disposition", "inline; filename=\"" + filename.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    /** Post/redirect/get: a reload never repeats an action. */
    void redirect(String location) {
        resp.setStatus(303);
        resp.setHeader("Location", location);
        resp.setHeader("Cache-Control", "no-store");
    }
}
