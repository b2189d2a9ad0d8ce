package vn.motcua.engine.payment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A refund the platform orders through the outbox: the body of a message of channel
 * {@link PaymentGateway#REFUND_CHANNEL}, as {@code key=value} lines so an adapter needs no JSON library.
 *
 * @param paymentId  the platform's transaction reference of the payment to refund
 * @param gatewayTxn the gateway's transaction number
 * @param amountVnd  in đồng
 * @param reason     why, e.g. {@code late} or {@code duplicate}
 */
public record RefundOrder(String paymentId, String gatewayTxn, long amountVnd, String reason) {

    public RefundOrder {
        Objects.requireNonNull(paymentId, "paymentId");
    }

    public String toBody() {
        return "paymentId=" + paymentId + "\ngatewayTxn=" + (gatewayTxn == null ? "" : gatewayTxn) + "\namountVnd="
                + amountVnd + "\nreason=" + (reason == null ? "" : reason);
    }

    /** @throws IllegalArgumentException when a field is missing or the amount is not a number */
    public static RefundOrder fromBody(String body) {
        Map<String, String> f = new LinkedHashMap<>();
        for (String line : body.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                f.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        if (!f.containsKey("paymentId") || !f.containsKey("amountVnd")) {
            throw new IllegalArgumentException("not a refund order: " + body);
        }
        return new RefundOrder(f.get("paymentId"), f.get("gatewayTxn"), Long.parseLong(f.get("amountVnd")), f.get("reason"));
    }
}
