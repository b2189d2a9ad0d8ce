package vn.motcua.engine.internal;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.motcua.api.hook.FieldError;
import vn.motcua.api.procedure.Field;
import vn.motcua.api.procedure.FieldType;
import vn.motcua.api.procedure.FileSpec;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.descriptor.VietnameseText;
import vn.motcua.engine.Upload;
import vn.motcua.storage.AttachmentFiles;
import vn.motcua.storage.AttachmentRecord;

/**
 * Uploaded files: their metadata for the form validator, a check that the content is what the declared type says
 * (for the common PDF/JPEG/PNG), and storage under generated names.
 */
final class Uploads {
    private Uploads() {
    }

    /** Puts {name, type, size} items of the uploads into the form data, as {@code FormValidation} expects. */
    static Map<String, Object> withFileItems(Map<String, Object> data, List<Upload> uploads) {
        Map<String, Object> merged = new LinkedHashMap<>(data);
        Map<String, List<Map<String, Object>>> byField = new LinkedHashMap<>();
        for (Upload u : uploads) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", u.originalName().isBlank() ? "tep" : u.originalName());
            item.put("type", u.mediaType());
            item.put("size", (long) u.content().length);
            byField.computeIfAbsent(u.field(), f -> new ArrayList<>()).add(item);
        }
        merged.putAll(byField);
        return merged;
    }

    /** Content that contradicts its declared type, and (for supplements) type and size limits of the field. */
    static List<FieldError> check(ProcedureDefinition def, List<Upload> uploads, boolean checkLimits) {
        List<FieldError> errors = new ArrayList<>();
        for (Upload u : uploads) {
            Field field = def.form().field(u.field()).filter(f -> f.type() == FieldType.FILE).orElse(null);
            if (field == null) {
                errors.add(new FieldError(u.field(), "unknown", "Biểu mẫu không có trường tệp «" + u.field() + "»."));
                continue;
            }
            FileSpec spec = spec(field);
            String type = u.mediaType().strip().toLowerCase(Locale.ROOT);
            if (checkLimits && !spec.accept().contains(type)) {
                errors.add(new FieldError(u.field(), "accept", "Tệp «" + u.originalName() + "» không đúng định dạng cho phép ("
                        + String.join(", ", spec.accept()) + ")."));
            } else if (checkLimits && u.content().length > spec.maxBytes()) {
                errors.add(new FieldError(u.field(), "maxBytes", "Tệp «" + u.originalName() + "» vượt quá dung lượng cho phép."));
            } else if (!contentMatches(type, u.content())) {
                errors.add(new FieldError(u.field(), "file_content", "Nội dung tệp «" + u.originalName()
                        + "» không khớp định dạng " + type + ", vui lòng tải tệp lên lại."));
            }
        }
        return errors;
    }

    static FileSpec spec(Field field) {
        return field.file() == null ? new FileSpec(null, 0, 0) : field.file();
    }

    private static boolean contentMatches(String type, byte[] c) {
        return switch (type) {
            case "application/pdf" -> startsWith(c, 0x25, 0x50, 0x44, 0x46);
            case "image/jpeg" -> startsWith(c, 0xFF, 0xD8, 0xFF);
            case "image/png" -> startsWith(c, 0x89, 0x50, 0x4E, 0x47);
            default -> true;
        };
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Writes the files under generated names; the caller deletes them if its transaction fails. */
    static List<AttachmentRecord> write(AttachmentFiles files, ProcedureDefinition def, List<Upload> uploads, Instant now) {
        List<AttachmentRecord> written = new ArrayList<>();
        try {
            for (Upload u : uploads) {
                long max = def.form().field(u.field()).map(f -> spec(f).maxBytes()).orElse(0L);
                AttachmentFiles.StoredFile f = files.write(new ByteArrayInputStream(u.content()), max);
                written.add(new AttachmentRecord(f.id(), null, u.field(), VietnameseText.nfc(u.originalName()),
                        u.mediaType().strip().toLowerCase(Locale.ROOT), f.sizeBytes(), f.sha256(), now));
            }
            return written;
        } catch (RuntimeException e) {
            delete(files, written);
            throw e;
        }
    }

    static void delete(AttachmentFiles files, List<AttachmentRecord> written) {
        for (AttachmentRecord a : written) {
            try {
                files.delete(a.id());
            } catch (RuntimeException ignored) {
                // best effort: an orphan file is harmless, a lost exception is not
            }
        }
    }

    static AttachmentRecord forDossier(AttachmentRecord a, String code) {
        return new AttachmentRecord(a.id(), code, a.fieldId(), a.originalName(), a.mediaType(), a.sizeBytes(), a.sha256(), a.storedAt());
    }
}
