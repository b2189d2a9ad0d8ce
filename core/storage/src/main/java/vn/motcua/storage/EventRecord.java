package vn.motcua.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * One appended, hash-chained event of a dossier. Events are never updated or deleted.
 *
 * @param dossierCode the dossier
 * @param seq         1, 2, 3… per dossier
 * @param at          when it happened
 * @param actor       account id of who did it ({@code citizen} for the applicant, {@code system} for the platform)
 * @param actorRole   the actor's role
 * @param unitCode    the unit on whose behalf the actor acted; may be null for the applicant
 * @param action      what was done, e.g. {@code accept}
 * @param fromState   status before
 * @param toState     status after
 * @param note        free text; may be null
 * @param internal    true when the note is for staff only and is left out of the citizen timeline
 * @param payloadJson structured details (step ids, deadlines, timing class…) as JSON
 * @param payloadHash SHA-256 of {@code payloadJson}
 * @param prevHash    hash of the previous event, or 64 zeros for the first
 * @param hash        SHA-256 over all the fields above
 */
public record EventRecord(String dossierCode, int seq, Instant at, String actor, String actorRole, String unitCode,
                          String action, String fromState, String toState, String note, boolean internal,
                          String payloadJson, String payloadHash, String prevHash, String hash) {
    public EventRecord {
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(hash, "hash");
    }
}
