package vn.motcua.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the dossier table: the current state of a dossier. History lives in {@link EventRecord}s.
 * Instants may be {@code null} where the state has none (no step, not received yet, …).
 *
 * @param code              dossier code, {@code <agency>-<YYMMDD>-<seq>}
 * @param unitCode          the receiving unit
 * @param procedureCode     national procedure code
 * @param procedureVersion  version of the procedure declaration
 * @param descriptorHash    SHA-256 of the descriptor the dossier was received under ({@link ProcedureVersionRecord})
 * @param applicantName     applicant's name (NFC)
 * @param applicantJson     applicant's details as JSON (for slips)
 * @param phoneHash         hash of the normalised phone number, a lookup factor; null if none given
 * @param citizenIdHash     hash of the personal identification number, a lookup factor; null if none given
 * @param formJson          submitted form values as JSON
 * @param channel           channel the dossier came by
 * @param resultChannel     channel the result goes back by
 * @param status            lifecycle status
 * @param outcome           decision, null until decided
 * @param currentStep       step id while processing
 * @param currentUnit       unit whose queue holds the dossier, null when nobody must act
 * @param currentRole       role that must act
 * @param submittedAt       submission time
 * @param receivedAt        receipt of the complete dossier (the clock starts)
 * @param appointmentAt     original appointment (hẹn trả)
 * @param newAppointmentAt  appointment set by the apology, at most once
 * @param stepStartedAt     hand-over to the current step
 * @param stepDueAt         deadline of the current step
 * @param dueSoonAt         when the dossier becomes due soon
 * @param nextAlertAt       next alert time for the scheduler (indexed), null when none is left
 * @param alertLevel        0 none, 1 due soon flagged, 2 overdue flagged
 * @param clockStopped      an open clock stop holds the deadline
 * @param finishedAt        decision, refusal or withdrawal time
 * @param version           optimistic-lock version, 1 after insert
 * @param eventCount        number of events, equals the last event's sequence
 * @param lastEventHash     hash of the last event (head of the chain); detects deleted tail events
 * @param updatedAt         last change
 */
public record DossierRecord(
        String code, String unitCode, String procedureCode, String procedureVersion, String descriptorHash,
        String applicantName, String applicantJson, String phoneHash, String citizenIdHash, String formJson,
        String channel, String resultChannel, String status, String outcome,
        String currentStep, String currentUnit, String currentRole,
        Instant submittedAt, Instant receivedAt, Instant appointmentAt, Instant newAppointmentAt,
        Instant stepStartedAt, Instant stepDueAt, Instant dueSoonAt, Instant nextAlertAt, int alertLevel,
        boolean clockStopped, Instant finishedAt, long version, int eventCount, String lastEventHash, Instant updatedAt) {

    public DossierRecord {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(status, "status");
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a changed copy; records have no withers. Not thread-safe. */
    public static final class Builder {
        public String code, unitCode, procedureCode, procedureVersion, descriptorHash, applicantName, applicantJson,
                phoneHash, citizenIdHash, formJson, channel, resultChannel, status, outcome, currentStep, currentUnit,
                currentRole, lastEventHash;
        public Instant submittedAt, receivedAt, appointmentAt, newAppointmentAt, stepStartedAt, stepDueAt, dueSoonAt,
                nextAlertAt, finishedAt, updatedAt;
        public int alertLevel, eventCount;
        public boolean clockStopped;
        public long version;

        public Builder() {
        }

        Builder(DossierRecord r) {
            code = r.code; unitCode = r.unitCode; procedureCode = r.procedureCode; procedureVersion = r.procedureVersion;
            descriptorHash = r.descriptorHash; applicantName = r.applicantName; applicantJson = r.applicantJson;
            phoneHash = r.phoneHash; citizenIdHash = r.citizenIdHash; formJson = r.formJson; channel = r.channel;
            resultChannel = r.resultChannel; status = r.status; outcome = r.outcome; currentStep = r.currentStep;
            currentUnit = r.currentUnit; currentRole = r.currentRole; submittedAt = r.submittedAt; receivedAt = r.receivedAt;
            appointmentAt = r.appointmentAt; newAppointmentAt = r.newAppointmentAt; stepStartedAt = r.stepStartedAt;
            stepDueAt = r.stepDueAt; dueSoonAt = r.dueSoonAt; nextAlertAt = r.nextAlertAt; alertLevel = r.alertLevel;
            clockStopped = r.clockStopped; finishedAt = r.finishedAt; version = r.version; eventCount = r.eventCount;
            lastEventHash = r.lastEventHash; updatedAt = r.updatedAt;
        }

        public DossierRecord build() {
            return new DossierRecord(code, unitCode, procedureCode, procedureVersion, descriptorHash, applicantName,
                    applicantJson, phoneHash, citizenIdHash, formJson, channel, resultChannel, status, outcome, currentStep,
                    currentUnit, currentRole, submittedAt, receivedAt, appointmentAt, newAppointmentAt, stepStartedAt,
                    stepDueAt, dueSoonAt, nextAlertAt, alertLevel, clockStopped, finishedAt, version, eventCount,
                    lastEventHash, updatedAt);
        }
    }
}
