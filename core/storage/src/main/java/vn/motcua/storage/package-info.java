/**
 * Durable storage of dossiers, their hash-chained events, clock stops, attachments, idempotency keys and
 * the procedure versions dossiers were received under; and ({@link vn.motcua.storage.StaffStore}) staff accounts,
 * roles, sessions, API tokens, failed logins and the security audit log.
 *
 * <p>The engine is the only intended client. Everything happens inside a unit of work:
 * <pre>{@code
 * String code = store.inTransaction(tx -> {
 *     long seq = tx.nextDailySequence("H26.1", LocalDate.of(2026, 11, 29));
 *     tx.insertDossier(dossier);
 *     tx.appendEvent(event);
 *     return dossier.code();
 * });
 * }</pre>
 * The SQL behind it is portable between H2 (default, durable settings) and PostgreSQL; no JDBI or JDBC type
 * appears in this package.
 */
@Export
@Version("3.0.0")
package vn.motcua.storage;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
