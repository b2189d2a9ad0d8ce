/**
 * The procedure registry: which procedure, in which version, from which bundle, is offered at which unit.
 *
 * <p>Procedure bundles are discovered by the extender and registered here; the HTTP layer and the dossier
 * engine only read. A unit-specific declaration overrides a level-wide one for that unit; two declarations of
 * the same code for the same units from different bundles are a conflict and the later one is refused.
 */
@Export
@Version("1.3.0")
package vn.motcua.runtime.registry;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
