package vn.motcua.engine.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.motcua.api.hook.FieldError;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.api.procedure.Step;
import vn.motcua.api.procedure.StepAction;
import vn.motcua.api.procedure.TimeLimit;
import vn.motcua.api.procedure.Transition;
import vn.motcua.storage.DossierRecord;

/**
 * The new appointment of an apology slip: what it must be, and what the form proposes. Because the new appointment
 * may be set only once (Decree 61/2018/NĐ-CP, Decree 118/2025/NĐ-CP; domain.md §3), a wrong one cannot be
 * corrected afterwards, so it is checked against the receiving unit's working calendar before it is accepted.
 * Stateless apart from the calendar.
 */
final class ApologyAppointments {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private final Deadlines deadlines;

    ApologyAppointments(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    /**
     * Field errors of a requested new appointment: it must lie after now and after the appointment it replaces, and
     * be working time of the unit that returns the result (not a weekend, holiday or closure, nor outside hours).
     */
    List<FieldError> errors(DossierRecord d, ProcedureDefinition def, Instant requested, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        String hint = " Gợi ý: " + shown(propose(d, def, now)) + ".";
        if (!requested.isAfter(now)) {
            errors.add(new FieldError("newAppointment", "future", "Ngày hẹn mới phải sau thời điểm hiện tại." + hint));
        } else if (d.appointmentAt() != null && !requested.isAfter(d.appointmentAt())) {
            errors.add(new FieldError("newAppointment", "after", "Ngày hẹn mới phải sau ngày hẹn trả kết quả đã ghi ("
                    + shown(d.appointmentAt()) + ")." + hint));
        } else if (!deadlines.isWorkingTime(d.unitCode(), requested)) {
            errors.add(new FieldError("newAppointment", "working_time", "Ngày hẹn mới phải là giờ làm việc của cơ quan"
                    + " trả kết quả, không rơi vào ngày nghỉ, ngày lễ hay ngoài giờ hành chính." + hint));
        }
        return errors;
    }

    /**
     * The proposed new appointment: from now, the work that remains (what is left of the current step's budget, or all
     * of it when the step is already overdue, plus the budgets of the steps still ahead on the way to the decision),
     * counted by THE deadline calculator in the receiving unit's calendar; never before the end of the working day
     * after the current appointment, since an apology moves the appointment later.
     */
    Instant propose(DossierRecord d, ProcedureDefinition def, Instant now) {
        long hours = remainingWorkingHours(d, def, now);
        Instant fromWork = deadlines.due(d.unitCode(), now, TimeLimit.workingHours((int) Math.max(1, hours)), List.of(),
                def.clockPolicy());
        Instant appointment = d.newAppointmentAt() != null ? d.newAppointmentAt() : d.appointmentAt();
        if (appointment == null) {
            return fromWork;
        }
        Instant dayAfter = deadlines.due(d.unitCode(), appointment.isAfter(now) ? appointment : now,
                TimeLimit.workingDays(1), List.of(), def.clockPolicy());
        return fromWork.isAfter(dayAfter) ? fromWork : dayAfter;
    }

    private long remainingWorkingHours(DossierRecord d, ProcedureDefinition def, Instant now) {
        Optional<Step> current = Lifecycle.currentStep(d, def);
        if (current.isEmpty()) {
            return TimeLimit.workingDays(1).workingHours(); // decided at the counter: one working day
        }
        long hours = current.get().budget().workingHours();
        if (d.stepDueAt() != null && d.stepDueAt().isAfter(now)) {
            Duration left = deadlines.workingTimeBetween(d.currentUnit(), now, d.stepDueAt());
            hours = Math.max(1, (left.toMinutes() + 59) / 60);
        }
        Set<String> seen = new HashSet<>();
        seen.add(current.get().id());
        Optional<Step> next = ahead(current.get(), def);
        while (next.isPresent() && seen.add(next.get().id())) {
            hours += next.get().budget().workingHours();
            next = ahead(next.get(), def);
        }
        return hours;
    }

    /** The step a forward leads to: the way towards the decision. */
    private static Optional<Step> ahead(Step step, ProcedureDefinition def) {
        return step.transition(StepAction.FORWARD).map(Transition::next).flatMap(def::step);
    }

    private static String shown(Instant at) {
        return SHOWN.format(at.atZone(StoredDossierEngine.VIETNAM));
    }
}
