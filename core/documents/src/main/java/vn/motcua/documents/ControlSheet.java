package vn.motcua.documents;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Control sheet (Phiếu kiểm soát quá trình giải quyết hồ sơ): 2018 Mẫu số 05, 2025 BM.06. One row per hand-over,
 * each classed against its step's time budget (domain facts §3). Long sheets continue on further pages.
 *
 * @param issuer        the receiving unit
 * @param dossierCode   the dossier code
 * @param receivedAt    time received; selects the regime
 * @param applicant     the applicant
 * @param procedureName the request: the name of the administrative procedure
 * @param appointment   the appointment for the result
 * @param handovers     the hand-overs, in order
 */
public record ControlSheet(Issuer issuer, String dossierCode, Instant receivedAt, Party applicant,
                           String procedureName, Instant appointment, List<Handover> handovers) implements Slip {
    public ControlSheet {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(appointment, "appointment");
        handovers = List.copyOf(handovers);
    }
}
