package vn.motcua.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import vn.motcua.api.procedure.Role;

/**
 * The dossier lifecycle. Thread-safe; every method that changes a dossier commits durably before it returns.
 *
 * <p>The engine is the one authority on staff access (decision 1310): every staff-facing call takes the staff member
 * ({@link StaffPrincipal}, or {@link Actor#of(StaffPrincipal)} for actions). A dossier the member may not see does not
 * exist for it: empty or {@link DossierNotFoundException}, exactly as for an unknown code. An action it sees but may not
 * perform in the roles it holds at the unit that must act is {@link StaffAccessRefusedException}.
 */
@ProviderType
public interface DossierEngine {

    /**
     * Validates and stores a submission. The dossier gets its code at once (the applicant's receipt and lookup
     * need it). ONLINE submissions wait for the counter's check ({@link DossierStatus#SUBMITTED}); COUNTER and
     * POSTAL submissions entered by a one-stop officer with {@link SubmitCommand#receiveNow()} are accepted in the
     * same transaction.
     *
     * @throws InvalidSubmissionException     with every field error; nothing is stored
     * @throws ProcedureUnavailableException  the procedure is not offered at the unit now
     * @throws ActorNotPermittedException     the actor may not submit by this channel at this unit
     * @throws IdempotencyKeyReusedException  the key was used for a different submission
     */
    SubmitResult submit(SubmitCommand command);

    /**
     * Checks a submission exactly as {@link #submit} would and stores nothing, for a "check your answers" page
     * before the applicant sends (issue 13). A later {@code submit} checks again: the answer may change with the day.
     *
     * @throws InvalidSubmissionException     with every field error
     * @throws ProcedureUnavailableException  the procedure is not offered at the unit now
     * @throws ActorNotPermittedException     the actor may not submit by this channel at this unit
     */
    void check(SubmitCommand command);

    /**
     * Performs an action on a dossier.
     *
     * @throws DossierNotFoundException       no such dossier, or (for the applicant) a wrong second factor: the same
     *                                        answer, given before any state check, so a guess tells nothing
     * @throws ActionNotAllowedException      not allowed in the current state; lists the allowed actions
     * @throws DossierNotFoundException       also for a staff member who may not see the dossier, before any state check
     * @throws StaffAccessRefusedException    allowed, but the staff member lacks the role it needs at the unit that must
     *                                        act (a control officer, for one, acts on nothing)
     * @throws ActorNotPermittedException     the actor accepted the dossier and now approves it (segregation of duties,
     *                                        decision 1602), or a caller named the platform's own system role
     * @throws ConcurrentChangeException      another action changed the dossier first (or {@code expectedVersion} is stale)
     * @throws InvalidSubmissionException     a required note or new appointment is missing, or an upload is invalid
     */
    ActionResult act(String code, ActionCommand command);

    /**
     * The citizen's view of a dossier, given its code and the applicant's phone number or personal identification
     * number. Empty, identically, for an unknown code and for a wrong second factor.
     */
    Optional<CitizenView> lookup(String code, String phoneOrCitizenId);

    /**
     * The full view of a dossier for a staff member, including internal notes and the actions it may perform.
     *
     * @return empty, identically, for an unknown code and for a dossier the member may not see
     * @since 2.0
     */
    Optional<DossierView> find(String code, StaffPrincipal who);

    /**
     * The new appointment an apology form should propose: the work that remains, counted from now by the working
     * calendar of the receiving unit, and at least a working day after the current appointment. Empty when no
     * apology may be issued (unknown dossier or not seen by {@code who}, wrong state, or the apology was already issued).
     *
     * @since 2.0
     */
    Optional<java.time.Instant> proposeNewAppointment(String code, StaffPrincipal who);

    /**
     * The content of one attachment of a dossier (a file the applicant uploaded, or an electronic result), for a staff
     * member who may see the dossier. The caller records the access.
     *
     * @return empty if the dossier has no attachment with that id, or {@code who} may not see the dossier
     * @since 2.0
     */
    Optional<AttachmentFile> attachment(String code, String attachmentId, StaffPrincipal who);

    /**
     * The work queue of a unit and role, most urgent step first.
     *
     * @throws StaffAccessRefusedException {@code who} does not hold the role in that unit
     * @since 2.0
     */
    List<DossierSummary> queue(String unitCode, Role role, QueueFilter filter, StaffPrincipal who);

    /**
     * The officer's work list: the queues of every unit and processing role {@code who} holds (roles hold per unit),
     * merged in one order, so that the API and the workspace list the same lines in the same order (decision 1323).
     * Within a queue the order is the storage's (the time by which the unit owes the next move); between queues the
     * earlier obligation comes first, and a line without a step deadline (an online dossier waiting for the counter's
     * check) counts as due now, never last. A dossier in two of the officer's queues is listed once, at its first place.
     *
     * @param filter statuses and paging: the first {@code offset + limit} lines of every queue are read (at most
     *               1,000 each), merged, then {@code offset} lines skipped and {@code limit} kept
     * @return empty for an account that holds no processing role
     * @since 2.1
     */
    WorkList workList(QueueFilter filter, StaffPrincipal who);

    /**
     * The dossiers whose applicant gave this phone number or personal identification number, among those received in
     * the last 366 days by one of {@code who}'s units, not yet received there, or now at one of them; newest code
     * first. Only dossiers {@code who} may see. The numbers are stored as hashes salted with each dossier's code
     * (decision 0303), so this compares them one dossier at a time: a counter search, not a city-wide one.
     *
     * @param number a phone number (0…, +84…) or a 12-digit personal identification number; punctuation is ignored
     * @return at most {@code limit} dossiers; empty when the number has no digits
     * @since 2.1
     */
    List<DossierSummary> findByApplicantNumber(String number, int limit, StaffPrincipal who);

    /**
     * How the dossier's appointment and current step deadline were computed, recomputed by the working calendar
     * from the stored receipt time, limit and clock stops.
     *
     * @throws DossierNotFoundException no such dossier, or {@code who} may not see it
     * @since 2.0
     */
    DeadlineReport explainDeadline(String code, StaffPrincipal who);

    /**
     * Recomputes the hash chain of the dossier's events and compares it with the stored hashes and the dossier's
     * head hash; detects edited, inserted and deleted events.
     *
     * @throws DossierNotFoundException no such dossier, or {@code who} may not see it
     * @since 2.0
     */
    HistoryVerification verifyHistory(String code, StaffPrincipal who);

    /** Number of dossiers per status, for metrics. Statuses without dossiers are 0. */
    Map<DossierStatus, Long> countByStatus();

    /**
     * Claims the due-soon and overdue alerts whose time has come. Each alert is handed to exactly one caller, also
     * when several nodes poll at once; reads only the index on the next alert time. A claimed alert is recorded on the
     * dossier in the same transaction: an internal {@code due-soon} or {@code overdue} event by the system in the staff
     * history (not in the citizen's timeline; the status and the version stay as they were) and the alert level.
     *
     * @param limit at most this many
     */
    List<DueAlert> claimDueAlerts(int limit);
}
