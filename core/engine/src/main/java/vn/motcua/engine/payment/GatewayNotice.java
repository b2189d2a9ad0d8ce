package vn.motcua.engine.payment;

import java.util.Objects;

/**
 * A verified callback from the gateway.
 *
 * @param paymentId  the platform's transaction reference
 * @param amountVnd  the amount the gateway took (or would have taken), in đồng
 * @param paid       true when the money was taken; false when the citizen cancelled or the bank refused
 * @param gatewayTxn the gateway's transaction number
 */
public record GatewayNotice(String paymentId, long amountVnd, boolean paid, String gatewayTxn) {
    public GatewayNotice {
        Objects.requireNonNull(paymentId, "paymentId");
    }
}
