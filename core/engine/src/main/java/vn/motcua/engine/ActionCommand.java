package vn.motcua.engine;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An action on a dossier. Build with {@link #of} and the {@code with…} methods:
 * <pre>{@code
 * ActionCommand.of(DossierAction.REJECT, officer).withNote("Không đủ điều kiện").withExpectedVersion(7)
 * }</pre>
 *
 * @param action          what to do
 * @param actor           who does it
 * @param note            reason, guidance or remark; required for REFUSE, REJECT, REQUEST_SUPPLEMENT, ISSUE_APOLOGY, EXTEND
 * @param internalNote    true to keep the note out of the citizen's timeline
 * @param expectedVersion the dossier version the actor saw; a different current version is a conflict; null to act
 *                        on the current version (two concurrent actions still cannot both succeed)
 * @param newAppointment  ISSUE_APOLOGY: the new appointment, after the current one; EXTEND: the extended appointment,
 *                        at most the declared extension later (null: the whole extension)
 * @param secondFactor    for a CITIZEN actor: the applicant's phone or personal identification number
 * @param uploads         files sent with SUPPLEMENT_RECEIVED
 * @param idempotencyKey  a retried action with the same key returns the first answer; may be null
 */
public record ActionCommand(DossierAction action, Actor actor, String note, boolean internalNote, Long expectedVersion,
                            Instant newAppointment, String secondFactor, List<Upload> uploads, String idempotencyKey) {
    public ActionCommand {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        uploads = uploads == null ? List.of() : List.copyOf(uploads);
    }

    public static ActionCommand of(DossierAction action, Actor actor) {
        return new ActionCommand(action, actor, null, false, null, null, null, List.of(), null);
    }

    public ActionCommand withNote(String text) {
        return new ActionCommand(action, actor, text, internalNote, expectedVersion, newAppointment, secondFactor, uploads, idempotencyKey);
    }

    public ActionCommand withInternalNote(String text) {
        return new ActionCommand(action, actor, text, true, expectedVersion, newAppointment, secondFactor, uploads, idempotencyKey);
    }

    public ActionCommand withExpectedVersion(long version) {
        return new ActionCommand(action, actor, note, internalNote, version, newAppointment, secondFactor, uploads, idempotencyKey);
    }

    public ActionCommand withNewAppointment(Instant at) {
        return new ActionCommand(action, actor, note, internalNote, expectedVersion, at, secondFactor, uploads, idempotencyKey);
    }

    public ActionCommand withSecondFactor(String factor) {
        return new ActionCommand(action, actor, note, internalNote, expectedVersion, newAppointment, factor, uploads, idempotencyKey);
    }

    public ActionCommand withUploads(List<Upload> files) {
        return new ActionCommand(action, actor, note, internalNote, expectedVersion, newAppointment, secondFactor, files, idempotencyKey);
    }

    /** The same command by another actor; the engine uses it to record the role it resolved for a staff member. */
    public ActionCommand withActor(Actor who) {
        return new ActionCommand(action, who, note, internalNote, expectedVersion, newAppointment, secondFactor, uploads, idempotencyKey);
    }

    public ActionCommand withIdempotencyKey(String key) {
        return new ActionCommand(action, actor, note, internalNote, expectedVersion, newAppointment, secondFactor, uploads, key);
    }
}
