package vn.motcua.storage;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The outbox inside one transaction ({@link StoreTransaction#outbox()}). Claims are compare-and-set on
 * {@code next_attempt_at}, like the due-alert claims (decision 0902): of several nodes exactly one takes a message; a
 * node that dies holding a claim loses it when its lease ends, and the message is delivered again with the same id as
 * idempotency key. The end of an attempt is guarded by the claim (node and attempt number), so a node whose lease ran
 * out cannot overwrite the outcome of the node that took over.
 */
@ProviderType
public interface OutboxTable {

    /** Writes a new message; commit it in the transaction of the change that causes it. */
    void insert(OutboxRecord message);

    /**
     * Writes the messages of which none with the same id exists (a follower of the events writing again what it wrote
     * before: decision 1103). A message already there, sent or not, is left as it is.
     *
     * @return how many were written now
     */
    int insertAbsent(List<OutboxRecord> messages);

    /**
     * Messages of these channels whose time has come ({@code next_attempt_at <= now}: retries due and expired leases),
     * earliest first. Messages of a channel no adapter delivers stay pending until one is switched on.
     */
    List<OutboxRecord> due(Instant now, List<String> channels, int limit);

    /**
     * Claims a message for one attempt: SENDING, attempts + 1, lease until {@code leaseUntil}, only if its next attempt
     * time is still {@code seen}.
     *
     * @return true if this caller won the claim
     */
    boolean claim(String id, Instant seen, Instant leaseUntil, String node);

    /** The claimed attempt succeeded. @return false if the claim was lost (lease expired and taken over) */
    boolean markSent(OutboxClaim claim, Instant at, String answer, String partnerRef);

    /** The claimed attempt failed; try again at {@code retryAt}. @return false if the claim was lost */
    boolean markRetry(OutboxClaim claim, Instant retryAt, String answer);

    /** The claimed attempt failed for good (attempts used up, or the partner refused it). @return false if the claim was lost */
    boolean markDead(OutboxClaim claim, String answer);

    /** Puts a DEAD message back in the queue, due at {@code now}, with a fresh count of attempts. @return false unless it was DEAD */
    boolean resend(String id, Instant now);

    /** A message by its dossier ({@code null} for a message about none) and id. */
    Optional<OutboxRecord> find(String dossierCode, String id);

    /** The messages about a dossier, oldest first. */
    List<OutboxRecord> ofDossier(String dossierCode);

    /**
     * Messages still to deliver (PENDING and SENDING), the furthest next attempt first: those that failed most often,
     * waiting longest between attempts, come before those on their first try. Read in the due index's order (decision
     * 1104), so a backlog of a million costs no sort.
     */
    List<OutboxRecord> unsent(int limit);

    /** Dead letters (DEAD), newest first. */
    List<OutboxRecord> dead(int limit);

    /** Number of messages per status. */
    Map<String, Long> countByStatus();
}
