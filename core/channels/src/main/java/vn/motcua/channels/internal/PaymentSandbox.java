package vn.motcua.channels.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A payment gateway that behaves like a Vietnamese one (VNPay/Napas-like), for demos ({@code --demo}) and tests, on the
 * loopback interface only. {@code GET /pay?<signed order>} shows the pay page with the amount and the buttons
 * "Thanh toán" and "Huỷ"; the choice is posted to {@code /pay/confirm}, which calls the platform back server-to-server
 * ({@code POST notifyUrl}, a signed form) and then redirects the citizen to {@code returnUrl} with the same signed
 * parameters. {@code POST /refund} takes signed refund orders and honours {@code Idempotency-Key}. {@code GET /transactions}
 * lists payments and refunds. No money moves.
 */
public final class PaymentSandbox implements AutoCloseable {

    /** A payment as the sandbox settled it. */
    public record Settled(String txnRef, long amount, String responseCode, String transactionNo, int notifyStatus) {
    }

    /** A refund as the sandbox received it. */
    public record Refund(String refundId, String idempotencyKey, String txnRef, String transactionNo, long amount, String reason) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NODELAY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService threads;
    private final PaymentSignature signature;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** Orders shown on a pay page and not yet confirmed, by page token. */
    private final Map<String, Map<String, String>> open = new ConcurrentHashMap<>();
    private final List<Settled> settled = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Refund> refundsByKey = new ConcurrentHashMap<>();
    private final List<Refund> refunds = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger transactions = new AtomicInteger();

    private PaymentSandbox(int port, String secret) throws IOException {
        // TCP_NODELAY, as for the SMS simulator (decision 1010): the JDK reads the switch once, before its first server.
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
        this.signature = new PaymentSignature(secret);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        threads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "motcua-payment-sandbox");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/pay", this::pay);
        server.createContext("/refund", this::refund);
        server.createContext("/transactions", this::transactions);
        server.start();
    }

    /** Starts a sandbox on {@code port} (0: any free port) that signs and verifies with {@code secret}. */
    public static PaymentSandbox start(int port, String secret) throws IOException {
        return new PaymentSandbox(port, secret);
    }

    /** The gateway's base address, e.g. {@code http://127.0.0.1:8098/}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    public List<Settled> settled() {
        synchronized (settled) {
            return List.copyOf(settled);
        }
    }

    /** Refunds received, each idempotency key once. */
    public List<Refund> refunds() {
        synchronized (refunds) {
            return List.copyOf(refunds);
        }
    }

    private void pay(HttpExchange x) throws IOException {
        try (x) {
            String path = x.getRequestURI().getPath();
            if ("GET".equals(x.getRequestMethod()) && path.equals("/pay")) {
                Map<String, String> order = PaymentSignature.parse(x.getRequestURI().getRawQuery());
                if (!signature.verify(order)) {
                    page(x, 400, "Yêu cầu thanh toán không hợp lệ", "<p>Chữ ký của yêu cầu không đúng; giao dịch không được thực hiện.</p>");
                    return;
                }
                String expires = order.getOrDefault("expiresAt", "");
                if (!expires.isEmpty() && Instant.now().isAfter(Instant.parse(expires))) {
                    page(x, 410, "Giao dịch đã hết hạn", "<p>Vui lòng quay lại trang hồ sơ và bắt đầu thanh toán lại.</p>");
                    return;
                }
                String token = UUID.randomUUID().toString();
                open.put(token, order);
                String amount = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(Long.parseLong(order.get("amount")));
                page(x, 200, "Thanh toán phí, lệ phí",
                        "<p>Nội dung: " + escape(order.getOrDefault("orderInfo", "")) + "</p>"
                        + "<p>Số tiền: <strong id=\"so-tien\">" + escape(amount) + " đồng</strong></p>"
                        + "<p>Mã giao dịch: " + escape(order.get("txnRef")) + "</p>"
                        + "<form method=\"post\" action=\"/pay/confirm\">"
                        + "<input type=\"hidden\" name=\"token\" value=\"" + token + "\">"
                        + "<button type=\"submit\" name=\"choice\" value=\"pay\">Thanh toán</button> "
                        + "<button type=\"submit\" name=\"choice\" value=\"cancel\">Huỷ</button></form>");
                return;
            }
            if ("POST".equals(x.getRequestMethod()) && path.equals("/pay/confirm")) {
                Map<String, String> form = PaymentSignature.parse(body(x));
                Map<String, String> order = open.remove(form.getOrDefault("token", ""));
                if (order == null) {
                    page(x, 404, "Không tìm thấy giao dịch", "<p>Giao dịch đã được xử lý hoặc không tồn tại.</p>");
                    return;
                }
                boolean paid = "pay".equals(form.get("choice"));
                Map<String, String> result = new LinkedHashMap<>();
                result.put("txnRef", order.get("txnRef"));
                result.put("amount", order.get("amount"));
                result.put("responseCode", paid ? SandboxPaymentGateway.PAID : "24"); // 24: the customer cancelled (as VNPay)
                result.put("transactionNo", "SBX" + String.format("%08d", transactions.incrementAndGet()));
                result.put("payDate", Instant.now().toString());
                Map<String, String> signed = signature.signed(result);
                int notified = notifyPlatform(order.get("notifyUrl"), signed);
                settled.add(new Settled(signed.get("txnRef"), Long.parseLong(signed.get("amount")), signed.get("responseCode"),
                        signed.get("transactionNo"), notified));
                String back = order.get("returnUrl");
                x.getResponseHeaders().set("Location", back + (back.contains("?") ? "&" : "?") + PaymentSignature.query(signed));
                x.sendResponseHeaders(303, -1);
                return;
            }
            page(x, 404, "Không tìm thấy", "");
        }
    }

    /** The server-to-server callback; the citizen is redirected back whatever it answered (the return page settles too). */
    private int notifyPlatform(String notifyUrl, Map<String, String> signed) {
        try {
            HttpRequest r = HttpRequest.newBuilder(URI.create(notifyUrl)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(PaymentSignature.query(signed))).build();
            return http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private void refund(HttpExchange x) throws IOException {
        try (x) {
            if (!"POST".equals(x.getRequestMethod())) {
                json(x, 405, Map.of("error", "method"));
                return;
            }
            String key = x.getRequestHeaders().getFirst("Idempotency-Key");
            Map<String, String> p = PaymentSignature.parse(body(x));
            if (!signature.verify(p)) {
                json(x, 401, Map.of("error", "bad signature"));
                return;
            }
            if (key == null || key.isBlank() || p.get("txnRef") == null || p.get("amount") == null) {
                json(x, 400, Map.of("error", "Idempotency-Key header, txnRef and amount are required"));
                return;
            }
            Refund fresh = new Refund("RF" + String.format("%08d", transactions.incrementAndGet()), key, p.get("txnRef"),
                    p.get("transactionNo"), Long.parseLong(p.get("amount")), p.get("reason"));
            Refund first = refundsByKey.putIfAbsent(key, fresh);
            if (first == null) {
                refunds.add(fresh);
                json(x, 200, Map.of("refundId", fresh.refundId(), "status", "refunded"));
            } else {
                json(x, 200, Map.of("refundId", first.refundId(), "status", "duplicate"));
            }
        }
    }

    private void transactions(HttpExchange x) throws IOException {
        try (x) {
            json(x, 200, Map.of("payments", settled(), "refunds", refunds()));
        }
    }

    private static String body(HttpExchange x) throws IOException {
        try (InputStream in = x.getRequestBody()) {
            return new String(in.readNBytes(16 * 1024), StandardCharsets.UTF_8);
        }
    }

    private static void page(HttpExchange x, int status, String title, String content) throws IOException {
        byte[] bytes = ("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + " – Cổng thanh toán thử nghiệm</title></head><body><p><em>Cổng thanh toán thử nghiệm (sandbox): không có tiền thật.</em></p><h1>"
                + escape(title) + "</h1>" + content + "</body></html>").getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
    }

    private static void json(HttpExchange x, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        x.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    @Override
    public String toString() {
        return "payment gateway sandbox at " + uri();
    }
}
