package vn.motcua.storage;

import java.time.Instant;

/**
 * Metadata of a stored attachment. The file lives under a generated name; the applicant's file name is kept
 * only as metadata and never becomes a path.
 *
 * @param id           generated id, also the stored file name
 * @param dossierCode  the dossier
 * @param fieldId      the form field it belongs to
 * @param originalName the name the applicant's device gave it
 * @param mediaType    declared and checked media type
 * @param sizeBytes    size
 * @param sha256       checksum, hex
 * @param storedAt     when stored
 */
public record AttachmentRecord(String id, String dossierCode, String fieldId, String originalName, String mediaType,
                               long sizeBytes, String sha256, Instant storedAt) {
}
