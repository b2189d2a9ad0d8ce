package vn.motcua.workspace.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    private final String client;

    /** @param client the client's address as the gate resolved it (trusted proxies only) */
    Req(HttpServletRequest http, HttpServletResponse resp, String path, StaffIdentity who, String csrf, String client) {
        this.client = client;
        this.http = http;
        this.resp = resp;
        this.path = path;
        this.who = who;
        this.csrf = csrf;
    }

    private Map<String, List<String>> params;

    Optional<String> param(String name) {
        List<String> v = params().get(name);
        return v == null || v.isEmpty() || v.get(0).isBlank() ? Optional.empty() : Optional.of(v.get(0).strip());
    }

    List<String> values(String name) {
        return params().getOrDefault(name, List.of());
    }

    /**
     * Query and form parameters. Text parts of a multipart form are read here as UTF-8 (the pages declare it): the
     * container would decode them as ISO-8859-1 and every Vietnamese letter would arrive broken.
     */
    Map<String, List<String>> params() {
        if (params != null) {
            return params;
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        http.getParameterMap().forEach((k, v) -> out.put(k, new ArrayList<>(Arrays.asList(v))));
        String type = http.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            try {
                Map<String, List<String>> parts = new LinkedHashMap<>();
                for (Part part : http.getParts()) {
                    if (part.getSubmittedFileName() == null) {
                        try (InputStream in = part.getInputStream()) {
                            parts.computeIfAbsent(part.getName(), k -> new ArrayList<>())
                                    .add(new String(in.readNBytes(1_000_000), StandardCharsets.UTF_8));
                        }
                    }
                }
                out.putAll(parts);
            } catch (IOException | ServletException | IllegalStateException e) {
                // too large or not readable: the form's fields stay empty and the engine names them
            }
        }
        params = out;
        return out;
    }

    String client() {
        return client;
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

    /** A stored file under the platform's one serving rule ({@link vn.motcua.engine.AttachmentFile#headers}). */
    void file(vn.motcua.engine.AttachmentFile file, boolean inline) throws IOException {
        resp.setStatus(200);
        resp.setContentType(file.servedMediaType());
        file.headers(inline).forEach(resp::setHeader);
        resp.setContentLength(file.content().length);
        resp.getOutputStream().write(file.content());
    }

    /** Post/redirect/get: a reload never repeats an action. */
    void redirect(String location) {
        resp.setStatus(303);
        resp.setHeader("Location", location);
        resp.setHeader("Cache-Control", "no-store");
    }
}
