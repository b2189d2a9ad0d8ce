package vn.motcua.security;

import java.time.Instant;

/**
 * One security event.
 *
 * @param at     when
 * @param actor  account id, {@code system}, or the login tried for a failed login
 * @param event  {@code login}, {@code login_failed}, {@code login_throttled}, {@code logout}, {@code account_created},
 *               {@code roles_changed}, {@code password_reset}, {@code account_deactivated}, {@code bundle_deployed}…
 * @param detail free text; never a secret
 * @param client client address or null
 */
public record AuditEntry(Instant at, String actor, String event, String detail, String client) {
}
