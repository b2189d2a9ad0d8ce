package vn.motcua.outbox.spi;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Delivers messages of one channel to a partner. Register as an OSGi service; the worker picks it by {@link #channel()}.
 * Thread-safe: several messages are delivered at once.
 *
 * <p>Send {@link OutgoingMessage#idempotencyKey()} to the partner (a header, a message id): after a crash the same message
 * may be delivered again, and a partner that honours the key then does not act twice.
 */
@ConsumerType
public interface Transport {

    /** The channel this transport delivers, e.g. {@code EMAIL}, {@code SMS}. */
    String channel();

    /**
     * Delivers one message. Must return within its own timeouts (connect and read, a few seconds): the worker gives up
     * waiting after {@code motcua.outbox.timeout.seconds} and retries later. Exceptions count as a retryable failure.
     */
    Delivery deliver(OutgoingMessage message) throws Exception;
}
