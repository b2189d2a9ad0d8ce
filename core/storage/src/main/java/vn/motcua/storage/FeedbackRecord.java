package vn.motcua.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * Feedback or a petition (phản ánh, kiến nghị) and, once given, its answer.
 *
 * @param reference     tracking reference given to the sender
 * @param subjectKind   {@code PROCEDURE}, {@code DOSSIER} or {@code UNIT}
 * @param unitCode      the unit concerned (the dossier's receiving unit for a dossier)
 * @param procedureCode the procedure concerned; null for a unit
 * @param dossierCode   the dossier concerned; null unless {@code DOSSIER}
 * @param senderName    who sent it
 * @param contactHash   hash of the sender's phone number with the reference: the second factor to track it
 * @param content       the text
 * @param status        {@code OPEN} or {@code ANSWERED}
 * @param submittedAt   when received
 * @param answer        the answer; null while open
 * @param answeredBy    account that answered; null while open
 * @param answeredAt    when answered; null while open
 */
public record FeedbackRecord(String reference, String subjectKind, String unitCode, String procedureCode,
                             String dossierCode, String senderName, String contactHash, String content, String status,
                             Instant submittedAt, String answer, String answeredBy, Instant answeredAt) {
    public FeedbackRecord {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(subjectKind, "subjectKind");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(senderName, "senderName");
        Objects.requireNonNull(contactHash, "contactHash");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }
}
