/**
 * Hot deployment of procedure bundles: the {@code deploy/} folder of the data directory and the same
 * operations for administrators over HTTP. A jar whose descriptors are wrong is refused before it touches the
 * running version, which stays active.
 */
@Export
@Version("1.5.0")
package vn.motcua.runtime.deploy;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
