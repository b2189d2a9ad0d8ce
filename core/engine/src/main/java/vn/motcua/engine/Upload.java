package vn.motcua.engine;

import java.util.Objects;

/**
 * A file sent with a submission or a supplement, for a FILE field of the form. The original name is kept only as
 * metadata; the file is stored under a generated name.
 *
 * @param field        id of the form field
 * @param originalName name on the applicant's device
 * @param mediaType    declared media type, checked against the field's accepted types and the content
 * @param content      the bytes
 */
public record Upload(String field, String originalName, String mediaType, byte[] content) {
    public Upload {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
        originalName = originalName == null ? "" : originalName;
    }
}
