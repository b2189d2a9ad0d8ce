package vn.motcua.web.internal;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Gives every request (API, portal, workspace) its request id and writes one access-log line per request to the
 * logger {@code motcua.access}: client, method, path, status, milliseconds, with the request id in the log pattern.
 * Off unless the operator sets {@code MOTCUA_ACCESS_LOG=INFO} (config/logback.xml); the query string is left out,
 * as second factors and searches are nobody's business in a log.
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterPattern("/*")
public final class AccessLogFilter implements Filter {

    private final WebMetrics metrics;

    @org.osgi.service.component.annotations.Activate
    public AccessLogFilter(@org.osgi.service.component.annotations.Reference WebMetrics metrics) {
        this.metrics = metrics;
    }

    /** Request attribute holding the id, for the servlets behind this filter. */
    static final String REQUEST_ID = "motcua.requestId";
    private static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Logger ACCESS = LoggerFactory.getLogger("motcua.access");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        long start = System.nanoTime();
        String id = requestId(req.getHeader("X-Request-Id"));
        req.setAttribute(REQUEST_ID, id);
        resp.setHeader("X-Request-Id", id);
        MDC.put("requestId", id);
        try {
            chain.doFilter(request, response);
        } finally {
            int status = resp.getStatus();
            metrics.request(area(req.getRequestURI()), req.getMethod(), route(req, status), status, System.nanoTime() - start);
            if (ACCESS.isInfoEnabled()) {
                MDC.put("requestId", id); // a servlet may have cleared it
                ACCESS.info("{} {} {} {} {} ms", req.getRemoteAddr(), req.getMethod(), req.getRequestURI(), resp.getStatus(),
                        (System.nanoTime() - start) / 1_000_000);
            }
            MDC.remove("requestId");
        }
    }

    /** Which front answered: the API, the officers' workspace and console, static files, or the citizen portal. */
    static String area(String uri) {
        if (uri.startsWith("/api/") || uri.equals("/metrics")) {
            return "api";
        }
        if (uri.startsWith("/can-bo") || uri.startsWith("/quan-tri")) {
            return "workspace";
        }
        return uri.startsWith("/static/") || uri.startsWith("/tai-nguyen/") ? "static" : "portal";
    }

    /**
     * The route label: the API's template when its servlet matched one; otherwise the first path segment of a page
     * that was found ({@code /ho-so}, {@code /can-bo}), and "unmatched" for anything not found, so a client probing
     * random paths cannot create series.
     */
    static String route(HttpServletRequest req, int status) {
        if (req.getAttribute(WebMetrics.ROUTE) instanceof String template) {
            return template;
        }
        if (status == 404 || status == 405) {
            return "unmatched";
        }
        String uri = req.getRequestURI();
        int next = uri.indexOf('/', 1);
        String first = next < 0 ? uri : uri.substring(0, next);
        return first.length() > 40 ? "unmatched" : first;
    }

    /** The caller's id when it is a sane one (a balancer's or a client's, for tracing across systems), else a new one. */
    static String requestId(String header) {
        return header != null && VALID_ID.matcher(header).matches() ? header : UUID.randomUUID().toString();
    }
}
