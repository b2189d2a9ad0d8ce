package vn.motcua.storage;

import java.time.Instant;

/**
 * An event as a follower of the events reads it (decisions 1011, 1103): in the order of its id, with its payload only
 * when the follower asked for the events carrying a given payload key and this one does.
 *
 * @param id          increasing with insertion (a sequence): not necessarily with commit order across transactions
 * @param dossierCode the dossier
 * @param seq         the event's number in its dossier
 * @param hash        the event's chain hash
 * @param at          when it occurred
 * @param payloadJson the payload, or null when it does not carry the key asked for
 */
public record FollowedEvent(long id, String dossierCode, int seq, String hash, Instant at, String payloadJson) {

    /** The view a {@link SettledMark} reads. */
    public FedEvent fed() {
        return new FedEvent(id, dossierCode, seq, null, at);
    }
}
