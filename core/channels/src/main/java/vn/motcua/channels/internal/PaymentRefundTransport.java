package vn.motcua.channels.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.motcua.engine.payment.PaymentGateway;
import vn.motcua.engine.payment.RefundOrder;
import vn.motcua.outbox.spi.Delivery;
import vn.motcua.outbox.spi.OutgoingMessage;
import vn.motcua.outbox.spi.Transport;

/**
 * Delivers refund orders from the outbox (channel {@value PaymentGateway#REFUND_CHANNEL}) to the gateway:
 * {@code POST <gateway>/refund}, a signed form, the outbox id as {@code Idempotency-Key} so a retry after a crash never
 * refunds twice. 2xx accepted; 408, 429, 5xx and timeouts retried; other 4xx dead letter for the operator.
 */
final class PaymentRefundTransport implements Transport {

    private final SandboxPaymentGateway gateway;
    private final HttpClient http;
    private final Duration timeout;

    PaymentRefundTransport(SandboxPaymentGateway gateway, Duration timeout) {
        this.gateway = gateway;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public String channel() {
        return PaymentGateway.REFUND_CHANNEL;
    }

    @Override
    public Delivery deliver(OutgoingMessage message) throws Exception {
        RefundOrder order;
        try {
            order = RefundOrder.fromBody(message.body());
        } catch (IllegalArgumentException e) {
            return Delivery.refused("not a refund order: " + e.getMessage());
        }
        Map<String, String> p = new LinkedHashMap<>();
        p.put("txnRef", order.paymentId());
        p.put("transactionNo", order.gatewayTxn() == null ? "" : order.gatewayTxn());
        p.put("amount", Long.toString(order.amountVnd()));
        p.put("reason", order.reason() == null ? "" : order.reason());
        HttpRequest request = HttpRequest.newBuilder(gateway.base().resolve("refund")).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Idempotency-Key", message.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofString(PaymentSignature.query(gateway.signature().signed(p)))).build();
        HttpResponse<String> r;
        try {
            r = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            return Delivery.retry("timeout after " + timeout.toSeconds() + " s");
        } catch (java.io.IOException e) {
            return Delivery.retry("gateway unreachable: " + e.getMessage());
        }
        String answer = r.statusCode() + " " + excerpt(r.body());
        int s = r.statusCode();
        if (s >= 200 && s < 300) {
            return Delivery.accepted(answer, refundId(r.body()));
        }
        if (s == 408 || s == 429 || s >= 500) {
            return Delivery.retry(answer);
        }
        return Delivery.refused(answer);
    }

    /** The gateway's refund id from {@code {"refundId":"…"}}, without a JSON library for one field. */
    static String refundId(String body) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"refundId\"\\s*:\\s*\"([^\"]{1,200})\"").matcher(body == null ? "" : body);
        return m.find() ? m.group(1) : null;
    }

    private static String excerpt(String body) {
        return body == null ? "" : body.length() > 200 ? body.substring(0, 200) : body;
    }
}
