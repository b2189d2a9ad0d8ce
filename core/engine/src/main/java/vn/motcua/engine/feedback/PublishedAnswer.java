package vn.motcua.engine.feedback;

import java.time.Instant;

/**
 * An answer shown on the procedure page: the question and the answer, never the sender.
 *
 * @param reference  the feedback
 * @param unitCode   the unit that answered
 * @param question   the feedback's text
 * @param answer     the answer
 * @param answeredAt when
 */
public record PublishedAnswer(String reference, String unitCode, String question, String answer, Instant answeredAt) {
}
