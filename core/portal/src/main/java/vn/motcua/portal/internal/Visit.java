package vn.motcua.portal.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.motcua.pages.http.Cookies;
import vn.motcua.pages.http.FormData;
import vn.motcua.runtime.http.ClientAddresses;

/**
 * One request as the pages see it: the path, parameters, cookies and the chosen language. Parameters are read through
 * the shared {@link FormData} the first time a page asks for one (a page that reads none never parses the body), and
 * cookies are written by the shared {@link Cookies}, so the portal has the platform's one Secure rule. One per request,
 * not thread-safe.
 */
final class Visit {

    static final String LANG_COOKIE = "motcua_lang";
    static final String GRANT_COOKIE = "motcua_grant";
    static final String PENDING_COOKIE = "motcua_pending";

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final String path;
    private final Lang lang;
    private final ClientAddresses addresses;
    private final Cookies cookies;
    private FormData form;
    private Map<String, String[]> params;

    Visit(HttpServletRequest request, HttpServletResponse response) {
        this(request, response, ClientAddresses.none());
    }

    Visit(HttpServletRequest request, HttpServletResponse response, ClientAddresses addresses) {
        this.addresses = addresses;
        this.cookies = new Cookies(addresses);
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

    /**
     * The request's query and form, multipart included (text parts in UTF-8), read on first use.
     *
     * @throws vn.motcua.pages.http.UnreadableFormException if the body is broken or over the limits (400 or 413)
     */
    FormData form() {
        if (form == null) {
            form = FormData.read(request);
        }
        return form;
    }

    /** A parameter, stripped; empty when absent or blank. */
    Optional<String> param(String name) {
        return form().field(name);
    }

    /** Query and form parameters with all their values, as the form binding reads them. */
    Map<String, String[]> params() {
        if (params == null) {
            Map<String, String[]> out = new LinkedHashMap<>();
            form().fields().forEach((k, values) -> out.put(k, values.toArray(String[]::new)));
            params = java.util.Collections.unmodifiableMap(out);
        }
        return params;
    }

    String paramOr(String name, String fallback) {
        return param(name).orElse(fallback);
    }

    Optional<String> cookie(String name) {
        return Cookies.read(request, name);
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
        return cookies.secure(request);
    }

    /**
     * Sets a cookie the scripts cannot read, sent only to this site's pages (SameSite=Strict also keeps other sites
     * from posting with it), Secure by the platform's one rule.
     */
    void setCookie(String name, String value, int maxAgeSeconds) {
        response.addHeader("Set-Cookie", cookies.header(request, name, value, Cookies.SameSite.STRICT, maxAgeSeconds));
    }
}
