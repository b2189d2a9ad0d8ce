package vn.motcua.workspace.internal;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.motcua.pages.i18n.Messages;
import vn.motcua.runtime.http.ClientAddresses;
import vn.motcua.security.CsrfCheck;
import vn.motcua.security.RoleGrant;
import vn.motcua.security.StaffIdentity;
import vn.motcua.security.StaffRole;
import vn.motcua.security.StaffSession;
import vn.motcua.security.StaffSessions;

/** Requests, responses and sessions for in-process tests of the staff front: no container, no platform. */
final class FakeHttp {

    static final String SESSION = "s-1";
    static final String TOKEN = "t-1";

    private FakeHttp() {
    }

    /** What a response got: status, headers, body. */
    static final class Answer {
        int status = 200;
        boolean committed;
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();

        String text() {
            return body.toString(StandardCharsets.UTF_8);
        }
    }

    static StaffIdentity officer(StaffRole role, String unit) {
        return StaffIdentity.of("acc-" + role, "Cán bộ " + role, Set.of(new RoleGrant(unit, role)));
    }

    static Messages messages() {
        return Messages.load(WorkspaceServlet.MESSAGES, Messages.VIETNAMESE, FakeHttp.class.getClassLoader());
    }

    /** A gate whose one session belongs to {@code who}; null: nobody is signed in. */
    static StaffGate gate(StaffIdentity who) {
        StaffSessions sessions = (StaffSessions) Proxy.newProxyInstance(FakeHttp.class.getClassLoader(),
                new Class<?>[] {StaffSessions.class}, (p, m, a) -> switch (m.getName()) {
                    case "session" -> who != null && SESSION.equals(a[0])
                            ? Optional.of(new StaffSession(SESSION, TOKEN, who, java.time.Instant.MAX)) : Optional.empty();
                    case "checkCsrf" -> who != null && SESSION.equals(a[0]) && TOKEN.equals(a[1]) ? CsrfCheck.VALID : CsrfCheck.NO_SESSION;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        return new StaffGate(() -> sessions, ClientAddresses.none());
    }

    /**
     * A request with the session cookie (when {@code signedIn}).
     *
     * @param target the path with an optional query string, e.g. {@code /can-bo/?q=x}
     * @param form   a URL-encoded body's fields, or empty
     */
    static HttpServletRequest request(String method, String target, boolean signedIn, Map<String, String> form) {
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        String query = q < 0 ? null : target.substring(q + 1);
        int second = path.indexOf('/', 1);
        String servletPath = second < 0 ? path : path.substring(0, second);
        String pathInfo = second < 0 ? null : path.substring(second);
        Map<String, String[]> params = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        new String[] {kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : ""});
            }
        }
        form.forEach((k, v) -> params.put(k, new String[] {v}));
        return (HttpServletRequest) Proxy.newProxyInstance(FakeHttp.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (p, m, a) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getServletPath" -> servletPath;
                    case "getPathInfo" -> pathInfo;
                    case "getQueryString" -> query;
                    case "getContentType" -> form.isEmpty() ? null : "application/x-www-form-urlencoded";
                    case "getParameterMap" -> Collections.unmodifiableMap(params);
                    case "getParameter" -> Optional.ofNullable(params.get((String) a[0])).map(v -> v[0]).orElse(null);
                    case "getCookies" -> signedIn ? new Cookie[] {new Cookie(StaffGate.COOKIE, SESSION)} : null;
                    case "getRemoteAddr" -> "127.0.0.1";
                    case "isSecure" -> false;
                    case "getHeader" -> "Host".equals(a[0]) ? "localhost" : null;
                    case "setCharacterEncoding" -> null;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    static HttpServletResponse response(Answer answer) {
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener l) {
            }

            @Override
            public void write(int b) {
                answer.committed = true;
                answer.body.write(b);
            }
        };
        return (HttpServletResponse) Proxy.newProxyInstance(FakeHttp.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (p, m, a) -> {
                    switch (m.getName()) {
                        case "setStatus" -> answer.status = (Integer) a[0];
                        case "setHeader", "addHeader" -> answer.headers.put((String) a[0], (String) a[1]);
                        case "setContentType" -> answer.headers.put("Content-Type", (String) a[0]);
                        case "getOutputStream" -> {
                            return out;
                        }
                        case "isCommitted" -> {
                            return answer.committed;
                        }
                        case "reset" -> answer.headers.clear();
                        default -> {
                            // content length and the like: not asserted
                        }
                    }
                    return null;
                });
    }
}
