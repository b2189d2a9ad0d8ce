package vn.motcua.portal.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.runtime.http.ClientAddresses;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** One request as the pages see it: the path, parameters, cookies and the chosen language. */
final class Visit {

    static final String LANG_COOKIE = "motcua_lang";
    static final String GRANT_COOKIE = "motcua_grant";
    static final String PENDING_COOKIE = "motcua_pending";

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final String path;
    private final Lang lang;
    private Map<String, String[]> params;

    private final ClientAddresses addresses;

    Visit(HttpServletRequest request, HttpServletResponse response) {
        this(request, response, ClientAddresses.none());
    }

    Visit(HttpServletRequest request, HttpServletResponse response, ClientAddresses addresses) {
        this.addresses = addresses;
        this.request = request;
        this.response = response;
        String p = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        this.path = p.isEmpty() ? "/" : p;
        this.lang = Lang.of(cookie(LANG_COOKIE).orElse("vi"));
    }

    String path() {
        return path;
    }

    Lang lang() {
        return lang;
    }

    String method() {
        return request.getMethod();
    }

    HttpServletRequest request() {
        return request;
    }

    HttpServletResponse response() {
        return response;
    }

    /** A parameter, stripped; empty when absent or blank. */
    Optional<String> param(String name) {
        String[] values = params().get(name);
        String v = values == null || values.length == 0 ? null : values[0];
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    /**
     * Query and form parameters. Text parts of a multipart form are read here as UTF-8 (the pages declare it), because
     * the container decodes them as ISO-8859-1 whatever the request's character encoding says.
     */
    Map<String, String[]> params() {
        if (params != null) {
            return params;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            params = request.getParameterMap();
            return params;
        }
        Map<String, List<String>> collected = new LinkedHashMap<>();
        if (request.getQueryString() != null) {
            for (String pair : request.getQueryString().split("&")) {
                int eq = pair.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String val = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                collected.computeIfAbsent(k, x -> new ArrayList<>()).add(val);
            }
        }
        try {
            for (Part part : request.getParts()) {
                if (part.getSubmittedFileName() == null) {
                    try (InputStream in = part.getInputStream()) {
                        collected.computeIfAbsent(part.getName(), x -> new ArrayList<>())
                                .add(new String(in.readNBytes(1_000_000), StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException | ServletException e) {
            throw new PortalServlet.BadRequest(e); // a broken or cut-off form is the client's, so 400, not 500
        }
        Map<String, String[]> out = new LinkedHashMap<>();
        collected.forEach((k, list) -> out.put(k, list.toArray(String[]::new)));
        params = out;
        return params;
    }

    String paramOr(String name, String fallback) {
        return param(name).orElse(fallback);
    }

    Optional<String> cookie(String name) {
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

    /** The client's address; {@code X-Forwarded-For} counts only from a trusted proxy (decision 1603). */
    String client() {
        return addresses.client(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    /** The current path, URL-encoded, for "come back here" links. Never a query string: it may carry input. */
    String pathForReturn() {
        return URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    /** Whether the citizen reached us over TLS, directly or through a trusted proxy (decision 1603). */
    boolean secure() {
        return addresses.secure(request.isSecure(), request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"));
    }

    /**
     * Sets a cookie the scripts cannot read, sent only to this site's pages (SameSite=Strict also keeps other sites
     * from posting with it), and Secure when the request came over HTTPS.
     */
    void setCookie(String name, String value, int maxAgeSeconds) {
        StringBuilder c = new StringBuilder(name).append('=').append(value).append("; Path=/; HttpOnly; SameSite=Strict");
        c.append("; Max-Age=").append(maxAgeSeconds);
        if (addresses.secure(request.isSecure(), request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"))) {
            c.append("; Secure");
        }
        response.addHeader("Set-Cookie", c.toString());
    }
}
