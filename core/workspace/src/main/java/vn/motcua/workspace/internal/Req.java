package vn.motcua.workspace.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.pages.http.FormData;
import vn.motcua.pages.http.FormFile;
import vn.motcua.pages.http.SecurityHeaders;
import vn.motcua.pages.i18n.Messages;
import vn.motcua.security.StaffIdentity;

/**
 * One request to a page: its path below the servlet, the segments its route bound, parameters, the signed-in
 * officer (if any) with the session's anti-forgery token, the workspace's wording, and the ways to answer. Not
 * thread-safe: one per request.
 */
final class Req {

    final HttpServletRequest http;
    final HttpServletResponse resp;
    final String path;
    final StaffIdentity who;
    final String csrf;

    private final String client;
    private final Messages messages;
    private final Map<String, String> bound;
    private FormData form;

    /**
     * @param client   the client's address as the gate resolved it (trusted proxies only)
     * @param messages the workspace's wording
     * @param bound    what the route's path template bound, e.g. {@code code} → the dossier code
     */
    Req(HttpServletRequest http, HttpServletResponse resp, String path, StaffIdentity who, String csrf, String client,
        Messages messages, Map<String, String> bound) {
        this.client = client;
        this.http = http;
        this.resp = resp;
        this.path = path;
        this.who = who;
        this.csrf = csrf;
        this.messages = messages;
        this.bound = Map.copyOf(bound);
    }

    /** A segment the route's template bound; templates are code, so a missing name is a programming error. */
    String at(String name) {
        String v = bound.get(name);
        if (v == null) {
            throw new IllegalArgumentException("the route binds no " + name);
        }
        return v;
    }

    /** The wording of a key from the workspace's message bundle, placeholders filled. */
    String t(String key, Object... args) {
        return messages.t(key, args);
    }

    Messages messages() {
        return messages;
    }

    Optional<String> param(String name) {
        return form().field(name);
    }

    List<String> values(String name) {
        return form().values(name);
    }

    /** Query and form parameters (multipart text parts in UTF-8), read once on first use. */
    Map<String, List<String>> params() {
        return form().fields();
    }

    /**
     * The request's query, form or multipart body, read on first use.
     *
     * @throws vn.motcua.pages.http.UnreadableFormException if the body is broken or over the limits (400/413)
     */
    FormData form() {
        if (form == null) {
            form = FormData.read(http);
        }
        return form;
    }

    /** The first non-empty file sent in a multipart field. */
    Optional<FormFile> file(String field) {
        return form().file(field);
    }

    String client() {
        return client;
    }

    void html(int status, String page) throws IOException {
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/html;charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        SecurityHeaders.apply(resp);
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
