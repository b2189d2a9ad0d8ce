/**
 * Who is acting: staff identities, their roles and units, and the sessions and tokens that carry them.
 *
 * <p>The HTTP layer asks {@link vn.motcua.security.StaffAuthenticator} who a request comes from and maps the
 * identity to the engine's actor; it never sees a password hash. Citizens have no account: they are identified
 * per dossier by a second factor, which is the engine's business.
 */
@Export
@Version("1.0.0")
package vn.motcua.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
