package vn.motcua.security.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import vn.motcua.security.AccessDeniedException;
import vn.motcua.security.AuditEntry;
import vn.motcua.security.AuditLog;
import vn.motcua.security.StaffIdentity;
import vn.motcua.security.StaffRole;
import vn.motcua.storage.AuditRecord;
import vn.motcua.storage.StaffStore;

/** {@link AuditLog} in the database, mirrored (by the store) to the {@code motcua.audit} logger for operators who ship logs. */
final class AuditTrail implements AuditLog {

    private final StaffStore store;
    private final Clock clock;

    AuditTrail(StaffStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void record(String actor, String event, String detail, String client) {
        String who = actor == null || actor.isBlank() ? "-" : truncate(actor, 64);
        // The store mirrors the entry to the motcua.audit logger, neutralising line breaks (log forging).
        store.appendAudit(new AuditRecord(UUID.randomUUID().toString(), clock.instant(), who, truncate(event, 64),
                detail == null ? null : truncate(detail, 4000), client == null ? null : truncate(client, 200)));
    }

    @Override
    public List<AuditEntry> recent(StaffIdentity reader, int limit, int offset) {
        if (reader == null || !reader.has(StaffRole.CITY_ADMIN)) {
            throw new AccessDeniedException("only a city administrator reads the audit log");
        }
        return store.audit(Math.max(1, Math.min(limit, 500)), Math.max(0, offset)).stream()
                .map(r -> new AuditEntry(r.at(), r.actor(), r.event(), r.detail(), r.client())).toList();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
