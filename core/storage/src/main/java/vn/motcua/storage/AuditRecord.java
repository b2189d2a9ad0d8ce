package vn.motcua.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * One security event.
 *
 * @param id     random id
 * @param at     when
 * @param actor  account id, or {@code system}, or the login name tried for a failed login
 * @param event  event name, e.g. {@code login}, {@code login_failed}, {@code roles_changed}, {@code bundle_deployed}
 * @param detail human-readable detail; never a password or a token
 * @param client client address, or null
 */
public record AuditRecord(String id, Instant at, String actor, String event, String detail, String client) {
    public AuditRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(event, "event");
    }
}
