package vn.motcua.api.procedure;

import java.util.List;

/**
 * Allowed uploads of a file field.
 *
 * @param accept   allowed media types, e.g. {@code application/pdf}, {@code image/jpeg}
 * @param maxBytes largest size of one file
 * @param maxFiles most files in this field
 */
public record FileSpec(List<String> accept, long maxBytes, int maxFiles) {
    public FileSpec {
        accept = accept == null ? List.of("application/pdf", "image/jpeg", "image/png") : List.copyOf(accept);
        maxBytes = maxBytes <= 0 ? 10L * 1024 * 1024 : maxBytes;
        maxFiles = maxFiles <= 0 ? 1 : maxFiles;
    }
}
