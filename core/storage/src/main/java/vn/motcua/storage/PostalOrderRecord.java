package vn.motcua.storage;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A postal order (Decision 45/2016/QĐ-TTg; decision 1131): a pickup of the paper dossier or a delivery of the result.
 *
 * @param id            the id of the outbox message that carries the order; also the partner's idempotency key
 * @param dossierCode   the dossier
 * @param kind          {@link #PICKUP} or {@link #DELIVERY}
 * @param consignmentNo the partner's consignment number (mã vận đơn), null until the partner accepted the order
 * @param feeVnd        the postal fee the partner quoted, in đồng, or null
 * @param status        {@code ORDERED}, {@code ACCEPTED}, then the partner's: {@code PICKED_UP}, {@code IN_TRANSIT},
 *                      {@code DELIVERED}, {@code RETURNED}, {@code CANCELLED}
 * @param statusText    the partner's own words for the status, or null
 * @param orderedAt     written at
 * @param updatedAt     status last changed at
 * @param nextPollAt    when to ask the partner for the status next; null before acceptance and once final
 */
public record PostalOrderRecord(String id, String dossierCode, String kind, String consignmentNo, Long feeVnd, String status,
                                String statusText, Instant orderedAt, Instant updatedAt, Instant nextPollAt) {

    public static final String PICKUP = "PICKUP";
    public static final String DELIVERY = "DELIVERY";
    public static final String ORDERED = "ORDERED";
    public static final String ACCEPTED = "ACCEPTED";
    /** Statuses after which the partner is not asked again. */
    public static final Set<String> FINAL = Set.of("DELIVERED", "RETURNED", "CANCELLED");

    public PostalOrderRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(orderedAt, "orderedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new order, written with its outbox message. */
    public static PostalOrderRecord ordered(String id, String dossierCode, String kind, Instant now) {
        return new PostalOrderRecord(id, dossierCode, kind, null, null, ORDERED, null, now, now, null);
    }
}
