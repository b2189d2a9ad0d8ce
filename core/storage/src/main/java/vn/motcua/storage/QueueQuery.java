package vn.motcua.storage;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Which dossiers of a work queue to read.
 *
 * @param unitCode  the unit
 * @param role      the role name
 * @param statuses  statuses to include; empty for all
 * @param dueBefore only dossiers whose step is due before this; null for all
 * @param limit     at most this many
 * @param offset    skip this many
 */
public record QueueQuery(String unitCode, String role, List<String> statuses, Instant dueBefore, int limit, int offset) {
    public QueueQuery {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(role, "role");
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        if (limit <= 0 || limit > 1000) {
            throw new IllegalArgumentException("limit must be 1..1000, was " + limit);
        }
        offset = Math.max(0, offset);
    }
}
