package vn.motcua.channels.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The national portal's synchronisation service as the tests need it: takes {@code {"service", "data": [...]}} with an
 * {@code Idempotency-Key}, keeps each key's push once, answers {@code {"error_code": 0}}; fails, rejects the data
 * ({@code error_code} 1 on HTTP 200, as the portal is said to answer a data error) or hangs on request. 127.0.0.1 only.
 */
final class DvcqgSimulator implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, JsonNode> byKey = new ConcurrentHashMap<>();
    private final List<JsonNode> pushes = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger posts = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private volatile int failureStatus = 500;
    private volatile boolean rejectData;
    private volatile long hangMillis;

    DvcqgSimulator() throws IOException {
        // TCP_NODELAY, as every simulator on the JDK server (decision 1010).
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.createContext("/dongbo", this::handle);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/dongbo");
    }

    List<JsonNode> pushes() {
        synchronized (pushes) {
            return List.copyOf(pushes);
        }
    }

    int posts() {
        return posts.get();
    }

    void failNext(int count, int status) {
        failureStatus = status;
        failures.set(count);
    }

    void rejectData(boolean reject) {
        rejectData = reject;
    }

    void hang(long millis) {
        hangMillis = millis;
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            posts.incrementAndGet();
            byte[] body;
            try (InputStream in = x.getRequestBody()) {
                body = in.readNBytes(64 * 1024);
            }
            if (hangMillis > 0) {
                try {
                    Thread.sleep(hangMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                reply(x, failureStatus, Map.of("error", "simulated failure"));
                return;
            }
            if (rejectData) {
                reply(x, 200, Map.of("error_code", 1, "message", "MaTTHC không tồn tại"));
                return;
            }
            String key = x.getRequestHeaders().getFirst("Idempotency-Key");
            JsonNode n = JSON.readTree(body);
            if (key == null || !"DongBoHoSoMC".equals(n.path("service").asText()) || !n.path("data").isArray()) {
                reply(x, 400, Map.of("error", "Idempotency-Key, service and data are required"));
                return;
            }
            if (byKey.putIfAbsent(key, n) == null) {
                n.path("data").forEach(pushes::add);
            }
            reply(x, 200, Map.of("error_code", 0, "message", "Đồng bộ thành công"));
        }
    }

    private static void reply(HttpExchange x, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        x.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
