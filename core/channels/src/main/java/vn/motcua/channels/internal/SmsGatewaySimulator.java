package vn.motcua.channels.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMS gateway that honours idempotency keys, for demos ({@code --demo}) and tests: {@code POST /sms} takes a message
 * ({@code 201} with an {@code id}; the same {@code Idempotency-Key} again answers {@code 200} with the first id and is not
 * delivered twice), {@code GET /sms} lists what it received. Tests make it fail: the next answers 500, or hang.
 * Listens on the loopback interface only.
 */
public final class SmsGatewaySimulator implements AutoCloseable {

    /** A message as the simulated phone network got it. */
    public record Received(String id, String idempotencyKey, String to, String text, String reference, String at) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NODELAY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService threads;
    private final Map<String, Received> byKey = new ConcurrentHashMap<>();
    private final List<Received> received = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger posts = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private volatile int failureStatus = 500;
    private volatile long hangMillis;

    private SmsGatewaySimulator(int port) throws IOException {
        // The JDK server writes a response's headers and body as two packets; without TCP_NODELAY Nagle's algorithm holds
        // the body until the client's delayed ACK: 40 ms a message, 25 messages/s per delivery thread (decision 1010). The
        // JDK reads the switch once, when its first server starts, so it is set before any, unless the operator chose.
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        threads = Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, "motcua-sms-simulator");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/sms", this::handle);
        server.start();
    }

    /** Starts a simulator on {@code port} (0: any free port). */
    public static SmsGatewaySimulator start(int port) throws IOException {
        return new SmsGatewaySimulator(port);
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sms");
    }

    /** Messages delivered, each idempotency key once, in order of arrival. */
    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** Every POST, also repeated keys and failed ones. */
    public int posts() {
        return posts.get();
    }

    /** The next {@code count} POSTs answer {@code status} and deliver nothing. */
    public void failNext(int count, int status) {
        failureStatus = status;
        failures.set(count);
    }

    /** Every POST waits this long before answering (0: answer at once): a partner that hangs. */
    public void hang(long millis) {
        hangMillis = millis;
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            if ("GET".equals(x.getRequestMethod())) {
                reply(x, 200, Map.of("messages", received()));
                return;
            }
            if (!"POST".equals(x.getRequestMethod())) {
                reply(x, 405, Map.of("error", "method"));
                return;
            }
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
            String key = x.getRequestHeaders().getFirst("Idempotency-Key");
            Map<?, ?> m = JSON.readValue(body, Map.class);
            Object to = m.get("to");
            Object text = m.get("text");
            if (key == null || key.isBlank() || !(to instanceof String) || !(text instanceof String)) {
                reply(x, 400, Map.of("error", "Idempotency-Key header, to and text are required"));
                return;
            }
            Received fresh = new Received("sms-" + (byKey.size() + 1) + "-" + key.substring(0, Math.min(8, key.length())), key,
                    (String) to, (String) text, m.get("reference") == null ? null : String.valueOf(m.get("reference")), Instant.now().toString());
            Received first = byKey.putIfAbsent(key, fresh);
            if (first == null) {
                received.add(fresh);
                reply(x, 201, Map.of("id", fresh.id(), "status", "queued"));
            } else {
                reply(x, 200, Map.of("id", first.id(), "status", "duplicate"));
            }
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
        threads.shutdownNow();
    }

    @Override
    public String toString() {
        return "SMS gateway simulator at " + uri();
    }
}
