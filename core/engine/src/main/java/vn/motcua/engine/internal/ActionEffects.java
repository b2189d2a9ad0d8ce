package vn.motcua.engine.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.motcua.api.procedure.ClockPolicy;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.api.procedure.Role;
import vn.motcua.api.procedure.Step;
import vn.motcua.api.procedure.Transition;
import vn.motcua.calendar.ClockStop;
import vn.motcua.calendar.Timeliness;
import vn.motcua.engine.ActionCommand;
import vn.motcua.engine.DossierAction;
import vn.motcua.engine.DossierStatus;
import vn.motcua.engine.Outcome;
import vn.motcua.storage.ClockStopRecord;
import vn.motcua.storage.DossierRecord;
import vn.motcua.storage.StoreTransaction;

/**
 * What an allowed, permitted action does to a dossier: the new state, deadlines, clock stops, and the details that
 * go into the event payload. Stateless apart from its collaborators.
 */
final class ActionEffects {

    /** The rule recorded with every clock stop during processing (domain.md §2). */
    static final String SUPPLEMENT_RULE = "Yêu cầu bổ sung hồ sơ trong quá trình giải quyết: thời hạn ngừng tính"
            + " (Nghị định 118/2025/NĐ-CP); khi hồ sơ đầy đủ, ";

    private final Deadlines deadlines;
    private final TimeLimitExtensions extensions;

    ActionEffects(Deadlines deadlines, TimeLimitExtensions extensions) {
        this.deadlines = deadlines;
        this.extensions = extensions;
    }

    /** The changed dossier (version and chain fields not yet set), the payload and the timing of a hand-over. */
    record Effect(DossierRecord.Builder dossier, Map<String, Object> payload, Timeliness timing) {
    }

    Effect apply(StoreTransaction tx, DossierRecord d, ProcedureDefinition def, ActionCommand c, Instant now) {
        DossierRecord.Builder b = d.toBuilder();
        Map<String, Object> p = new TreeMap<>();
        DossierStatus status = DossierStatus.valueOf(d.status());
        Timeliness timing = null;
        switch (c.action()) {
            case ACCEPT -> accept(b, def, now, p);
            case REQUEST_SUPPLEMENT -> {
                if (status == DossierStatus.SUBMITTED) {
                    b.status = DossierStatus.AWAITING_SUPPLEMENT.name(); // slip 02: guidance once, in writing
                } else {
                    stopClock(tx, d, def, c, now, b, p);
                }
            }
            case REFUSE -> {
                b.status = DossierStatus.REFUSED.name();
                finish(b, now);
            }
            case SUPPLEMENT_RECEIVED -> {
                if (status == DossierStatus.AWAITING_SUPPLEMENT) {
                    b.status = DossierStatus.SUBMITTED.name();
                } else {
                    resumeClock(tx, d, def, now, b, p);
                }
            }
            case FORWARD, SEND_BACK, APPROVE, REJECT -> timing = stepAction(d, def, c.action(), now, b, p);
            case ISSUE_APOLOGY -> {
                p.put("previousAppointment", String.valueOf(d.appointmentAt()));
                p.put("newAppointment", c.newAppointment().toString());
                b.newAppointmentAt = c.newAppointment();
                refreshAlerts(b);
            }
            case EXTEND -> {
                extensions.grant(d, def, c.newAppointment(), b, p);
                refreshAlerts(b);
            }
            case RESULT_READY -> b.status = DossierStatus.RESULT_READY.name();
            case RETURN_RESULT -> {
                b.status = DossierStatus.RETURNED.name();
                p.put("resultChannel", d.resultChannel());
                clearQueue(b);
            }
            case WITHDRAW -> {
                if (d.clockStopped()) {
                    closeOpenStop(tx, d.code(), now);
                }
                p.put("stopNotice", true); // Thông báo dừng giải quyết hồ sơ (domain.md §3)
                b.status = DossierStatus.WITHDRAWN.name();
                finish(b, now);
            }
        }
        return new Effect(b, p, timing);
    }

    private void accept(DossierRecord.Builder b, ProcedureDefinition def, Instant now, Map<String, Object> p) {
        // The statutory clock starts at receipt of the complete dossier (domain.md §2).
        b.receivedAt = now;
        b.appointmentAt = deadlines.due(b.unitCode, now, def.disclosure().timeLimit(), List.of(), def.clockPolicy());
        b.status = DossierStatus.PROCESSING.name();
        p.put("appointment", String.valueOf(b.appointmentAt));
        if (def.steps().isEmpty()) {
            atCounter(b);
            refreshAlerts(b);
        } else {
            enterStep(b, def, def.steps().get(0), now);
        }
        p.put("step", String.valueOf(b.currentStep));
    }

    private Timeliness stepAction(DossierRecord d, ProcedureDefinition def, DossierAction action, Instant now,
                                  DossierRecord.Builder b, Map<String, Object> p) {
        Step step = Lifecycle.currentStep(d, def).orElse(null);
        Timeliness timing = null;
        Transition t = null;
        if (step != null) {
            // Every hand-over is recorded with its time and classed against the step's budget (domain.md §3).
            timing = deadlines.classify(d.currentUnit(), now, d.stepDueAt());
            p.put("step", step.id());
            p.put("stepUnit", d.currentUnit());
            p.put("stepStartedAt", String.valueOf(d.stepStartedAt()));
            p.put("stepDueAt", String.valueOf(d.stepDueAt()));
            p.put("timing", String.valueOf(timing));
            t = step.transition(Lifecycle.stepAction(action).orElseThrow()).orElseThrow();
        }
        String nextId = t == null ? null : t.next();
        if (nextId != null) {
            Step next = def.step(nextId).orElseThrow(() -> new IllegalStateException(
                    "procedure " + def.code() + " " + def.version() + ": step " + nextId + " is not declared"));
            p.put("nextStep", next.id());
            enterStep(b, def, next, now);
        } else if (action == DossierAction.APPROVE || action == DossierAction.REJECT) {
            b.status = DossierStatus.DECIDED.name();
            b.outcome = (action == DossierAction.APPROVE ? Outcome.APPROVED : Outcome.REJECTED).name();
            b.finishedAt = now;
            // The finished dossier is classed against the ORIGINAL appointment, noting an apology (issue 4).
            p.put("dossierTiming", String.valueOf(deadlines.classify(d.unitCode(), now, d.appointmentAt())));
            p.put("apologyIssued", d.newAppointmentAt() != null);
            clearStep(b);
            atCounter(b);
            b.nextAlertAt = null;
            b.dueSoonAt = null;
        } else {
            throw new IllegalStateException("step " + d.currentStep() + " declares " + action + " without a next step");
        }
        return timing;
    }

    private void stopClock(StoreTransaction tx, DossierRecord d, ProcedureDefinition def, ActionCommand c, Instant now,
                           DossierRecord.Builder b, Map<String, Object> p) {
        int seq = tx.clockStops(d.code()).size() + 1;
        String rule = SUPPLEMENT_RULE + (def.clockPolicy() == ClockPolicy.RESTART
                ? "thời hạn giải quyết được tính lại từ đầu (Nghị định 297/2025/NĐ-CP)"
                : "thời hạn còn lại được tính tiếp");
        tx.insertClockStop(new ClockStopRecord(d.code(), seq, now, null, c.note(), rule));
        p.put("clockStop", seq);
        p.put("step", String.valueOf(d.currentStep()));
        p.put("policy", def.clockPolicy().name());
        b.status = DossierStatus.SUPPLEMENT_REQUESTED.name();
        b.clockStopped = true;
        b.nextAlertAt = null; // a stopped clock cannot become overdue
        atCounter(b);         // the one-stop section receives the supplement
    }

    private void resumeClock(StoreTransaction tx, DossierRecord d, ProcedureDefinition def, Instant now,
                             DossierRecord.Builder b, Map<String, Object> p) {
        closeOpenStop(tx, d.code(), now);
        List<ClockStop> stops = calendarStops(tx.clockStops(d.code()));
        b.appointmentAt = extensions.reapply(d.unitCode(),
                deadlines.due(d.unitCode(), d.receivedAt(), def.disclosure().timeLimit(), stops, def.clockPolicy()),
                tx.events(d.code()), def);
        b.status = DossierStatus.PROCESSING.name();
        b.clockStopped = false;
        p.put("appointment", String.valueOf(b.appointmentAt));
        p.put("policy", def.clockPolicy().name());
        Step step = Lifecycle.currentStep(d, def).orElse(null);
        if (step == null) {
            atCounter(b);
        } else {
            String unit = stepUnit(b, step);
            b.currentUnit = unit;
            b.currentRole = step.role().name();
            List<ClockStop> stepStops = stops.stream().filter(s -> !s.start().isBefore(d.stepStartedAt())).toList();
            b.stepDueAt = deadlines.due(unit, d.stepStartedAt(), step.budget(), stepStops, def.clockPolicy());
        }
        refreshAlerts(b);
    }

    private static void closeOpenStop(StoreTransaction tx, String code, Instant now) {
        tx.clockStops(code).stream().filter(s -> s.end() == null)
                .forEach(s -> tx.closeClockStop(code, s.seq(), now));
    }

    static List<ClockStop> calendarStops(List<ClockStopRecord> records) {
        return records.stream().map(r -> new ClockStop(r.start(), r.end(), r.reason(), r.rule())).toList();
    }

    private void enterStep(DossierRecord.Builder b, ProcedureDefinition def, Step step, Instant now) {
        String unit = stepUnit(b, step);
        b.currentStep = step.id();
        b.currentUnit = unit; // an inter-agency step puts the dossier in the other unit's queue
        b.currentRole = step.role().name();
        b.stepStartedAt = now;
        b.stepDueAt = deadlines.due(unit, now, step.budget(), List.of(), def.clockPolicy());
        refreshAlerts(b);
    }

    private static String stepUnit(DossierRecord.Builder b, Step step) {
        return step.unit() != null ? step.unit() : b.unitCode;
    }

    /** The scheduler's next alert: when the step or the (effective) appointment becomes due soon, whichever first. */
    private void refreshAlerts(DossierRecord.Builder b) {
        Instant appointment = b.newAppointmentAt != null ? b.newAppointmentAt : b.appointmentAt;
        Instant stepSoon = b.stepDueAt == null ? null : deadlines.dueSoonFrom(b.currentUnit, b.stepDueAt);
        Instant dossierSoon = appointment == null ? null : deadlines.dueSoonFrom(b.unitCode, appointment);
        b.dueSoonAt = earlier(stepSoon, dossierSoon);
        b.nextAlertAt = b.dueSoonAt;
        b.alertLevel = 0;
    }

    static Instant earlier(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    private static void atCounter(DossierRecord.Builder b) {
        b.currentUnit = b.unitCode;
        b.currentRole = Role.ONE_STOP_OFFICER.name();
    }

    private static void clearStep(DossierRecord.Builder b) {
        b.currentStep = null;
        b.stepStartedAt = null;
        b.stepDueAt = null;
    }

    private static void clearQueue(DossierRecord.Builder b) {
        clearStep(b);
        b.currentUnit = null;
        b.currentRole = null;
        b.dueSoonAt = null;
        b.nextAlertAt = null;
    }

    private static void finish(DossierRecord.Builder b, Instant now) {
        b.finishedAt = now;
        b.clockStopped = false;
        clearQueue(b);
    }
}
