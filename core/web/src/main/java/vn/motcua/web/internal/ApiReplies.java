package vn.motcua.web.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes what the API answers: a resource's {@link Reply}, a problem document (RFC 9457) or the metrics scrape, and
 * keeps the connection usable after a refusal. The one place that turns answers into bytes.
 */
final class ApiReplies {

    private final ObjectMapper json;

    ApiReplies(ObjectMapper json) {
        this.json = json;
    }

    int write(HttpServletResponse resp, Reply reply) throws IOException {
        reply.headers().forEach(resp::setHeader);
        resp.setStatus(reply.status());
        resp.setHeader("Cache-Control", "no-store");
        if (reply.body() == null) {
            return reply.status();
        }
        byte[] bytes = reply.body() instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
                : reply.body() instanceof byte[] raw ? raw : json.writeValueAsBytes(reply.body());
        resp.setContentType(reply.mediaType() + (reply.mediaType().startsWith("text/") || reply.mediaType().endsWith("json") ? ";charset=utf-8" : ""));
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
        return reply.status();
    }

    /** How much of an unread request body is drained so that the connection can serve the next request. */
    static final int DRAIN_LIMIT = 64 * 1024;

    int problem(HttpServletRequest req, HttpServletResponse resp, ApiProblem p) throws IOException {
        if (!drained(req)) {
            // A refusal before the body was read (403, 429, 413…): Jetty would close the connection without a word,
            // and the client would find out on its next request. Say so (issue 16): close only where we close.
            resp.setHeader("Connection", "close");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://motcua.vn/problems/" + p.code());
        body.put("title", p.title());
        body.put("status", p.status());
        body.put("code", p.code());
        body.put("detail", p.getMessage());
        if (!p.errors().isEmpty()) {
            body.put("errors", p.errors());
        }
        p.headers().forEach(resp::setHeader);
        byte[] bytes = json.writeValueAsBytes(body);
        resp.setStatus(p.status());
        resp.setContentType("application/problem+json;charset=utf-8");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
        return p.status();
    }

    /**
     * Reads what is left of a small request body so the connection stays usable; false when more than
     * {@link #DRAIN_LIMIT} bytes remain (or the body cannot be read), in which case the connection will close.
     */
    static boolean drained(HttpServletRequest req) {
        if (req.getContentLengthLong() == 0) {
            return true;
        }
        try {
            jakarta.servlet.ServletInputStream in = req.getInputStream();
            if (in.isFinished()) {
                return true; // a resource read it all (and may have closed it)
            }
            long skipped = 0;
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                skipped += n;
                if (skipped > DRAIN_LIMIT) {
                    return false;
                }
            }
            return true;
        } catch (IOException | IllegalStateException e) {
            return false; // read as characters or as parts already, or broken: nothing more to promise
        }
    }

    int metrics(HttpServletResponse resp, String scrape) throws IOException {
        byte[] bytes = scrape.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(200);
        resp.setContentType("text/plain; version=0.0.4; charset=utf-8");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
        return 200;
    }
}
