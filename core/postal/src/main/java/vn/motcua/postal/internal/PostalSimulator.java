package vn.motcua.postal.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A postal partner with VNPost-like field names, for demos ({@code --demo}) and tests; listens on 127.0.0.1 only.
 *
 * <ul>
 * <li>{@code POST /orders} with an {@code Idempotency-Key} header: {@code 201} with {@code ItemCode} (a consignment number
 *     in the UPU S10 form, e.g. {@code EB000000017VN}) and {@code TotalFreightIncludeVatEvaluation} (fee in đồng); the
 *     same key again answers {@code 200} with the first order: no second postman.</li>
 * <li>{@code GET /orders/{ItemCode}}: {@code Status} and {@code StatusName}; each GET moves an order one step on
 *     (ACCEPTED, PICKED_UP, IN_TRANSIT, DELIVERED) unless a test set its status. {@code 404} for an unknown number.</li>
 * <li>{@code GET /orders}: every order received.</li>
 * </ul>
 * Tests make it fail (the next answers {@code status}) or hang.
 */
public final class PostalSimulator implements AutoCloseable {

    /** An order as the simulated post office got it. */
    public record Received(String itemCode, String idempotencyKey, Map<String, Object> order, long fee) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NODELAY = "sun.net.httpserver.nodelay";
    private static final List<String> STEPS = List.of("ACCEPTED", "PICKED_UP", "IN_TRANSIT", "DELIVERED");

    private final HttpServer server;
    private final ExecutorService threads;
    private final Map<String, Received> byKey = new ConcurrentHashMap<>();
    private final Map<String, Received> byItem = new ConcurrentHashMap<>();
    private final Map<String, String> status = new ConcurrentHashMap<>();
    private final Map<String, Boolean> pinned = new ConcurrentHashMap<>();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger posts = new AtomicInteger();
    private final AtomicInteger serial = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private volatile int failureStatus = 500;
    private volatile long hangMillis;

    private PostalSimulator(int port) throws IOException {
        // Without TCP_NODELAY the JDK server's two-packet answers wait 40 ms for the client's delayed ACK (decision 1010).
        // The JDK reads the switch once, when its first server starts, so it is set before any, unless the operator chose.
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        threads = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "motcua-postal-simulator");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/orders", this::handle);
        server.start();
    }

    /** Starts a simulator on {@code port} (0: any free port). */
    public static PostalSimulator start(int port) throws IOException {
        return new PostalSimulator(port);
    }

    /** The base URL adapters are configured with. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Orders received, each idempotency key once. */
    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** Every order POST, repeated keys and failed ones included. */
    public int posts() {
        return posts.get();
    }

    /** The next {@code count} requests answer {@code status}. */
    public void failNext(int count, int status) {
        failureStatus = status;
        failures.set(count);
    }

    /** Every request waits this long before answering (0: at once). */
    public void hang(long millis) {
        hangMillis = millis;
    }

    /** Sets an order's status; it no longer moves on by itself. */
    public void setStatus(String itemCode, String newStatus) {
        status.put(itemCode, newStatus);
        pinned.put(itemCode, true);
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            if (hangMillis > 0) {
                try {
                    Thread.sleep(hangMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            String path = x.getRequestURI().getPath();
            if ("POST".equals(x.getRequestMethod()) && path.equals("/orders")) {
                posts.incrementAndGet();
                byte[] body;
                try (InputStream in = x.getRequestBody()) {
                    body = in.readNBytes(64 * 1024);
                }
                if (failed(x)) {
                    return;
                }
                order(x, body);
            } else if ("GET".equals(x.getRequestMethod()) && path.equals("/orders")) {
                reply(x, 200, Map.of("orders", received()));
            } else if ("GET".equals(x.getRequestMethod()) && path.startsWith("/orders/")) {
                if (failed(x)) {
                    return;
                }
                track(x, path.substring("/orders/".length()));
            } else {
                reply(x, 405, Map.of("error", "method"));
            }
        }
    }

    private boolean failed(HttpExchange x) throws IOException {
        if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            reply(x, failureStatus, Map.of("error", "simulated failure"));
            return true;
        }
        return false;
    }

    private void order(HttpExchange x, byte[] body) throws IOException {
        String key = x.getRequestHeaders().getFirst("Idempotency-Key");
        Map<?, ?> m = JSON.readValue(body, Map.class);
        if (key == null || key.isBlank() || !(m.get("ReceiverAddress") instanceof String a) || a.isBlank()
                || !(m.get("OrderCode") instanceof String)) {
            reply(x, 400, Map.of("error", "Idempotency-Key header, OrderCode and ReceiverAddress are required"));
            return;
        }
        Map<String, Object> order = new LinkedHashMap<>();
        m.forEach((k, v) -> order.put(String.valueOf(k), v));
        Received fresh = new Received(s10("EB", serial.incrementAndGet()), key, order, 22_000);
        Received first = byKey.putIfAbsent(key, fresh);
        Received r = first == null ? fresh : first;
        if (first == null) {
            byItem.put(fresh.itemCode(), fresh);
            status.put(fresh.itemCode(), "ACCEPTED");
            received.add(fresh);
        }
        reply(x, first == null ? 201 : 200, Map.of("ItemCode", r.itemCode(), "TotalFreightIncludeVatEvaluation", r.fee(),
                "OrderCode", String.valueOf(r.order().get("OrderCode")), "Status", "ACCEPTED"));
    }

    private void track(HttpExchange x, String itemCode) throws IOException {
        if (!byItem.containsKey(itemCode)) {
            reply(x, 404, Map.of("error", "unknown ItemCode"));
            return;
        }
        String now = status.get(itemCode);
        if (!pinned.containsKey(itemCode)) {
            int i = STEPS.indexOf(now);
            if (i >= 0 && i < STEPS.size() - 1) {
                status.put(itemCode, STEPS.get(i + 1));
            }
        }
        reply(x, 200, Map.of("ItemCode", itemCode, "Status", now, "StatusName", name(now)));
    }

    private static String name(String status) {
        return switch (status) {
            case "ACCEPTED" -> "Đã nhận yêu cầu";
            case "PICKED_UP" -> "Đã nhận bưu gửi tại Bưu cục Ba Đình";
            case "IN_TRANSIT" -> "Đang vận chuyển";
            case "DELIVERED" -> "Phát thành công";
            case "RETURNED" -> "Phát không thành công: không có người nhận";
            default -> status;
        };
    }

    /** A consignment number in the UPU S10 form: two letters, eight digits, a check digit, the country. */
    static String s10(String prefix, int serial) {
        String digits = String.format("%08d", serial % 100_000_000);
        int[] weights = {8, 6, 4, 2, 3, 5, 9, 7};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int check = 11 - sum % 11;
        check = check == 10 ? 0 : check == 11 ? 5 : check;
        return prefix + digits + check + "VN";
    }

    private static void reply(HttpExchange x, int code, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        x.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        x.sendResponseHeaders(code, bytes.length);
        x.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    @Override
    public String toString() {
        return "postal partner simulator at " + uri();
    }
}
