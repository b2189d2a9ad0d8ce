package vn.motcua.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RequestBodyGuardTest {

    /** What a response got: status, headers, body. */
    static final class Answer {
        int status = 200;
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();

        String text() {
            return body.toString(StandardCharsets.UTF_8);
        }
    }

    static HttpServletRequest request(String client, long contentLength) {
        return (HttpServletRequest) Proxy.newProxyInstance(RequestBodyGuardTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (p, m, a) -> switch (m.getName()) {
                    case "getRemoteAddr" -> client;
                    case "getContentLengthLong" -> contentLength;
                    case "getMethod" -> "POST";
                    case "getRequestURI" -> "/api/v1/dossiers";
                    default -> null;
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
                answer.body.write(b);
            }
        };
        return (HttpServletResponse) Proxy.newProxyInstance(RequestBodyGuardTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (p, m, a) -> switch (m.getName()) {
                    case "setStatus" -> {
                        answer.status = (Integer) a[0];
                        yield null;
                    }
                    case "setHeader" -> {
                        answer.headers.put((String) a[0], (String) a[1]);
                        yield null;
                    }
                    case "getOutputStream" -> out;
                    case "isCommitted" -> false;
                    default -> null;
                });
    }

    @Test
    void aClientWithTooManyBodiesInFlightGets429AtOnceWhileOthersAreServed() throws Exception {
        RequestBodyGuard guard = new RequestBodyGuard(2, 512L * 1024 * 1024);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch inside = new CountDownLatch(2);
        FilterChain slow = (rq, rs) -> {
            inside.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = pool.submit(() -> {
                guard.doFilter(request("10.0.0.9", 100), response(new Answer()), slow);
                return null;
            });
            Future<?> b = pool.submit(() -> {
                guard.doFilter(request("10.0.0.9", 100), response(new Answer()), slow);
                return null;
            });
            assertTrue(inside.await(5, TimeUnit.SECONDS));

            Answer third = new Answer();
            guard.doFilter(request("10.0.0.9", 100), response(third), (rq, rs) -> {
                throw new AssertionError("the third body of the same client must not reach the servlet");
            });
            assertEquals(429, third.status);
            assertEquals("close", third.headers.get("Connection"));
            assertTrue(third.text().contains("\"code\":\"too_many_uploads\""), third.text());

            Answer other = new Answer();
            boolean[] served = {false};
            guard.doFilter(request("10.0.0.10", 100), response(other), (rq, rs) -> served[0] = true);
            assertTrue(served[0], "another client is served");
            Answer get = new Answer();
            guard.doFilter(request("10.0.0.9", -1), response(get), (rq, rs) -> served[0] = false);
            assertFalse(served[0], "requests without a body are never counted");

            release.countDown();
            a.get(5, TimeUnit.SECONDS);
            b.get(5, TimeUnit.SECONDS);
            Answer later = new Answer();
            guard.doFilter(request("10.0.0.9", 100), response(later), (rq, rs) -> { });
            assertEquals(200, later.status, "slots are given back");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void largeBodiesBeyondTheMemoryBudgetWaitThenGet503InsteadOfExhaustingTheHeap() throws Exception {
        // budget for one 14 MB body (x5 = 70 MB) but not two
        RequestBodyGuard guard = new RequestBodyGuard(100, 100L * 1024 * 1024);
        long fourteenMb = 14L * 1024 * 1024;
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch inside = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> first = pool.submit(() -> {
                guard.doFilter(request("10.0.0.1", fourteenMb), response(new Answer()), (rq, rs) -> {
                    inside.countDown();
                    try {
                        release.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                return null;
            });
            assertTrue(inside.await(5, TimeUnit.SECONDS));
            Answer second = new Answer();
            long t0 = System.nanoTime();
            guard.doFilter(request("10.0.0.2", fourteenMb), response(second), (rq, rs) -> {
                throw new AssertionError("no budget left: must not be read");
            });
            assertEquals(503, second.status);
            assertEquals("10", second.headers.get("Retry-After"));
            assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(8), "it waited a bounded time");
            boolean[] small = {false};
            guard.doFilter(request("10.0.0.3", 2_000), response(new Answer()), (rq, rs) -> small[0] = true);
            assertTrue(small[0], "small bodies do not wait for the budget");
            release.countDown();
            first.get(5, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anOutOfMemoryErrorIsAnswered503WithoutNamingIt() throws Exception {
        RequestBodyGuard guard = new RequestBodyGuard(16, 512L * 1024 * 1024);
        Answer answer = new Answer();
        guard.doFilter(request("10.0.0.1", 20L * 1024 * 1024), response(answer), (rq, rs) -> {
            throw new OutOfMemoryError("Java heap space");
        });
        assertEquals(503, answer.status);
        assertFalse(answer.text().contains("OutOfMemory") || answer.text().contains("heap"), answer.text());
    }
}
