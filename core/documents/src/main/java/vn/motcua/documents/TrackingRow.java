package vn.motcua.documents;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One dossier in the tracking book.
 *
 * @param dossierCode   the dossier code
 * @param applicantName the applicant's name
 * @param procedureName the procedure
 * @param receivedAt    time received; selects the regime of the book section the row is printed in
 * @param appointment   the appointment for the result
 * @param returnedAt    when the result was returned, once it was
 * @param timeliness    early, on time or late against the appointment, once known
 */
public record TrackingRow(String dossierCode, String applicantName, String procedureName, Instant receivedAt,
                          Instant appointment, Optional<Instant> returnedAt, Optional<Timeliness> timeliness) {
    public TrackingRow {
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(applicantName, "applicantName");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(returnedAt, "returnedAt");
        Objects.requireNonNull(timeliness, "timeliness");
    }
}
