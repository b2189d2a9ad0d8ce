package vn.motcua.engine.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.motcua.api.hook.FieldError;
import vn.motcua.api.procedure.Channel;
import vn.motcua.calendar.Timeliness;
import vn.motcua.engine.ActionCommand;
import vn.motcua.engine.ActionResult;
import vn.motcua.engine.ActorRole;
import vn.motcua.engine.Applicant;
import vn.motcua.engine.DossierAction;
import vn.motcua.engine.DossierStatus;
import vn.motcua.engine.SubmitCommand;
import vn.motcua.engine.SubmitResult;
import vn.motcua.engine.Upload;
import vn.motcua.storage.AttachmentRecord;
import vn.motcua.storage.DossierRecord;

/** Input checks of commands, request fingerprints and the stored answers of idempotent requests. */
final class Submissions {
    private static final Pattern CITIZEN_ID = Pattern.compile("\\d{12}");
    private static final Pattern PHONE = Pattern.compile("0[35789]\\d{8}");

    private Submissions() {
    }

    /** The applicant must be reachable by a lookup factor (domain.md §11 formats). */
    static List<FieldError> applicantErrors(Applicant a) {
        List<FieldError> errors = new ArrayList<>();
        if (a.name().isBlank()) {
            errors.add(new FieldError("applicant.name", "required", "Vui lòng nhập họ và tên người nộp hồ sơ."));
        }
        boolean hasPhone = a.phone() != null && !a.phone().isBlank();
        boolean hasId = a.citizenId() != null && !a.citizenId().isBlank();
        if (!hasPhone && !hasId) {
            errors.add(new FieldError("applicant.phone", "required",
                    "Vui lòng nhập số điện thoại hoặc số định danh cá nhân để tra cứu hồ sơ."));
        }
        if (hasPhone && !PHONE.matcher(SecondFactors.normalise(a.phone())).matches()) {
            errors.add(new FieldError("applicant.phone", "phone", "Số điện thoại di động phải gồm 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09."));
        }
        if (hasId && !CITIZEN_ID.matcher(a.citizenId().strip()).matches()) {
            errors.add(new FieldError("applicant.citizenId", "citizen_id", "Số định danh cá nhân phải gồm đúng 12 chữ số."));
        }
        return errors;
    }

    /**
     * The postal service collects the dossier at an address and delivers the result to one (Decision 45/2016/QĐ-TTg;
     * domain.md §6): a pickup request or a postal result channel without an address is refused, so that no receipt
     * promises a postman nobody can send. A pickup also needs a phone for the postman to call before coming.
     */
    static List<FieldError> postalErrors(SubmitCommand c) {
        List<FieldError> errors = new ArrayList<>();
        Applicant a = c.applicant();
        boolean pickup = isPickupRequest(c);
        if ((pickup || c.resultChannel() == Channel.POSTAL) && (a.address() == null || a.address().isBlank())) {
            errors.add(pickup
                    ? new FieldError("applicant.address", "required_for_pickup", "Vui lòng nhập địa chỉ để nhân viên bưu điện đến nhận hồ sơ.")
                    : new FieldError("applicant.address", "required_for_postal", "Vui lòng nhập địa chỉ nhận kết quả qua dịch vụ bưu chính công ích."));
        }
        boolean hasId = a.citizenId() != null && !a.citizenId().isBlank();
        if (pickup && (a.phone() == null || a.phone().isBlank()) && hasId) { // without either, applicantErrors asks for it
            errors.add(new FieldError("applicant.phone", "required_for_pickup",
                    "Vui lòng nhập số điện thoại để nhân viên bưu điện liên hệ trước khi đến nhận hồ sơ."));
        }
        return errors;
    }

    /**
     * A POSTAL submission by the applicant is a request for the post to collect the paper dossier at their address
     * (Decision 45/2016/QĐ-TTg, "send the dossier"; decision 1133); officers enter POSTAL dossiers the post brought.
     */
    static boolean isPickupRequest(SubmitCommand c) {
        return c.channel() == Channel.POSTAL && c.actor().role() == ActorRole.CITIZEN;
    }

    static List<FieldError> actionInputErrors(ActionCommand c, DossierRecord d) {
        List<FieldError> errors = new ArrayList<>();
        boolean needsNote = switch (c.action()) {
            case REFUSE, REJECT, REQUEST_SUPPLEMENT, ISSUE_APOLOGY, EXTEND -> true;
            default -> false;
        };
        if (needsNote && (c.note() == null || c.note().isBlank())) {
            errors.add(new FieldError("note", "required", switch (c.action()) {
                case REQUEST_SUPPLEMENT -> "Vui lòng ghi rõ những giấy tờ, nội dung cần bổ sung (hướng dẫn một lần, bằng văn bản).";
                case ISSUE_APOLOGY -> "Vui lòng ghi rõ lý do chậm trả kết quả.";
                case EXTEND -> "Vui lòng ghi rõ lý do gia hạn (trường hợp pháp luật cho phép, ví dụ cần xác minh thêm).";
                default -> "Vui lòng ghi rõ lý do.";
            }));
        }
        if (c.action() == DossierAction.ISSUE_APOLOGY) {
            if (c.newAppointment() == null) {
                errors.add(new FieldError("newAppointment", "required", "Vui lòng nhập ngày hẹn trả kết quả mới."));
            } // its value is checked against the calendar by ApologyAppointments
        }
        return errors;
    }

    static Map<String, Object> fingerprint(SubmitCommand c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("procedure", c.procedureCode());
        m.put("unit", c.unitCode());
        m.put("channel", c.channel().name());
        m.put("resultChannel", c.resultChannel().name());
        m.put("applicant", c.applicant());
        m.put("form", c.formData());
        m.put("uploads", uploads(c.uploads()));
        m.put("actor", c.actor().accountId());
        m.put("receiveNow", c.receiveNow());
        if (!c.notifications().isEmpty()) { // only then: fingerprints of submissions without it stay as they were
            m.put("notify", c.notifications().stream().map(Enum::name).sorted().toList());
        }
        return m;
    }

    /** Notifications need the address they go to: e-mail for EMAIL, a mobile number for SMS. */
    static List<FieldError> notifyErrors(SubmitCommand c) {
        List<FieldError> errors = new ArrayList<>();
        Applicant a = c.applicant();
        if (c.notifications().contains(SubmitCommand.Notify.EMAIL) && (a.email() == null || !EMAIL.matcher(a.email().strip()).matches())) {
            errors.add(new FieldError("applicant.email", "email",
                    "Để nhận thông báo qua thư điện tử, vui lòng nhập địa chỉ thư điện tử hợp lệ (ví dụ: ten@example.vn)."));
        }
        if (c.notifications().contains(SubmitCommand.Notify.SMS) && (a.phone() == null || a.phone().isBlank())) {
            errors.add(new FieldError("applicant.phone", "required", "Để nhận tin nhắn, vui lòng nhập số điện thoại di động."));
        }
        return errors;
    }

    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    static Map<String, Object> fingerprint(ActionCommand c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("action", c.action().name());
        m.put("actor", c.actor().accountId());
        m.put("note", c.note());
        m.put("newAppointment", String.valueOf(c.newAppointment()));
        m.put("uploads", uploads(c.uploads()));
        return m;
    }

    private static List<String> uploads(List<Upload> uploads) {
        return uploads.stream().map(u -> u.field() + ":" + Hashing.sha256(u.content())).toList();
    }

    /** Adds the stored attachment id to each file item, in upload order per field. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> withFileIds(Map<String, Object> data, List<AttachmentRecord> files) {
        if (files.isEmpty()) {
            return data;
        }
        Map<String, Object> out = new LinkedHashMap<>(data);
        Map<String, Iterator<AttachmentRecord>> byField = new LinkedHashMap<>();
        for (AttachmentRecord a : files) {
            byField.computeIfAbsent(a.fieldId(), f -> files.stream().filter(x -> x.fieldId().equals(f)).iterator());
        }
        byField.forEach((field, it) -> {
            if (out.get(field) instanceof List<?> items) {
                List<Object> withIds = new ArrayList<>();
                for (Object item : items) {
                    Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) item);
                    if (it.hasNext()) {
                        AttachmentRecord a = it.next();
                        copy.put("id", a.id());
                        copy.put("sha256", a.sha256());
                    }
                    withIds.add(copy);
                }
                out.put(field, withIds);
            }
        });
        return out;
    }

    static Map<String, Object> toMap(SubmitResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", r.code());
        m.put("status", r.status().name());
        m.put("submittedAt", r.submittedAt().toString());
        m.put("appointmentAt", r.appointmentAt() == null ? null : r.appointmentAt().toString());
        m.put("version", r.version());
        return m;
    }

    static SubmitResult submitResult(Map<String, Object> m) {
        return new SubmitResult((String) m.get("code"), DossierStatus.valueOf((String) m.get("status")),
                Instant.parse((String) m.get("submittedAt")), instant(m.get("appointmentAt")),
                ((Number) m.get("version")).longValue(), true);
    }

    static Map<String, Object> toMap(ActionResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", r.code());
        m.put("action", r.action().name());
        m.put("from", r.from().name());
        m.put("to", r.to().name());
        m.put("step", r.step());
        m.put("version", r.version());
        m.put("eventSeq", r.eventSeq());
        m.put("timing", r.timing() == null ? null : r.timing().name());
        return m;
    }

    static ActionResult actionResult(Map<String, Object> m) {
        return new ActionResult((String) m.get("code"), DossierAction.valueOf((String) m.get("action")),
                DossierStatus.valueOf((String) m.get("from")), DossierStatus.valueOf((String) m.get("to")),
                (String) m.get("step"), ((Number) m.get("version")).longValue(), ((Number) m.get("eventSeq")).intValue(),
                m.get("timing") == null ? null : Timeliness.valueOf((String) m.get("timing")), true);
    }

    private static Instant instant(Object value) {
        return value == null ? null : Instant.parse((String) value);
    }
}
