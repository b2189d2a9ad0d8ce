package vn.motcua.storage;

import java.time.Instant;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Postal orders inside one transaction ({@link StoreTransaction#postal()}); decision 1131. Updates are idempotent: a
 * status that did not change updates nothing, so several nodes polling the same order write the same outcome.
 */
@ProviderType
public interface PostalTable {

    /** Writes a new order; commit it in the transaction of the dossier change, with its outbox message. */
    void insert(PostalOrderRecord order);

    /**
     * The partner accepted the order: consignment number and fee, status {@code ACCEPTED}, first status poll at
     * {@code pollAt}. Only an order still {@code ORDERED} changes (a repeated acceptance, after a re-delivery with the same
     * key, changes nothing). @return true if it changed
     */
    boolean accepted(String id, String consignmentNo, Long feeVnd, Instant at, Instant pollAt);

    /**
     * Records the partner's status; {@code nextPollAt} null for a final status. @return true if the status or its text
     * changed
     */
    boolean status(String id, String status, String statusText, Instant at, Instant nextPollAt);

    /** Postpones the next poll of an order whose status did not change. */
    void pollLater(String id, Instant nextPollAt);

    /** Orders of a dossier, oldest first. */
    List<PostalOrderRecord> ofDossier(String dossierCode);

    /** Accepted orders, not final, whose next poll is due, earliest first. */
    List<PostalOrderRecord> duePolls(Instant now, int limit);
}
