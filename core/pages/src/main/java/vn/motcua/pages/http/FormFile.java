package vn.motcua.pages.http;

/**
 * A file part of a multipart form, read whole.
 *
 * @param field     the form field's name
 * @param fileName  the name the browser gave, as sent (never a path to trust)
 * @param mediaType the declared type, {@code application/octet-stream} when none was sent
 * @param content   the bytes, never empty (empty file inputs are not files)
 */
public record FormFile(String field, String fileName, String mediaType, byte[] content) {
}
