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
 */
public record FeedbackView(String reference, String subject, String unitCode, String procedureCode, String dossierCode,
                           String content, String status, Instant submittedAt, String answer, Instant answeredAt) {
}
