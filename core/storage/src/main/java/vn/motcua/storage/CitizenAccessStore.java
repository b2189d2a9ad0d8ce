package vn.motcua.storage;

import java.time.Instant;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What lets a citizen in, shared by every node on the database (issue 14, decision 1410): lookup grants and the
 * fixed-window counters of second-factor attempts. Thread-safe; every method is its own transaction.
 *
 * <pre>{@code
 * long n = store.countAttempt(sha256("c|" + client), clock.millis() / 60_000);
 * if (n > 20) { ... refuse ... }
 * }</pre>
 */
@ProviderType
public interface CitizenAccessStore {

    /** Stores a new grant. @throws DuplicateKeyException if the token hash is taken */
    void insertGrant(GrantRecord grant);

    /** The grant with this token hash, expired or not (the caller compares the expiry with its clock). */
    Optional<GrantRecord> grant(String tokenHash);

    /** Deletes a grant; true only for the one caller whose statement deleted it (single use under concurrency). */
    boolean deleteGrant(String tokenHash);

    /** Deletes the grants that expired before {@code now}; returns how many. Safe on several nodes at once. */
    int deleteExpiredGrants(Instant now);

    /**
     * Counts one attempt under {@code key} in window {@code window} (one upsert) and returns the count including it,
     * as every node sees it.
     *
     * @param key    what is counted, at most 64 characters (callers hash client addresses and targets)
     * @param window the fixed window's number, e.g. epoch minutes
     */
    int countAttempt(String key, long window);

    /** Deletes the counters of windows before {@code window}; returns how many. Safe on several nodes at once. */
    int deleteAttemptWindowsBefore(long window);
}
