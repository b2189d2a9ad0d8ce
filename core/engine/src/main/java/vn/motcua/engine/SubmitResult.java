package vn.motcua.engine;

import java.time.Instant;

/**
 * The answer to a submission.
 *
 * @param code          the dossier code
 * @param status        SUBMITTED, or PROCESSING when received at once
 * @param submittedAt   when stored
 * @param appointmentAt the appointment when received at once; null otherwise
 * @param version       the dossier version, for the next action's {@code expectedVersion}
 * @param replayed      true when this is the remembered answer to an earlier request with the same idempotency key
 */
public record SubmitResult(String code, DossierStatus status, Instant submittedAt, Instant appointmentAt, long version,
                           boolean replayed) {
}
