package vn.motcua.engine.citizen;

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
 */
public record FeedbackCommand(String subject, String unitCode, String procedureCode, String dossierCode,
                              String senderName, String phone, String content) {
}
