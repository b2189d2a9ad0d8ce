package vn.motcua.engine;

import vn.motcua.calendar.Timeliness;

/**
 * The answer to an action.
 *
 * @param code      the dossier
 * @param action    what was done
 * @param from      status before
 * @param to        status after
 * @param step      the current step after the action; null when not processing
 * @param version   the new dossier version
 * @param eventSeq  sequence number of the event recorded
 * @param timing    for a hand-over or decision: early, on time or late against the step's deadline; null otherwise
 * @param replayed  true when this is the remembered answer to an earlier request with the same idempotency key
 */
public record ActionResult(String code, DossierAction action, DossierStatus from, DossierStatus to, String step,
                           long version, int eventSeq, Timeliness timing, boolean replayed) {
}
