package vn.motcua.documents;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Refusal (Phiếu từ chối tiếp nhận giải quyết hồ sơ): 2018 Mẫu số 03, 2025 BM.03. For a dossier outside the unit's
 * competence or not eligible (domain facts §2).
 *
 * @param issuer        the unit that refuses
 * @param dossierCode   the dossier code, if the dossier has one already
 * @param receivedAt    when the dossier was submitted; selects the regime
 * @param applicant     the applicant
 * @param procedureName the request: the name of the administrative procedure
 * @param reason        the reason for refusing
 * @param officerName   the officer who refuses (signature block)
 */
public record RefusalSlip(Issuer issuer, Optional<String> dossierCode, Instant receivedAt, Party applicant,
                          String procedureName, String reason, String officerName) implements Slip {
    public RefusalSlip {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(officerName, "officerName");
    }
}
