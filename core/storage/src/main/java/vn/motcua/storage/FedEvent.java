package vn.motcua.storage;

import java.time.Instant;

/**
 * One event as a follower of the events table reads it, in the order of {@code id} (decision 1011).
 *
 * @param id          increasing with insertion (a sequence): not necessarily with commit order across transactions
 * @param dossierCode the dossier
 * @param seq         the event's number in its dossier
 * @param actor       who wrote it
 * @param at          when it occurred
 */
public record FedEvent(long id, String dossierCode, int seq, String actor, Instant at) {
}
