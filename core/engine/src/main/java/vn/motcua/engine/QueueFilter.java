package vn.motcua.engine;

import java.time.Instant;
import java.util.List;

/**
 * Which dossiers of a queue to list.
 *
 * @param statuses  only these statuses; empty for all
 * @param dueBefore only steps due before this; null for all
 * @param limit     page size, 1..1000
 * @param offset    skip this many
 */
public record QueueFilter(List<DossierStatus> statuses, Instant dueBefore, int limit, int offset) {
    public QueueFilter {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        limit = limit <= 0 ? 50 : Math.min(limit, 1000);
        offset = Math.max(0, offset);
    }

    public static QueueFilter all() {
        return new QueueFilter(List.of(), null, 50, 0);
    }
}
