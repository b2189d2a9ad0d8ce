package vn.motcua.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * One node's claim of one delivery attempt ({@link OutboxTable#claim}), which guards the recording of its outcome: a node
 * whose lease ran out, and whose message another node took over, finds its claim gone (decision 1100).
 *
 * @param id         the message
 * @param leaseUntil the end of the lease the claim set; the message is found again by it (decision 1104)
 * @param node       the claiming node
 * @param attempt    the attempt the claim counted (the message's attempts after the claim)
 */
public record OutboxClaim(String id, Instant leaseUntil, String node, int attempt) {

    public OutboxClaim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(leaseUntil, "leaseUntil");
        Objects.requireNonNull(node, "node");
    }
}
