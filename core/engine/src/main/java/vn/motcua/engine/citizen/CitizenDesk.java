package vn.motcua.engine.citizen;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import vn.motcua.engine.ActionResult;
import vn.motcua.engine.CitizenView;
import vn.motcua.engine.Upload;

/**
 * What an applicant may do with a dossier, and feedback from anyone. Thread-safe.
 *
 * <p>Grants live in the memory of the node that opened them (decision 0701): a load balancer needs sticky sessions
 * for the portal, or the citizen looks the dossier up again.
 */
@ProviderType
public interface CitizenDesk {

    /**
     * Checks the dossier code and second factor like {@code DossierEngine.lookup} and opens a grant for that
     * dossier. Empty, identically, for an unknown code and a wrong factor; also empty once the code has had too
     * many attempts in the current minute (the caller cannot tell, by design).
     */
    Optional<Grant> open(String dossierCode, String phoneOrCitizenId);

    /** Ends a grant (sign out). Unknown tokens are ignored. */
    void close(String token);

    /** The applicant's view through a live grant for this dossier; empty when the grant is unknown, expired or for another dossier. */
    Optional<CitizenView> view(String token, String dossierCode);

    /**
     * Answers a supplement request: the missing documents are uploaded and the dossier goes back to the officer.
     *
     * @throws GrantRequiredException when the grant is not valid for the dossier
     * @throws vn.motcua.engine.ActionNotAllowedException when no supplement is requested now
     * @throws vn.motcua.engine.InvalidSubmissionException when a file is of the wrong type or too large
     */
    ActionResult answerSupplement(String token, String dossierCode, String note, List<Upload> uploads);

    /**
     * The official slip of a dossier as PDF, for its applicant. Empty when the slip does not exist (yet): a receipt
     * exists once the dossier is received, an apology slip once issued.
     *
     * @throws GrantRequiredException when the grant is not valid for the dossier
     */
    Optional<byte[]> slip(String token, String dossierCode, SlipKind kind);

    /**
     * The electronic result (a PDF the officers attached), for its applicant, once the result is ready or returned; the
     * newest when there are several. Empty before that or when the result is on paper only.
     *
     * @throws GrantRequiredException when the grant is not valid for the dossier
     */
    Optional<vn.motcua.engine.AttachmentFile> result(String token, String dossierCode);

    /**
     * Like {@link #slip(String, String, SlipKind)} for staff: empty unless {@code who} may see the dossier (the engine's
     * rule, decision 1310), so no page can forget the check.
     *
     * @since 2.0
     */
    Optional<byte[]> slipForStaff(String dossierCode, SlipKind kind, vn.motcua.engine.StaffPrincipal who);

    /**
     * Rates a dossier once, after its result was returned.
     *
     * @throws GrantRequiredException when the grant is not valid for the dossier
     * @throws EvaluationRefusedException when the result is not returned yet or the dossier was rated before
     * @throws vn.motcua.engine.InvalidSubmissionException when a rating is missing or out of range
     */
    Evaluation evaluate(String token, String dossierCode, Ratings ratings);

    /**
     * Opens a one-time rating link for the counter (decision 1031): the officer who returned the result opens it on
     * the desk's tablet, and the citizen rates without typing a code. It works once and for
     * {@value #COUNTER_LINK_MINUTES} minutes, on this node only (like grants). Only a one-stop officer of the unit that
     * received the dossier opens it: the desk that returned the result (decision 1310: the engine decides).
     *
     * @throws EvaluationRefusedException when the result is not returned yet or the dossier was rated before
     * @throws vn.motcua.engine.DossierNotFoundException when there is no such dossier, or {@code who} may not see it
     * @throws vn.motcua.engine.StaffAccessRefusedException when {@code who} sees it but is not a one-stop officer of
     *         its unit
     * @since 2.0
     */
    Grant openCounterRating(String dossierCode, vn.motcua.engine.StaffPrincipal who);

    /** Minutes a counter rating link works. */
    int COUNTER_LINK_MINUTES = 10;

    /** The dossier a live, unused counter link rates; empty when unknown, used or expired. */
    Optional<String> counterRatingDossier(String token);

    /**
     * Rates through a counter link, which is then used up. A rating with errors leaves the link usable so that the
     * citizen can correct it.
     *
     * @throws GrantRequiredException when the link is unknown, used or expired
     * @throws EvaluationRefusedException when the dossier was rated meanwhile
     * @throws vn.motcua.engine.InvalidSubmissionException when a rating is missing or out of range
     */
    Evaluation evaluateAtCounter(String token, Ratings ratings);

    /** The evaluation of the dossier, if rated. @throws GrantRequiredException when the grant is not valid for it */
    Optional<Evaluation> evaluation(String token, String dossierCode);

    /**
     * Receives feedback or a petition about a procedure, a dossier or a unit; the sender tracks it with the returned
     * reference and their phone number.
     *
     * @throws vn.motcua.engine.InvalidSubmissionException with every field error (unknown unit, procedure or
     *                                                      dossier, invalid phone, empty text)
     */
    FeedbackView sendFeedback(FeedbackCommand command);

    /** Feedback by reference and the sender's phone; empty, identically, for an unknown reference and a wrong phone. */
    Optional<FeedbackView> trackFeedback(String reference, String phone);

    /** Feedback by reference, for staff; the caller checks the officer's unit against {@link FeedbackView#unitCode()}. */
    Optional<FeedbackView> findFeedback(String reference);

    /**
     * The sender rates the answer to their feedback, once: 1 (không hài lòng), 2 (hài lòng), 3 (rất hài lòng).
     *
     * @return the feedback with the rating; empty, identically, for an unknown reference and a wrong phone
     * @throws vn.motcua.engine.InvalidSubmissionException when the rating is not 1, 2 or 3
     * @throws vn.motcua.engine.feedback.FeedbackRefusedException NOT_ANSWERED before the answer, CHANGED once rated
     */
    Optional<FeedbackView> rateFeedbackAnswer(String reference, String phone, Integer rating);

    /**
     * Answers feedback, once.
     *
     * @return the answered feedback; empty when unknown or already answered
     */
    Optional<FeedbackView> answerFeedback(String reference, String answer, String answeredBy);
}
