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
            if (ACCESS.isInfoEnabled()) {
                MDC.put("requestId", id); // a servlet may have cleared it
                ACCESS.info("{} {} {} {} {} ms", req.getRemoteAddr(), req.getMethod(), req.getRequestURI(), resp.getStatus(),
                        (System.nanoTime() - start) / 1_000_000);
            }
            MDC.remove("requestId");
        }
    }

    /** The caller's id when it is a sane one (a balancer's or a client's, for tracing across systems), else a new one. */
    static String requestId(String header) {
        return header != null && VALID_ID.matcher(header).matches() ? header : UUID.randomUUID().toString();
    }
}
