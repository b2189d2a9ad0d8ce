package vn.motcua.documents;

import java.time.Instant;
import java.util.Objects;

/**
 * Apology with a new appointment: 2018 Mẫu số 04 "Phiếu xin lỗi và hẹn lại ngày trả kết quả", 2025 BM.04 "Phiếu xin
 * lỗi và đề nghị gia hạn thời gian giải quyết". Sent at least one day before the deadline of a dossier that will be
 * late; the new appointment may be set only once; signed by the head of the agency (domain facts §3).
 *
 * @param issuer              the agency handling the dossier
 * @param dossierCode         the dossier code
 * @param receivedAt          time received; selects the regime
 * @param applicant           the applicant
 * @param procedureName       the request: the name of the administrative procedure
 * @param reason              why the dossier will be late
 * @param originalAppointment the appointment on the receipt
 * @param newAppointment      the new appointment; after the original one
 * @param issuedAt            the date of the apology (place-and-date line)
 * @param head                the head of the agency who signs
 */
public record ApologySlip(Issuer issuer, String dossierCode, Instant receivedAt, Party applicant,
                          String procedureName, String reason, Instant originalAppointment, Instant newAppointment,
                          Instant issuedAt, Signatory head) implements Slip {
    public ApologySlip {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(originalAppointment, "originalAppointment");
        Objects.requireNonNull(newAppointment, "newAppointment");
        if (!newAppointment.isAfter(originalAppointment)) {
            throw new IllegalArgumentException("the new appointment " + newAppointment
                    + " must be after the original one " + originalAppointment);
        }
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(head, "head");
    }
}
