package vn.motcua.portal.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writing pages and redirects. Pages are never cached: they may show a dossier. */
final class Replies {
    private Replies() {
    }

    static void html(Visit v, int status, String page) throws IOException {
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        HttpServletResponse r = v.response();
        r.setStatus(status);
        r.setContentType("text/html;charset=utf-8");
        r.setHeader("Cache-Control", "no-store");
        r.setContentLength(bytes.length);
        if (!"HEAD".equals(v.method())) {
            r.getOutputStream().write(bytes);
        }
    }

    /** 303: after a POST the browser GETs the result page, so a reload does not submit twice. */
    static void redirect(Visit v, String location) {
        HttpServletResponse r = v.response();
        r.setStatus(303);
        r.setHeader("Location", location);
        r.setHeader("Cache-Control", "no-store");
        r.setContentLength(0);
    }
}
