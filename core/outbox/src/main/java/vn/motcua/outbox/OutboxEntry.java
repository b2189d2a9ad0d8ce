package vn.motcua.outbox;

import java.time.Instant;

/**
 * One message of the outbox.
 *
 * @param id            id, also the idempotency key the partner receives
 * @param dossierCode   the dossier, or null
 * @param channel       e.g. {@code EMAIL}, {@code SMS}
 * @param recipient     the address as shown: masked in {@link Outbox#sentFor} (the citizen's page), full for operators
 * @param template      e.g. {@code received}
 * @param subject       subject, or null
 * @param body          text
 * @param status        {@code PENDING}, {@code SENDING}, {@code SENT} or {@code DEAD}
 * @param attempts      attempts so far
 * @param nextAttemptAt next attempt (or end of the current lease), null when finished
 * @param createdAt     written at
 * @param sentAt        accepted by the partner at, or null
 * @param lastAnswer    the partner's last answer or the error, or null
 */
public record OutboxEntry(String id, String dossierCode, String channel, String recipient, String template, String subject,
                          String body, String status, int attempts, Instant nextAttemptAt, Instant createdAt, Instant sentAt,
                          String lastAnswer) {
}
