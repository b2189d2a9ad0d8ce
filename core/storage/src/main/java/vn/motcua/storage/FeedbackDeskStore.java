package vn.motcua.storage;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The handling of feedback (phản ánh, kiến nghị) by the responsible unit. Every change is guarded by the state it
 * expects (unit, status) and written with its history event in one committed transaction: a change that finds
 * another state returns false and writes nothing. Thread-safe.
 */
@ProviderType
public interface FeedbackDeskStore {

    /**
     * Stores new feedback with its response deadline and its {@code RECEIVED} event.
     *
     * @throws DuplicateKeyException if the reference is taken
     */
    default void receive(FeedbackRecord feedback, Instant dueAt, FeedbackEventRecord received) {
        receive(feedback, dueAt, received, null);
    }

    /**
     * Stores new feedback as {@link #receive(FeedbackRecord, Instant, FeedbackEventRecord)} does, with where the sender
     * asked to be told of the answer ({@code notifyTo}, JSON; null: nowhere). It is erased when the answer's message is
     * written ({@link #answer(String, String, boolean, FeedbackEventRecord, Function)}).
     *
     * @throws DuplicateKeyException if the reference is taken
     */
    void receive(FeedbackRecord feedback, Instant dueAt, FeedbackEventRecord received, String notifyTo);

    Optional<FeedbackCase> find(String reference);

    /**
     * Feedback of the units ({@code null}: of every unit), open first by deadline (no deadline last), then answered,
     * newest first.
     */
    List<FeedbackCase> inbox(Collection<String> unitCodes, boolean openOnly, int limit);

    /** The history of one feedback, oldest first. */
    List<FeedbackEventRecord> events(String reference);

    /** Open feedback held by {@code unitCode} gets an officer. */
    boolean assign(String reference, String unitCode, String officer, FeedbackEventRecord event);

    /** Open feedback held by {@code event.unitCode()} moves to {@code event.toUnit()}, unassigned. */
    boolean forward(String reference, FeedbackEventRecord event);

    /** Open feedback held by {@code event.unitCode()} is answered by {@code event.actor()} at {@code event.at()}. */
    default boolean answer(String reference, String answer, boolean publish, FeedbackEventRecord event) {
        return answer(reference, answer, publish, event, notifyTo -> List.of());
    }

    /**
     * Answers as {@link #answer(String, String, boolean, FeedbackEventRecord)} does and, in the same transaction, writes
     * to the outbox the messages {@code notices} makes of the sender's stored {@code notifyTo} (called only when there
     * is one), then erases it.
     */
    boolean answer(String reference, String answer, boolean publish, FeedbackEventRecord event,
                   Function<String, List<OutboxRecord>> notices);

    /** An answer of {@code event.unitCode()} is shown on, or withdrawn from, the procedure page. */
    boolean publish(String reference, boolean published, FeedbackEventRecord event);

    /** The sender rates an answer, once. */
    boolean rate(String reference, int rating, FeedbackEventRecord event);

    /** Published answers about a procedure, newest first. */
    List<FeedbackCase> published(String procedureCode, int limit);
}
