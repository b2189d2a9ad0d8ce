package vn.motcua.engine.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.api.procedure.Channel;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.api.procedure.Step;
import vn.motcua.calendar.ClockStop;
import vn.motcua.calendar.Deadline;
import vn.motcua.calendar.Timeliness;
import vn.motcua.engine.ActorRole;
import vn.motcua.engine.Applicant;
import vn.motcua.engine.AttachmentView;
import vn.motcua.engine.CitizenView;
import vn.motcua.engine.DeadlineReport;
import vn.motcua.engine.DossierAction;
import vn.motcua.engine.DossierStatus;
import vn.motcua.engine.DossierSummary;
import vn.motcua.engine.DossierView;
import vn.motcua.engine.EventView;
import vn.motcua.engine.Handover;
import vn.motcua.engine.Outcome;
import vn.motcua.engine.TimelineEntry;
import vn.motcua.storage.AttachmentRecord;
import vn.motcua.storage.ClockStopRecord;
import vn.motcua.storage.DossierRecord;
import vn.motcua.storage.EventRecord;

/** Stored rows to the engine's views. */
final class Views {

    private final Json json;
    private final Deadlines deadlines;

    Views(Json json, Deadlines deadlines) {
        this.json = json;
        this.deadlines = deadlines;
    }

    CitizenView citizen(DossierRecord d, ProcedureDefinition def, List<EventRecord> events) {
        // The timeline is derived from the events; internal notes, officer accounts and the scheduler's due-soon and
        // overdue alerts (for the unit, not the applicant) stay out.
        List<TimelineEntry> timeline = events.stream().filter(e -> !ActorRole.SYSTEM.name().equals(e.actorRole()))
                .map(e -> new TimelineEntry(e.at(), e.action(),
                DossierStatus.valueOf(e.toState()), e.unitCode(), e.internal() ? null : e.note())).toList();
        return new CitizenView(d.code(), d.procedureCode(), def.name(), d.applicantName(), DossierStatus.valueOf(d.status()),
                outcome(d), d.submittedAt(), d.receivedAt(), d.appointmentAt(), d.newAppointmentAt(), d.clockStopped(),
                Channel.valueOf(d.resultChannel()), timeline);
    }

    DossierView staff(DossierRecord d, ProcedureDefinition def, Set<DossierAction> allowed, Set<DossierAction> permitted,
                      List<EventRecord> events,
                      List<ClockStopRecord> stops, List<AttachmentRecord> attachments) {
        List<EventView> eventViews = events.stream().map(e -> new EventView(e.seq(), e.at(), e.actor(),
                ActorRole.valueOf(e.actorRole()), e.unitCode(), e.action(),
                e.fromState() == null ? null : DossierStatus.valueOf(e.fromState()), DossierStatus.valueOf(e.toState()),
                e.note(), e.internal(), json.readMap(e.payloadJson()))).toList();
        List<Handover> handovers = eventViews.stream().filter(e -> e.payload().containsKey("timing")).map(e -> new Handover(
                (String) e.payload().get("step"), (String) e.payload().get("stepUnit"),
                instant(e.payload().get("stepStartedAt")), e.at(), instant(e.payload().get("stepDueAt")),
                "null".equals(e.payload().get("timing")) ? null : Timeliness.valueOf((String) e.payload().get("timing")),
                DossierAction.fromWireName(e.action()).orElseThrow())).toList();
        String stepName = d.currentStep() == null ? null : def.step(d.currentStep()).map(Step::name).orElse(null);
        return new DossierView(d.code(), d.unitCode(), d.procedureCode(), def.name(), d.procedureVersion(), d.descriptorHash(),
                def.clockPolicy(), json.read(d.applicantJson(), Applicant.class), json.readMap(d.formJson()),
                Channel.valueOf(d.channel()), Channel.valueOf(d.resultChannel()), DossierStatus.valueOf(d.status()),
                outcome(d), d.currentStep(), stepName, d.currentUnit(), d.currentRole(), d.submittedAt(), d.receivedAt(),
                d.appointmentAt(), d.newAppointmentAt(), d.stepStartedAt(), d.stepDueAt(), d.clockStopped(), d.finishedAt(),
                d.version(), allowed, eventViews, handovers, ActionEffects.calendarStops(stops),
                attachments.stream().map(Views::attachment).toList(), permitted);
    }

    static AttachmentView attachment(AttachmentRecord a) {
        return new AttachmentView(a.id(), a.fieldId(), a.originalName(), a.mediaType(), a.sizeBytes(), a.sha256());
    }

    DossierSummary summary(DossierRecord d, Instant now) {
        Instant appointment = d.newAppointmentAt() != null ? d.newAppointmentAt() : d.appointmentAt();
        Instant due = ActionEffects.earlier(d.stepDueAt(), appointment);
        DossierSummary.Urgency urgency = DossierSummary.Urgency.NORMAL;
        if (!d.clockStopped() && due != null && now.isAfter(due)) {
            urgency = DossierSummary.Urgency.OVERDUE;
        } else if (!d.clockStopped() && d.dueSoonAt() != null && !now.isBefore(d.dueSoonAt())) {
            urgency = DossierSummary.Urgency.DUE_SOON;
        }
        return new DossierSummary(d.code(), d.procedureCode(), d.applicantName(), DossierStatus.valueOf(d.status()),
                d.currentStep(), d.stepDueAt(), appointment, urgency, d.version());
    }

    DeadlineReport deadlines(DossierRecord d, ProcedureDefinition def, List<ClockStop> stops) {
        Deadline appointment = d.receivedAt() == null ? null
                : deadlines.explain(d.unitCode(), d.receivedAt(), def.disclosure().timeLimit(), stops, def.clockPolicy());
        Deadline step = null;
        if (d.currentStep() != null && d.stepStartedAt() != null) {
            Step s = def.step(d.currentStep()).orElseThrow();
            List<ClockStop> stepStops = stops.stream().filter(x -> !x.start().isBefore(d.stepStartedAt())).toList();
            step = deadlines.explain(d.currentUnit() == null ? d.unitCode() : (s.unit() != null ? s.unit() : d.unitCode()),
                    d.stepStartedAt(), s.budget(), stepStops, def.clockPolicy());
        }
        return new DeadlineReport(d.code(), appointment, d.newAppointmentAt(), step, stops);
    }

    private static Outcome outcome(DossierRecord d) {
        return d.outcome() == null ? null : Outcome.valueOf(d.outcome());
    }

    private static Instant instant(Object value) {
        return value == null || "null".equals(value) ? null : Instant.parse((String) value);
    }

    static Map<String, Object> none() {
        return Map.of();
    }
}
