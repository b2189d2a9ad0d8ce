package vn.motcua.engine.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.motcua.storage.DossierStore;
import vn.motcua.storage.FollowedEvent;
import vn.motcua.storage.OutboxRecord;
import vn.motcua.storage.SettledMark;
import vn.motcua.storage.StoreTransaction;

/**
 * Copies the messages that dossier events carry ({@link Notifications#forEvent}) into the outbox, following the events
 * by id (decision 1103). The engine's transaction writes only the event; this writes many messages per transaction,
 * off the engine's path, where the outbox's rows and indexes cost a fraction of what they cost per dossier action.
 *
 * <p>Nothing is lost or sent twice: the mark moves only in the transaction that writes the messages up to it; events
 * past the mark (a gap that may still fill, a crash) are read again and their messages, whose ids come from the event,
 * are skipped when already there. The conditional move of the mark serialises several nodes. Thread-safe.
 */
public final class NotificationFeed {

    static final String MARK = "outbox-notifications";
    /** How long a transaction may take between stamping its event and committing (as the other followers'). */
    static final Duration SETTLE = Duration.ofSeconds(10);
    private static final int PAGE = 500;

    private final DossierStore store;
    private final Notifications notifications;
    private final Clock clock;

    public NotificationFeed(DossierStore store, Clock clock) {
        this.store = store;
        this.notifications = new Notifications(new Json());
        this.clock = clock;
    }

    /**
     * Writes the messages of the events not yet followed, a page per transaction.
     *
     * @return how many messages were written now
     */
    public int catchUp() {
        long cursor = store.inTransaction(tx -> tx.eventMark(MARK));
        SettledMark settled = new SettledMark(cursor, clock.instant().minus(SETTLE));
        int written = 0;
        while (true) {
            long expected = settled.mark();
            long after = cursor;
            List<FollowedEvent> page = store.inTransaction(tx -> tx.eventsAfter(after, Notifications.PAYLOAD_KEY, PAGE));
            if (page.isEmpty()) {
                return written;
            }
            page.forEach(e -> settled.read(e.fed()));
            long mark = settled.mark();
            Optional<Integer> ours = store.inTransaction(tx -> tx.moveEventMark(MARK, expected, mark)
                    ? Optional.of(write(tx, page)) : Optional.empty()); // another node moved it: its pass covers ours
            if (ours.isEmpty()) {
                return written;
            }
            written += ours.get();
            if (page.size() < PAGE) {
                return written;
            }
            cursor = page.get(page.size() - 1).id();
        }
    }

    /** The page's messages in two statements and one batch: a few per page, not a few per message. */
    private int write(StoreTransaction tx, List<FollowedEvent> page) {
        List<FollowedEvent> carrying = page.stream().filter(e -> e.payloadJson() != null).toList();
        if (carrying.isEmpty()) {
            return 0;
        }
        Map<String, String> applicants = tx.applicants(carrying.stream().map(FollowedEvent::dossierCode).collect(Collectors.toSet()));
        List<OutboxRecord> messages = new ArrayList<>();
        for (FollowedEvent e : carrying) {
            messages.addAll(notifications.outboxMessages(e, applicants.get(e.dossierCode())));
        }
        return tx.outbox().insertAbsent(messages);
    }
}
