package vn.motcua.engine;

/**
 * A stored attachment.
 *
 * @param id           generated id
 * @param field        form field
 * @param originalName name on the applicant's device (metadata only)
 * @param mediaType    media type
 * @param sizeBytes    size
 * @param sha256       checksum
 */
public record AttachmentView(String id, String field, String originalName, String mediaType, long sizeBytes, String sha256) {
}
