/**
 * The official slips of dossiers as PDF, for staff: the six slips of one dossier and the tracking book of a unit
 * (domain.md §2–3, decision 0501). Callers check that the officer may see the dossier or the unit first.
 *
 * <pre>{@code
 * Optional<byte[]> pdf = documents.slip("H26.40-261129-0001", DocumentKind.CONTROL_SHEET, who);
 * byte[] book = documents.trackingBook("00070", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
 * }</pre>
 */
@Export
@Version("3.0.0")
package vn.motcua.engine.documents;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
