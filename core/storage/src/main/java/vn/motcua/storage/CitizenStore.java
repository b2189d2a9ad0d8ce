package vn.motcua.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Durable storage of what citizens say about the service: one evaluation per dossier, and feedback (phản ánh,
 * kiến nghị) with its answer. Thread-safe; every method is its own committed transaction, durable when it returns.
 *
 * <pre>{@code
 * if (!store.insertEvaluation(record)) {
 *     // the dossier was already evaluated: the first evaluation stays
 * }
 * }</pre>
 */
@ProviderType
public interface CitizenStore {

    /**
     * Stores the evaluation of a dossier unless it already has one.
     *
     * @return false when the dossier was evaluated before (nothing changed)
     */
    boolean insertEvaluation(EvaluationRecord evaluation);

    /** The evaluation of a dossier, if any. */
    Optional<EvaluationRecord> evaluation(String dossierCode);

    /** @throws DuplicateKeyException if the reference is taken */
    void insertFeedback(FeedbackRecord feedback);

    /** The feedback with this reference, if any. */
    Optional<FeedbackRecord> feedback(String reference);

    /**
     * Records the answer to feedback that has none yet.
     *
     * @return false when there is no such feedback or it was answered before
     */
    boolean answerFeedback(String reference, String answer, String answeredBy, Instant answeredAt);

    /** Feedback about a unit, oldest first; only unanswered items when {@code openOnly}. */
    List<FeedbackRecord> feedbackOfUnit(String unitCode, boolean openOnly, int limit);
}
