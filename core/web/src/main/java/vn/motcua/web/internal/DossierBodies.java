package vn.motcua.web.internal;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.motcua.api.procedure.Channel;
import vn.motcua.engine.Upload;

/**
 * The JSON bodies of the dossier routes and the checks that turn them into engine inputs, each failure a 422 that
 * names the field. Kept apart from {@link DossiersResource} so the resource reads as what each route does.
 */
final class DossierBodies {

    private DossierBodies() {
    }

    /** Submission body; attachments may also come as multipart file parts named by field id. */
    record SubmitBody(String procedure, String unit, String channel, String resultChannel, ApplicantBody applicant,
                      Map<String, Object> form, List<AttachmentBody> attachments, Boolean receiveNow,
                      @com.fasterxml.jackson.annotation.JsonProperty("notify") List<String> notifyChannels, Boolean pickup) {
    }

    /** The applicant (người nộp hồ sơ). */
    record ApplicantBody(String name, String citizenId, String phone, String email, String address) {
    }

    /** A file inlined in JSON. */
    record AttachmentBody(String field, String name, String type, String contentBase64) {
    }

    /** Lookup body: a second factor, never in the URL. */
    record LookupBody(String phone, String citizenId) {
    }

    /** Action body. */
    record ActionBody(String action, String note, Boolean internalNote, Long expectedVersion, String newAppointment,
                      String secondFactor, List<AttachmentBody> attachments) {
    }

    static ApiProblem invalid(List<ApiProblem.FieldMessage> errors) {
        return new ApiProblem(422, "invalid_input", "Dữ liệu chưa hợp lệ",
                errors.size() + " trường chưa hợp lệ; xem danh sách errors.", errors, Map.of());
    }

    static Channel channel(String value, String field, Channel fallback, List<ApiProblem.FieldMessage> errors) {
        if (blank(value)) {
            return fallback;
        }
        try {
            return Channel.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new ApiProblem.FieldMessage(field, "invalid", "Kênh phải là COUNTER, POSTAL hoặc ONLINE."));
            return fallback;
        }
    }

    static List<Upload> decode(List<AttachmentBody> attachments, String field) {
        if (attachments == null) {
            return List.of();
        }
        List<Upload> out = new ArrayList<>();
        for (int i = 0; i < attachments.size(); i++) {
            AttachmentBody a = attachments.get(i);
            String path = field + "[" + i + "]";
            if (a == null || blank(a.field()) || blank(a.type()) || a.contentBase64() == null) {
                throw invalid(List.of(new ApiProblem.FieldMessage(path, "required", "Tệp cần field, type và contentBase64.")));
            }
            try {
                out.add(new Upload(a.field(), a.name(), a.type(), Base64.getMimeDecoder().decode(a.contentBase64())));
            } catch (IllegalArgumentException e) {
                throw invalid(List.of(new ApiProblem.FieldMessage(path + ".contentBase64", "invalid", "Nội dung tệp không phải base64.")));
            }
        }
        return out;
    }

    static void require(String value, String field, String message, List<ApiProblem.FieldMessage> errors) {
        if (blank(value)) {
            errors.add(new ApiProblem.FieldMessage(field, "required", message));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
