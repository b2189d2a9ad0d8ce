package vn.motcua.engine.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.api.procedure.TimeLimit;
import vn.motcua.api.procedure.TimeLimitExtension;
import vn.motcua.engine.DossierAction;
import vn.motcua.api.hook.FieldError;
import vn.motcua.storage.DossierRecord;
import vn.motcua.storage.EventRecord;

/**
 * The legal extension of the time limit (gia hạn), e.g. Luật Hộ tịch 2014 Art. 18(2): "Trường hợp cần xác minh thêm
 * các điều kiện kết hôn thì thời hạn giải quyết không quá 05 ngày làm việc". The extended time is the legal time limit
 * itself, so the extended appointment replaces the appointment and the dossier is classed against it (unlike an
 * apology, which admits a delay beyond the limit and is classed against the original appointment). Granted once, by
 * the "extend" action, up to the declared working days, counted by THE deadline calculator in the receiving unit's
 * calendar. Decision 1211.
 */
final class TimeLimitExtensions {

    /** The extension is a one-time decision on a dossier: a second one would stretch the legal limit twice. */
    static final String EXTENSION_ONCE_RULE = "Thời hạn giải quyết chỉ được gia hạn một lần cho mỗi hồ sơ, trong"
            + " phạm vi pháp luật cho phép; hồ sơ này đã được gia hạn.";

    /** The payload key with the working hours the appointment moved by, so a restarted clock can extend again. */
    static final String HOURS = "extensionWorkingHours";

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final Deadlines deadlines;
    private final Json json;

    TimeLimitExtensions(Deadlines deadlines, Json json) {
        this.deadlines = deadlines;
        this.json = json;
    }

    /** True unless the dossier's history already holds an extension. */
    static boolean mayBeGranted(List<EventRecord> events) {
        return events.stream().noneMatch(e -> DossierAction.EXTEND.wireName().equals(e.action()));
    }

    /** The latest appointment the declared extension allows: the current one plus its working days. */
    Instant furthest(DossierRecord d, ProcedureDefinition def) {
        TimeLimitExtension extension = def.disclosure().timeLimitExtension();
        return deadlines.due(d.unitCode(), d.appointmentAt(), extension.asTimeLimit(), List.of(), def.clockPolicy());
    }

    /**
     * Field errors of a requested extended appointment (null asks for the whole extension): after the current
     * appointment, not after {@link #furthest}, and working time of the receiving unit.
     */
    List<FieldError> errors(DossierRecord d, ProcedureDefinition def, Instant requested) {
        List<FieldError> errors = new ArrayList<>();
        if (requested == null || d.appointmentAt() == null) {
            return errors;
        }
        TimeLimitExtension extension = def.disclosure().timeLimitExtension();
        Instant furthest = furthest(d, def);
        if (!requested.isAfter(d.appointmentAt())) {
            errors.add(new FieldError("newAppointment", "after", "Ngày hẹn sau gia hạn phải sau ngày hẹn hiện tại ("
                    + SHOWN.format(d.appointmentAt()) + ")."));
        } else if (requested.isAfter(furthest)) {
            errors.add(new FieldError("newAppointment", "beyond_extension", "Chỉ được gia hạn tối đa "
                    + extension.workingDays() + " ngày làm việc (" + extension.legalBasis() + "): ngày hẹn mới không được"
                    + " sau " + SHOWN.format(furthest) + "."));
        } else if (!deadlines.isWorkingTime(d.unitCode(), requested)) {
            errors.add(new FieldError("newAppointment", "working_time", "Ngày hẹn sau gia hạn phải là giờ làm việc của"
                    + " cơ quan trả kết quả, không rơi vào ngày nghỉ, ngày lễ hay ngoài giờ hành chính. Gợi ý: "
                    + SHOWN.format(furthest) + "."));
        }
        return errors;
    }

    /** Grants the extension: moves the appointment and records what the law allowed and how much was used. */
    void grant(DossierRecord d, ProcedureDefinition def, Instant requested, DossierRecord.Builder b, Map<String, Object> p) {
        TimeLimitExtension extension = def.disclosure().timeLimitExtension();
        Instant extended = requested != null ? requested : furthest(d, def);
        p.put("previousAppointment", String.valueOf(d.appointmentAt()));
        p.put("appointment", extended.toString());
        p.put("extensionWorkingDays", extension.workingDays());
        p.put(HOURS, deadlines.workingTimeBetween(d.unitCode(), d.appointmentAt(), extended).toHours());
        p.put("legalBasis", extension.legalBasis());
        b.appointmentAt = extended;
    }

    /**
     * The appointment after the clock was counted again (a supplement during processing): the granted extension still
     * applies, so the recomputed appointment moves by the same working time.
     */
    Instant reapply(String unit, Instant recomputed, List<EventRecord> events, ProcedureDefinition def) {
        if (recomputed == null) {
            return null;
        }
        return events.stream().filter(e -> DossierAction.EXTEND.wireName().equals(e.action()))
                .map(e -> json.readMap(e.payloadJson()).get(HOURS)).filter(Number.class::isInstance)
                .map(h -> ((Number) h).longValue())
                .filter(h -> h > 0)
                .findFirst()
                .map(h -> deadlines.due(unit, recomputed, TimeLimit.workingHours(h.intValue()), List.of(), def.clockPolicy()))
                .orElse(recomputed);
    }
}
