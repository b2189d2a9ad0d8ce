package vn.motcua.storage;

import java.time.Duration;
import java.time.Instant;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The small shared helper for periodic passes that must run on one node at a time (issue 14): a lease per pass in the
 * database. Passes that claim their own rows (due alerts, the outbox) need none; a pass that recomputes shared results
 * (the report roll-up) takes the lease before each run. Thread-safe; each call is its own transaction.
 *
 * <pre>{@code
 * if (leases.tryHold("reports.rollup", nodeId, now, Duration.ofSeconds(90))) {
 *     rollUp();   // this node holds the lease until now + 90 s, renewed by the next pass
 * }
 * }</pre>
 * Nodes' clocks are assumed synchronised (NTP) to well within the lease; a lease of a few pass intervals leaves room.
 */
@ProviderType
public interface PassLeases {

    /**
     * Takes or renews the lease of {@code pass} for {@code holder} until {@code now + lease}.
     *
     * @return true if {@code holder} holds it now: it was free, expired, or already {@code holder}'s
     */
    boolean tryHold(String pass, String holder, Instant now, Duration lease);
}
