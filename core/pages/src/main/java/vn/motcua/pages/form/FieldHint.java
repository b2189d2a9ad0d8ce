package vn.motcua.pages.form;

import vn.motcua.api.procedure.Field;
import vn.motcua.api.procedure.FieldType;
import vn.motcua.api.procedure.FileSpec;

/**
 * The hint under a field's label: the descriptor's help, and for a file what it takes ("Định dạng: PDF; tối đa
 * 5 MB mỗi tệp."), said before the citizen chooses rather than after the server refuses. Stateless.
 */
final class FieldHint {

    private FieldHint() {
    }

    /** The hint, or null when the field has none. */
    static String of(Field f, FormWording w) {
        StringBuilder b = new StringBuilder(f.help() == null ? "" : f.help());
        if (f.type() == FieldType.FILE) {
            FileSpec spec = f.file() == null ? new FileSpec(null, 0, 0) : f.file();
            String types = String.join(", ", spec.accept().stream().map(FieldHint::shortType).toList());
            b.append(b.length() == 0 ? "" : " ").append(w.formats()).append(": ").append(types).append("; ")
                    .append(w.atMost()).append(' ').append(size(spec.maxBytes())).append(' ').append(w.perFile());
            if (spec.maxFiles() > 1) {
                b.append(", ").append(w.atMost()).append(' ').append(spec.maxFiles()).append(' ').append(w.files());
            }
            b.append('.');
        }
        if (f.type() == FieldType.CITIZEN_ID && f.help() == null) {
            b.append(w.citizenIdHint());
        }
        return b.length() == 0 ? null : b.toString();
    }

    static String shortType(String mediaType) {
        return switch (mediaType) {
            case "application/pdf" -> "PDF";
            case "image/jpeg" -> "JPG";
            case "image/png" -> "PNG";
            default -> mediaType;
        };
    }

    static String size(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : Math.max(1, bytes / 1024) + " KB";
    }
}
