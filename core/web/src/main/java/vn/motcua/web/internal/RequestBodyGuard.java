package vn.motcua.web.internal;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In front of every servlet (API, portal, workspace), for requests that carry a body (decision 1622):
 * <ul>
 *   <li>at most {@code motcua.http.bodiesPerClient} (default 64, a third of Jetty's 200 threads, and the 64 clients
 *       of the load benchmark) bodies in flight per client address: a client that opens hundreds of slow uploads
 *       gets 429 at once for the rest and holds no more server threads;</li>
 *   <li>large bodies (over 256 KB) share a memory budget of a third of the heap, each weighing five times its length
 *       (raw bytes, the parsed JSON with its base64 string, the decoded file, the copy stored): when the budget is
 *       taken, a new large upload waits up to 1 s, then gets 503 with Retry-After instead of exhausting the heap;</li>
 *   <li>an {@link OutOfMemoryError} or other {@link Error} thrown while serving is answered 503 or 500 without naming it.</li>
 * </ul>
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterPattern("/*")
public final class RequestBodyGuard implements Filter {

    static final long LARGE_BODY = 256 * 1024;
    /** Memory a large body costs while it is parsed and stored, as a multiple of its length (see the class comment). */
    static final int BODY_MEMORY_FACTOR = 5;
    private static final Logger LOG = LoggerFactory.getLogger(RequestBodyGuard.class);

    private final int perClient;
    private final int budgetKb;
    private final Semaphore memory;
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

    @Activate
    public RequestBodyGuard(BundleContext context) {
        this(intProperty(context.getProperty("motcua.http.bodiesPerClient"), 64), Runtime.getRuntime().maxMemory() / 3);
    }

    RequestBodyGuard(int perClient, long memoryBudgetBytes) {
        this.perClient = perClient;
        this.budgetKb = (int) Math.min(Integer.MAX_VALUE, Math.max(1, memoryBudgetBytes / 1024));
        this.memory = new Semaphore(budgetKb, true);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        if (!hasBody(req)) {
            serve(req, resp, chain);
            return;
        }
        String client = req.getRemoteAddr();
        AtomicInteger count = inFlight.computeIfAbsent(client, c -> new AtomicInteger());
        try {
            if (count.incrementAndGet() > perClient) {
                refuse(resp, 429, "too_many_uploads", "Quá nhiều yêu cầu cùng lúc",
                        "Địa chỉ này đang gửi quá nhiều yêu cầu cùng lúc; hãy đợi các yêu cầu trước xong rồi gửi lại.", 5);
                return;
            }
            int weight = weightKb(req.getContentLengthLong());
            if (weight > 0 && !acquire(weight)) {
                refuse(resp, 503, "busy", "Hệ thống đang bận",
                        "Hệ thống đang nhận nhiều tệp lớn cùng lúc; hãy gửi lại sau ít phút.", 10);
                return;
            }
            try {
                serve(req, resp, chain);
            } finally {
                if (weight > 0) {
                    memory.release(weight);
                }
            }
        } finally {
            if (count.decrementAndGet() <= 0) {
                inFlight.remove(client, count);
            }
        }
    }

    /** Kilobytes of the memory budget a body of {@code length} bytes takes; 0 for small bodies; unknown length counts as large. */
    int weightKb(long length) {
        if (length >= 0 && length <= LARGE_BODY) {
            return 0;
        }
        long bytes = length < 0 ? ApiCall.MAX_BODY_BYTES : length;
        return (int) Math.min(budgetKb, bytes * BODY_MEMORY_FACTOR / 1024);
    }

    private boolean acquire(int weight) {
        try {
            return memory.tryAcquire(weight, 1, TimeUnit.SECONDS); // short: a waiting request holds a server thread
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void serve(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
        try {
            chain.doFilter(req, resp);
        } catch (OutOfMemoryError e) {
            LOG.error("{} {} ran out of memory; answered 503", req.getMethod(), req.getRequestURI());
            refuseIfPossible(resp, 503, "busy", "Hệ thống đang bận", "Hệ thống đang quá tải; hãy gửi lại sau ít phút.", 30);
        } catch (Error e) {
            LOG.error("{} {} failed", req.getMethod(), req.getRequestURI(), e);
            refuseIfPossible(resp, 500, "internal_error", "Lỗi hệ thống", "Đã xảy ra lỗi không mong muốn.", 0);
        }
    }

    static boolean hasBody(HttpServletRequest req) {
        return req.getContentLengthLong() > 0 || req.getHeader("Transfer-Encoding") != null;
    }

    private static void refuseIfPossible(HttpServletResponse resp, int status, String code, String title, String detail, int retryAfter)
            throws IOException {
        if (!resp.isCommitted()) {
            resp.resetBuffer();
            refuse(resp, status, code, title, detail, retryAfter);
        }
    }

    /** A problem+json answer; the body was not read, so the connection is closed after it. */
    private static void refuse(HttpServletResponse resp, int status, String code, String title, String detail, int retryAfter)
            throws IOException {
        resp.setStatus(status);
        resp.setHeader("Connection", "close");
        if (retryAfter > 0) {
            resp.setHeader("Retry-After", Integer.toString(retryAfter));
        }
        resp.setContentType("application/problem+json;charset=utf-8");
        String json = "{\"type\":\"https://motcua.vn/problems/" + code + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"code\":\"" + code + "\",\"detail\":\"" + detail + "\",\"errors\":[]}";
        resp.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }

    private static int intProperty(String value, int fallback) {
        try {
            return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
