package vn.motcua.engine;

import java.time.Instant;
import java.util.List;
import vn.motcua.api.procedure.Channel;

/**
 * What an applicant sees after proving the second factor. No officer accounts, no internal notes, no
 * personal data beyond the applicant's own name.
 *
 * @param code             dossier code
 * @param procedureCode    procedure code
 * @param procedureName    procedure name
 * @param applicantName    applicant's name
 * @param status           status
 * @param outcome          decision, null until decided
 * @param submittedAt      submitted
 * @param receivedAt       received (clock started); null before
 * @param appointmentAt    appointment; null before receipt
 * @param newAppointmentAt appointment after an apology; null if none
 * @param clockStopped     true while waiting for the applicant's supplement
 * @param resultChannel    how the result comes back
 * @param timeline         events in order
 */
public record CitizenView(String code, String procedureCode, String procedureName, String applicantName,
                          DossierStatus status, Outcome outcome, Instant submittedAt, Instant receivedAt,
                          Instant appointmentAt, Instant newAppointmentAt, boolean clockStopped, Channel resultChannel,
                          List<TimelineEntry> timeline) {
}
