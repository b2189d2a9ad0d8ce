package vn.motcua.documents;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Stop notice (Thông báo dừng giải quyết hồ sơ): 2025 BM.05; under the 2018 regime there is no numbered form and
 * the notice cites the decree. Issued when the applicant withdraws the dossier before a decision (domain facts §3).
 *
 * @param issuer        the agency handling the dossier
 * @param dossierCode   the dossier code
 * @param receivedAt    time received; selects the regime
 * @param applicant     the applicant
 * @param procedureName the request: the name of the administrative procedure
 * @param requestedAt   when the applicant asked to stop
 * @param reason        the reason the applicant gave, if any
 * @param issuedAt      the date of the notice (place-and-date line)
 * @param signer        who signs for the agency
 */
public record StopNotice(Issuer issuer, String dossierCode, Instant receivedAt, Party applicant,
                         String procedureName, Instant requestedAt, Optional<String> reason, Instant issuedAt,
                         Signatory signer) implements Slip {
    public StopNotice {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(signer, "signer");
    }
}
