package vn.motcua.engine.internal;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.motcua.api.hook.FieldError;
import vn.motcua.descriptor.VietnameseText;
import vn.motcua.engine.AttachmentFile;
import vn.motcua.engine.DossierAction;
import vn.motcua.engine.Upload;
import vn.motcua.storage.AttachmentFiles;
import vn.motcua.storage.AttachmentRecord;

/**
 * The electronic result (kết quả điện tử, issue 11): a PDF the deciding officer attaches when approving or rejecting, or
 * the one-stop officer when the result is ready; stored like an attachment under {@link AttachmentFile#RESULT_FIELD} and
 * named with its SHA-256 in the event of that action, so the dossier's hash chain covers it.
 */
final class ResultFiles {
    private ResultFiles() {
    }

    /** The actions that may carry the result file. */
    static final Set<DossierAction> ACTIONS = EnumSet.of(DossierAction.APPROVE, DossierAction.REJECT, DossierAction.RESULT_READY);
    static final long MAX_BYTES = 20L * 1024 * 1024;

    static List<FieldError> check(List<Upload> uploads) {
        List<FieldError> errors = new ArrayList<>();
        for (Upload u : uploads) {
            if (!AttachmentFile.RESULT_FIELD.equals(u.field())) {
                errors.add(new FieldError(u.field(), "unexpected", "Khi phê duyệt, từ chối hoặc báo có kết quả chỉ đính kèm kết quả điện tử"
                        + " (trường «" + AttachmentFile.RESULT_FIELD + "»)."));
            } else if (!"application/pdf".equals(u.mediaType().strip().toLowerCase(Locale.ROOT))
                    || u.content().length < 5 || !new String(u.content(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
                errors.add(new FieldError(u.field(), "accept", "Kết quả điện tử phải là tệp PDF («" + u.originalName() + "» không phải)."));
            } else if (u.content().length > MAX_BYTES) {
                errors.add(new FieldError(u.field(), "maxBytes", "Kết quả điện tử vượt quá 20 MB."));
            }
        }
        return errors;
    }

    /** Writes the files under generated names; the caller deletes them if its transaction fails. */
    static List<AttachmentRecord> write(AttachmentFiles files, List<Upload> uploads, Instant now) {
        List<AttachmentRecord> written = new ArrayList<>();
        try {
            for (Upload u : uploads) {
                AttachmentFiles.StoredFile f = files.write(new ByteArrayInputStream(u.content()), MAX_BYTES);
                written.add(new AttachmentRecord(f.id(), null, AttachmentFile.RESULT_FIELD, VietnameseText.nfc(u.originalName()),
                        "application/pdf", f.sizeBytes(), f.sha256(), now));
            }
            return written;
        } catch (RuntimeException e) {
            Uploads.delete(files, written);
            throw e;
        }
    }

    /** What the event records of each result file: name, size and SHA-256. */
    static List<Map<String, Object>> payload(List<AttachmentRecord> written) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (AttachmentRecord a : written) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.id());
            m.put("name", a.originalName());
            m.put("sizeBytes", a.sizeBytes());
            m.put("sha256", a.sha256());
            out.add(m);
        }
        return out;
    }
}
