package vn.motcua.engine;

import java.time.Instant;

/**
 * A line of a work queue.
 *
 * @param code          dossier code
 * @param procedureCode procedure code
 * @param applicantName applicant
 * @param status        status
 * @param currentStep   step id; null at reception or result
 * @param stepDueAt     step deadline; null when none
 * @param appointmentAt effective appointment (the new one after an apology); null before receipt
 * @param urgency       due soon or overdue now
 * @param version       for {@link ActionCommand#expectedVersion()}
 */
public record DossierSummary(String code, String procedureCode, String applicantName, DossierStatus status,
                             String currentStep, Instant stepDueAt, Instant appointmentAt, Urgency urgency, long version) {

    /** How close the dossier is to its deadlines now. */
    public enum Urgency { NORMAL, DUE_SOON, OVERDUE }
}
