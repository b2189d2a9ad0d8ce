/**
 * What a procedure bundle puts in its manifest, as a bnd bundle annotation: {@link vn.motcua.api.bundle.ProcedureBundle}.
 */
@Export
@Version("1.0.0")
package vn.motcua.api.bundle;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
