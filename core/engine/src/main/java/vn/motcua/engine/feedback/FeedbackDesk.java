package vn.motcua.engine.feedback;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The staff side of feedback (decision 1030). Feedback held by a unit the officer does not work for does not exist
 * for them. Every change is recorded in the history with its actor. Thread-safe.
 *
 * @throws FeedbackRefusedException                  when the feedback is not visible or not in a state for the change
 * @throws vn.motcua.engine.InvalidSubmissionException naming the field when an answer, reason or unit is missing or wrong
 */
@ProviderType
public interface FeedbackDesk {

    /** The officer's feedback: open ones first by deadline, then (unless {@code openOnly}) answered ones, newest first. */
    List<FeedbackItem> inbox(FeedbackOfficer who, boolean openOnly);

    /** One feedback with its history; empty when unknown or not visible to the officer. */
    Optional<FeedbackItem> find(FeedbackOfficer who, String reference);

    /** Gives open feedback to an officer: anyone takes it themselves, a leader gives it to a colleague. */
    FeedbackItem assign(FeedbackOfficer who, String reference, String officerLogin);

    /** Sends open feedback to the competent unit with a reason; the response deadline does not restart. */
    FeedbackItem forward(FeedbackOfficer who, String reference, String toUnit, String reason);

    /** Answers open feedback; {@code publish} also shows it on the procedure page (leaders only). */
    FeedbackItem answer(FeedbackOfficer who, String reference, String answer, boolean publish);

    /** Shows an answer on, or withdraws it from, the procedure page (leaders only). */
    FeedbackItem publish(FeedbackOfficer who, String reference, boolean published);

    /** Published answers about a procedure, newest first, at most {@code limit}. */
    List<PublishedAnswer> published(String procedureCode, int limit);
}
