package vn.motcua.engine.citizen;

import java.time.Instant;

/**
 * Feedback as its sender sees it.
 *
 * @param reference     the tracking reference
 * @param subject       {@code PROCEDURE}, {@code DOSSIER} or {@code UNIT}
 * @param unitCode      the unit concerned
 * @param procedureCode the procedure concerned; may be null
 * @param dossierCode   the dossier concerned; may be null
 * @param content       the text sent
 * @param status        {@code OPEN} or {@code ANSWERED}
 * @param submittedAt   received
 * @param answer        the answer; null while open
 * @param answeredAt    when answered; null while open
 * @param dueAt         when the answer is due (working days of configuration); null for feedback older than deadlines
 * @param answerRating  the sender's rating of the answer, 1–3; null until rated
 */
public record FeedbackView(String reference, String subject, String unitCode, String procedureCode, String dossierCode,
                           String content, String status, Instant submittedAt, String answer, Instant answeredAt,
                           Instant dueAt, Integer answerRating) {

    /** Feedback without deadline or rating (the shape of version 1.0 of this package). */
    public FeedbackView(String reference, String subject, String unitCode, String procedureCode, String dossierCode,
                        String content, String status, Instant submittedAt, String answer, Instant answeredAt) {
        this(reference, subject, unitCode, procedureCode, dossierCode, content, status, submittedAt, answer, answeredAt, null, null);
    }
}
