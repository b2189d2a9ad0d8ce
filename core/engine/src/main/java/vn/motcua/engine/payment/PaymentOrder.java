package vn.motcua.engine.payment;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * What the citizen is asked to pay.
 *
 * @param paymentId   the platform's transaction reference; the gateway calls back with it
 * @param dossierCode the dossier
 * @param amountVnd   in đồng
 * @param description shown on the pay page, e.g. "Lệ phí hồ sơ H26.40-261205-0001"
 * @param expiresAt   the gateway should not take money after this; a later success is refunded
 * @param returnUrl   where the gateway sends the citizen back
 * @param notifyUrl   where the gateway posts its server-to-server callback
 */
public record PaymentOrder(String paymentId, String dossierCode, long amountVnd, String description, Instant expiresAt,
                           URI returnUrl, URI notifyUrl) {
    public PaymentOrder {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(returnUrl, "returnUrl");
        Objects.requireNonNull(notifyUrl, "notifyUrl");
    }
}
