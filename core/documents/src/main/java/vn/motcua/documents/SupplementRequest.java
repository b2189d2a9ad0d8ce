package vn.motcua.documents;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Supplement request (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ): 2018 Mẫu số 02, 2025 BM.02. The written guidance,
 * given once and in full, of everything an incomplete or inaccurate dossier lacks (domain facts §2).
 *
 * @param issuer        the unit that checked the dossier
 * @param dossierCode   the dossier code, if the dossier has one already (an online dossier keeps its code)
 * @param receivedAt    when the dossier was submitted; selects the regime
 * @param applicant     the applicant
 * @param procedureName the request: the name of the administrative procedure
 * @param items         every item to supply or correct, each with its reason; at least one
 * @param helpContact   whom to contact with questions, e.g. "Bộ phận Một cửa, điện thoại 024 3825 3536"
 * @param officerName   the officer who gave the guidance (signature block)
 */
public record SupplementRequest(Issuer issuer, Optional<String> dossierCode, Instant receivedAt, Party applicant,
                                String procedureName, List<MissingItem> items, Optional<String> helpContact,
                                String officerName) implements Slip {
    public SupplementRequest {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(procedureName, "procedureName");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a supplement request names at least one item");
        }
        Objects.requireNonNull(helpContact, "helpContact");
        Objects.requireNonNull(officerName, "officerName");
    }
}
