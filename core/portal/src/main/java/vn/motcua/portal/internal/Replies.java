package vn.motcua.portal.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writing pages and redirects. Pages are never cached: they may show a dossier. */
final class Replies {
    private Replies() {
    }

    static void html(Visit v, int status, String page) throws IOException {
        bytes(v, status, "text/html;charset=utf-8", page.getBytes(StandardCharsets.UTF_8), "no-store");
    }

    /** A whole body with its type and caching; nothing is written for a HEAD request but the length. */
    static void bytes(Visit v, int status, String mediaType, byte[] bytes, String cacheControl) throws IOException {
        HttpServletResponse r = v.response();
        r.setStatus(status);
        r.setContentType(mediaType);
        r.setHeader("Cache-Control", cacheControl);
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
