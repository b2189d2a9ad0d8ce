/**
 * The procedure model (thủ tục hành chính): what a procedure bundle declares in its YAML descriptor.
 *
 * <p>A procedure bundle normally contains no Java at all: it ships one or more descriptors under
 * {@code procedures/} and the core reads them into these immutable records. The records are the
 * contract between a bundle and the core, so every field is documented with the descriptor key it
 * comes from. The JSON Schema {@code procedure-descriptor.schema.json} published with the core
 * describes the same model for editors.
 *
 * <p>Versioning: semantic versioning of this package. Adding an optional component to a record is a
 * minor change for consumers who only read records built by the core.
 */
@Export
@Version("1.2.0")
package vn.motcua.api.procedure;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
