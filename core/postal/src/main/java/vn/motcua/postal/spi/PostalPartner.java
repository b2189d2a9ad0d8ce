package vn.motcua.postal.spi;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A postal partner. Thread-safe; every call returns within the adapter's own timeouts.
 *
 * <pre>{@code
 * OrderAnswer a = partner.order(order);            // same order.idempotencyKey() on every attempt
 * if (a.outcome() == OrderAnswer.Outcome.ACCEPTED) {
 *     String no = a.consignmentNo();                // e.g. EB123456785VN
 *     partner.track(no).map(Tracking::status);      // e.g. IN_TRANSIT
 * }
 * }</pre>
 */
@ConsumerType
public interface PostalPartner {

    /**
     * Places an order. A partner that honours {@link PostalOrder#idempotencyKey()} answers a repeated order with the first
     * consignment number and does not send a postman twice. Exceptions count as a temporary failure.
     */
    OrderAnswer order(PostalOrder order) throws Exception;

    /** The status of an accepted order, or empty if the partner does not know the number (yet). */
    Optional<Tracking> track(String consignmentNo) throws Exception;
}
