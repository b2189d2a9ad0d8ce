/**
 * Who is acting: staff identities, their roles per unit, and the sessions and tokens that carry them; account
 * administration and the security audit log.
 *
 * <p>The HTTP layer asks {@link vn.motcua.security.StaffAuthenticator} who a request comes from and maps the
 * identity to the engine's staff principal ({@link vn.motcua.security.StaffIdentity#principal()}); it never sees a password hash. {@link vn.motcua.security.StaffSessions} logs in
 * and out and checks anti-forgery tokens, {@link vn.motcua.security.StaffAccounts} administers accounts,
 * {@link vn.motcua.security.AuditLog} records security events. Citizens have no account: they are identified per
 * dossier by a second factor, which is the engine's business.
 */
@Export
@Version("2.1.0")
package vn.motcua.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
