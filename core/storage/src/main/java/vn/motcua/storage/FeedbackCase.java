package vn.motcua.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * Feedback as the desk handles it: the stored feedback and how far its handling got.
 *
 * @param feedback     the feedback and its answer
 * @param assignedTo   the officer handling it; null until assigned (and again after a forward)
 * @param dueAt        the response deadline; null for feedback received before deadlines existed
 * @param answerRating the sender's rating of the answer (1–3); null until rated
 * @param ratedAt      when rated; null until rated
 * @param published    whether the answer is shown on the procedure's public page
 */
public record FeedbackCase(FeedbackRecord feedback, String assignedTo, Instant dueAt, Integer answerRating,
                           Instant ratedAt, boolean published) {
    public FeedbackCase {
        Objects.requireNonNull(feedback, "feedback");
    }
}
