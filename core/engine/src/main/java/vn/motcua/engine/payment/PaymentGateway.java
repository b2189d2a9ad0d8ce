package vn.motcua.engine.payment;

import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A payment gateway (VNPay, Napas, … or the sandbox), registered as an OSGi service by an adapter bundle. The platform
 * asks it where to send the citizen and to check the signature of its callbacks; refunds go through the outbox as
 * messages of channel {@link #REFUND_CHANNEL}, which the adapter delivers with an outbox {@code Transport}, so a refund
 * survives a crash and is retried.
 */
@ConsumerType
public interface PaymentGateway {

    /** Outbox channel of refund orders; the body is {@link RefundOrder#toBody()}. */
    String REFUND_CHANNEL = "PAYMENT";

    /** Short name shown to operators, e.g. {@code sandbox}. */
    String name();

    /** The gateway's pay page for this order, signed so the gateway can tell the amount was not changed on the way. */
    java.net.URI checkout(PaymentOrder order);

    /**
     * The result a callback (server-to-server notification or the citizen's return) carries, if its signature is valid.
     *
     * @return empty when the signature is missing or wrong: nothing in the parameters may be trusted then
     */
    Optional<GatewayNotice> verify(Map<String, String> parameters);
}
