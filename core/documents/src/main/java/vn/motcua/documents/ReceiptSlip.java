package vn.motcua.documents;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Receipt and appointment (Giấy tiếp nhận hồ sơ và hẹn trả kết quả): 2018 Mẫu số 01, 2025 BM.01. Issued when a
 * complete and valid dossier is received (domain facts §2).
 *
 * @param issuer           the receiving unit
 * @param dossierCode      the dossier code given at receipt
 * @param receivedAt       time received; selects the regime
 * @param applicant        the applicant, with identification number and contact data
 * @param authorisedPerson the person submitting on the applicant's behalf, if any
 * @param procedureName    the request: the name of the administrative procedure
 * @param documents        the documents received, with counts of originals and copies
 * @param sets             number of sets (bộ hồ sơ)
 * @param timeLimit        statutory time limit as stated in the procedure, e.g. "05 ngày làm việc"
 * @param appointment      when the result is due
 * @param resultPlace      where the result is collected
 * @param bookEntry        tracking-book volume and number
 * @param receiverName     the officer who received the dossier (signature block)
 */
public record ReceiptSlip(Issuer issuer, String dossierCode, Instant receivedAt, Party applicant,
                          Optional<Party> authorisedPerson, String procedureName, List<ReceivedDocument> documents,
                          int sets, String timeLimit, Instant appointment, String resultPlace, BookEntry bookEntry,
                          String receiverName) implements Slip {
    public ReceiptSlip {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(authorisedPerson, "authorisedPerson");
        Objects.requireNonNull(procedureName, "procedureName");
        documents = List.copyOf(documents);
        if (sets < 1) {
            throw new IllegalArgumentException("number of sets must be positive: " + sets);
        }
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(resultPlace, "resultPlace");
        Objects.requireNonNull(bookEntry, "bookEntry");
        Objects.requireNonNull(receiverName, "receiverName");
    }
}
