package vn.motcua.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.api.procedure.Channel;
import vn.motcua.api.procedure.ClockPolicy;

/**
 * Everything staff see of a dossier.
 *
 * @param code              dossier code
 * @param unitCode          receiving unit
 * @param procedureCode     procedure code
 * @param procedureName     procedure name
 * @param procedureVersion  the version received under
 * @param descriptorHash    SHA-256 of its descriptor
 * @param clockPolicy       restart or resume after a supplement
 * @param applicant         applicant
 * @param formData          submitted, normalised form data
 * @param channel           submission channel
 * @param resultChannel     result channel
 * @param status            status
 * @param outcome           decision; null until decided
 * @param currentStep       step id; null when not at a step
 * @param currentStepName   step name; null when not at a step
 * @param currentUnit       unit whose queue holds it; null when nobody must act
 * @param currentRole       role that must act; null when nobody must act
 * @param submittedAt       submitted
 * @param receivedAt        received; null before
 * @param appointmentAt     original appointment; null before receipt
 * @param newAppointmentAt  appointment set by the apology; null if none
 * @param stepStartedAt     hand-over to the current step
 * @param stepDueAt         current step's deadline
 * @param clockStopped      an open clock stop holds the deadline
 * @param finishedAt        decided, refused or withdrawn at
 * @param version           for {@link ActionCommand#expectedVersion()}
 * @param allowedActions    actions allowed in the current state (for some actor)
 * @param events            the history, internal notes included
 * @param handovers         every hand-over, classed
 * @param clockStops        the clock-stop ledger
 * @param attachments       stored attachments
 * @param permittedActions  the allowed actions that the staff member who asked may perform, in the role each needs
 *                          at the unit that must act (decision 1310): what a page offers; empty for a read-only
 *                          member such as the control officer
 */
public record DossierView(String code, String unitCode, String procedureCode, String procedureName,
                          String procedureVersion, String descriptorHash, ClockPolicy clockPolicy, Applicant applicant,
                          Map<String, Object> formData, Channel channel, Channel resultChannel, DossierStatus status,
                          Outcome outcome, String currentStep, String currentStepName, String currentUnit,
                          String currentRole, Instant submittedAt, Instant receivedAt, Instant appointmentAt,
                          Instant newAppointmentAt, Instant stepStartedAt, Instant stepDueAt, boolean clockStopped,
                          Instant finishedAt, long version, Set<DossierAction> allowedActions, List<EventView> events,
                          List<Handover> handovers, List<vn.motcua.calendar.ClockStop> clockStops,
                          List<AttachmentView> attachments, Set<DossierAction> permittedActions) {

    public DossierView {
        java.util.EnumSet<DossierAction> ordered = java.util.EnumSet.noneOf(DossierAction.class);
        if (permittedActions != null) {
            ordered.addAll(permittedActions);
        }
        permittedActions = java.util.Collections.unmodifiableSet(ordered);
    }
}
