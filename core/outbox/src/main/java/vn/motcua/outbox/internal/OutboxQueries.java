package vn.motcua.outbox.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.motcua.outbox.OutboxEntry;
import vn.motcua.storage.DossierStore;
import vn.motcua.storage.OutboxRecord;

/** {@link vn.motcua.outbox.Outbox}'s reads and the manual re-send, over the store. */
final class OutboxQueries {

    private static final int MAX = 1000;
    /**
     * Messages to partners about a dossier, not to its applicant: the postal order (shown on the dossier page as the
     * consignment, decision 1131), the national portal's status push (decision 1132) and the refund order to the payment
     * gateway (decision 1130).
     */
    static final java.util.Set<String> PARTNER_CHANNELS = java.util.Set.of("POSTAL", "DVCQG", "PAYMENT");

    private final DossierStore store;
    private final Clock clock;

    OutboxQueries(DossierStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    List<OutboxEntry> pending(int limit) {
        return store.inTransaction(tx -> tx.outbox().unsent(bounded(limit)))
                .stream().map(r -> entry(r, r.recipient())).toList();
    }

    List<OutboxEntry> failed(int limit) {
        return store.inTransaction(tx -> tx.outbox().dead(bounded(limit)))
                .stream().map(r -> entry(r, r.recipient())).toList();
    }

    List<OutboxEntry> sentFor(String dossierCode) {
        return store.inTransaction(tx -> tx.outbox().ofDossier(dossierCode)).stream()
                .filter(r -> !PARTNER_CHANNELS.contains(r.channel()))
                .map(r -> entry(r, mask(r.recipient()))).toList();
    }

    boolean resend(String id) {
        return store.inTransaction(tx -> tx.outbox().resend(id, clock.instant()));
    }

    Map<String, Long> countByStatus() {
        return store.inTransaction(tx -> tx.outbox().countByStatus());
    }

    private static int bounded(int limit) {
        return Math.max(1, Math.min(MAX, limit));
    }

    private static OutboxEntry entry(OutboxRecord r, String recipient) {
        return new OutboxEntry(r.id(), r.dossierCode(), r.channel(), recipient, r.template(), r.subject(), r.body(), r.status(),
                r.attempts(), r.nextAttemptAt(), r.createdAt(), r.sentAt(), r.lastAnswer());
    }

    /** {@code a***@example.vn}, {@code 091****678}: enough for the applicant to recognise, not to read off a screen. */
    static String mask(String recipient) {
        int at = recipient.indexOf('@');
        if (at > 0) {
            return recipient.charAt(0) + "***" + recipient.substring(at);
        }
        if (recipient.length() >= 7) {
            return recipient.substring(0, 3) + "*".repeat(recipient.length() - 6) + recipient.substring(recipient.length() - 3);
        }
        return "***";
    }
}
