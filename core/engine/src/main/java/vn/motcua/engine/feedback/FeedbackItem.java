package vn.motcua.engine.feedback;

import java.time.Instant;
import java.util.List;
import vn.motcua.engine.DossierSummary.Urgency;

/**
 * Feedback as the responsible unit handles it.
 *
 * @param reference     tracking reference
 * @param subject       {@code PROCEDURE}, {@code DOSSIER} or {@code UNIT}
 * @param unitCode      the unit holding it now
 * @param procedureCode the procedure concerned; may be null
 * @param dossierCode   the dossier concerned; may be null
 * @param senderName    who sent it (the phone number is never shown: only its hash is stored)
 * @param content       the text
 * @param status        {@code OPEN} or {@code ANSWERED}
 * @param submittedAt   received
 * @param dueAt         response deadline (working days of configuration, the unit's calendar); null for old feedback
 * @param urgency       due soon or overdue while open, like dossiers; {@code NORMAL} once answered
 * @param assignedTo    the officer handling it; null when nobody is
 * @param answer        the answer; null while open
 * @param answeredBy    who answered; null while open
 * @param answeredAt    when; null while open
 * @param answeredLate  whether the answer came after the deadline; null while open or without deadline
 * @param answerRating  the sender's rating of the answer, 1 (không hài lòng) to 3 (rất hài lòng); null until rated
 * @param published     whether the answer is shown on the procedure page
 * @param history       every step, oldest first
 */
public record FeedbackItem(String reference, String subject, String unitCode, String procedureCode, String dossierCode,
                           String senderName, String content, String status, Instant submittedAt, Instant dueAt,
                           Urgency urgency, String assignedTo, String answer, String answeredBy, Instant answeredAt,
                           Boolean answeredLate, Integer answerRating, boolean published, List<FeedbackStep> history) {
    public FeedbackItem {
        history = history == null ? List.of() : List.copyOf(history);
    }

    public boolean isOpen() {
        return "OPEN".equals(status);
    }
}
