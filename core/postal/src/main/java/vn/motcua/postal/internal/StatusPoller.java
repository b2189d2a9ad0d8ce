package vn.motcua.postal.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.postal.spi.PostalPartner;
import vn.motcua.postal.spi.Tracking;
import vn.motcua.storage.DossierStore;
import vn.motcua.storage.PostalOrderRecord;

/**
 * Asks the postal partner for the status of accepted, unfinished orders whose next poll is due, and records changes
 * (decision 1131: polled, not a callback). Several nodes may poll the same order: asking twice is harmless and the
 * update writes nothing when the status did not change. A partner that fails or does not know the number is asked
 * again at the next interval; the order is never lost or marked failed because of it.
 */
final class StatusPoller {

    private static final Logger LOG = LoggerFactory.getLogger(StatusPoller.class);

    private final PostalPartner partner;
    private final DossierStore store;
    private final Clock clock;
    private final Duration interval;
    private final int batch;

    StatusPoller(PostalPartner partner, DossierStore store, Clock clock, Duration interval, int batch) {
        this.partner = partner;
        this.store = store;
        this.clock = clock;
        this.interval = interval;
        this.batch = batch;
    }

    /** One round. @return the number of orders whose status changed */
    int round() {
        Instant now = clock.instant();
        List<PostalOrderRecord> due = store.inTransaction(tx -> tx.postal().duePolls(now, batch));
        int changed = 0;
        for (PostalOrderRecord o : due) {
            Instant next = clock.instant().plus(interval);
            Optional<Tracking> t;
            try {
                t = partner.track(o.consignmentNo());
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    return changed;
                }
                LOG.info("postal status of {} ({}) not read: {}; asking again later", o.consignmentNo(), o.dossierCode(), e.toString());
                store.inTransaction(tx -> {
                    tx.postal().pollLater(o.id(), next);
                    return null;
                });
                continue;
            }
            if (t.isEmpty()) {
                store.inTransaction(tx -> {
                    tx.postal().pollLater(o.id(), next);
                    return null;
                });
                continue;
            }
            Tracking s = t.get();
            Instant poll = PostalOrderRecord.FINAL.contains(s.status()) ? null : next;
            if (store.inTransaction(tx -> tx.postal().status(o.id(), s.status(), s.text(), clock.instant(), poll))) {
                changed++;
            }
        }
        return changed;
    }
}
