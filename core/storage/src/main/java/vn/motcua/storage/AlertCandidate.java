package vn.motcua.storage;

import java.time.Instant;

/**
 * An open dossier whose next alert time has come.
 *
 * @param dossierCode   the dossier
 * @param nextAlertAt   the alert time read (pass it back to {@link StoreTransaction#claimAlert})
 * @param alertLevel    the level already flagged
 * @param currentUnit   unit holding the dossier
 * @param currentRole   role that must act
 * @param stepDueAt     current step deadline
 * @param appointmentAt effective appointment (the new one after an apology)
 */
public record AlertCandidate(String dossierCode, Instant nextAlertAt, int alertLevel, String currentUnit,
                             String currentRole, Instant stepDueAt, Instant appointmentAt) {
}
