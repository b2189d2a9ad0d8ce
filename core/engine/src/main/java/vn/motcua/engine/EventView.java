package vn.motcua.engine;

import java.time.Instant;
import java.util.Map;

/**
 * One event of a dossier's history as staff see it.
 *
 * @param seq      1, 2, 3…
 * @param at       when
 * @param actor    account id
 * @param role     role acted in
 * @param unitCode unit acted for; null for the applicant
 * @param action   wire name of the action, or {@code submit}
 * @param from     status before; null for the submission
 * @param to       status after
 * @param note     note; may be null
 * @param internal the note is internal
 * @param payload  details: step ids, deadlines, timing…
 */
public record EventView(int seq, Instant at, String actor, ActorRole role, String unitCode, String action,
                        DossierStatus from, DossierStatus to, String note, boolean internal, Map<String, Object> payload) {
}
