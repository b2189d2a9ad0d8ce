package vn.motcua.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.motcua.api.procedure.Channel;

/**
 * A submission.
 *
 * @param procedureCode  national procedure code
 * @param unitCode       the receiving unit
 * @param channel        how it arrives: ONLINE (the applicant), COUNTER or POSTAL (entered by a one-stop officer); POSTAL
 *                       by the applicant ({@link Actor#citizen()}) asks the post to collect the paper dossier at the
 *                       applicant's address, which is then required (decision 1133)
 * @param resultChannel  how the result goes back; must be one the procedure offers
 * @param applicant      the applicant
 * @param formData       form values by field id; FILE fields are filled from {@code uploads}
 * @param uploads        files for FILE fields
 * @param actor          {@link Actor#citizen()} for ONLINE and a pickup request, a one-stop officer of the unit otherwise
 * @param receiveNow     COUNTER/POSTAL only: the officer checked the dossier and receives it at once
 * @param idempotencyKey a retried submission with the same key returns the first answer; may be null
 * @param notifications  how the applicant asked to be told of changes (opt-in per dossier): {@link Notify#EMAIL} to the
 *                       applicant's e-mail, {@link Notify#SMS} to the applicant's phone; empty: no messages
 */
public record SubmitCommand(String procedureCode, String unitCode, Channel channel, Channel resultChannel,
                            Applicant applicant, Map<String, Object> formData, List<Upload> uploads, Actor actor,
                            boolean receiveNow, String idempotencyKey, Set<Notify> notifications) {

    /** A channel the applicant may opt in to, at submission, for messages about the dossier. */
    public enum Notify {
        EMAIL, SMS
    }

    /** A submission without notifications. */
    public SubmitCommand(String procedureCode, String unitCode, Channel channel, Channel resultChannel, Applicant applicant,
                         Map<String, Object> formData, List<Upload> uploads, Actor actor, boolean receiveNow, String idempotencyKey) {
        this(procedureCode, unitCode, channel, resultChannel, applicant, formData, uploads, actor, receiveNow, idempotencyKey, Set.of());
    }

    /** The same submission with notifications through {@code channels}. */
    public SubmitCommand withNotify(Set<Notify> channels) {
        return new SubmitCommand(procedureCode, unitCode, channel, resultChannel, applicant, formData, uploads, actor, receiveNow,
                idempotencyKey, channels);
    }

    public SubmitCommand {
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(actor, "actor");
        resultChannel = resultChannel == null ? channel : resultChannel;
        formData = formData == null ? Map.of() : formData;
        uploads = uploads == null ? List.of() : List.copyOf(uploads);
        notifications = notifications == null ? Set.of() : Set.copyOf(notifications);
    }
}
