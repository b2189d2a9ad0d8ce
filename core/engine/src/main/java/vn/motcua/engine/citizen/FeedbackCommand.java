package vn.motcua.engine.citizen;

import java.util.Set;
import vn.motcua.engine.SubmitCommand;

/**
 * Feedback or a petition (phản ánh, kiến nghị).
 *
 * @param subject       what it is about: {@code PROCEDURE}, {@code DOSSIER} or {@code UNIT}
 * @param unitCode      the unit; for a dossier, may be null (the dossier's unit is used)
 * @param procedureCode the procedure, for {@code PROCEDURE}
 * @param dossierCode   the dossier, for {@code DOSSIER}; the phone must be the one of the dossier
 * @param senderName    who sends it
 * @param phone         the sender's mobile number: needed to track the answer
 * @param content       the text, at most 5,000 characters
 * @param email         the sender's e-mail address, for {@link SubmitCommand.Notify#EMAIL}; may be null
 * @param notifications where the sender asks to be told when the feedback is answered (opt-in): SMS to {@code phone},
 *                      e-mail to {@code email}; empty: no message
 */
public record FeedbackCommand(String subject, String unitCode, String procedureCode, String dossierCode,
                              String senderName, String phone, String content, String email, Set<SubmitCommand.Notify> notifications) {

    /** Feedback without a message when it is answered. */
    public FeedbackCommand(String subject, String unitCode, String procedureCode, String dossierCode, String senderName,
                           String phone, String content) {
        this(subject, unitCode, procedureCode, dossierCode, senderName, phone, content, null, Set.of());
    }

    public FeedbackCommand {
        notifications = notifications == null ? Set.of() : Set.copyOf(notifications);
    }
}
