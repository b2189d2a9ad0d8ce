package vn.motcua.outbox.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.outbox.spi.Delivery;
import vn.motcua.outbox.spi.OutgoingMessage;
import vn.motcua.outbox.spi.Transport;
import vn.motcua.storage.DossierStore;
import vn.motcua.storage.OutboxClaim;
import vn.motcua.storage.OutboxRecord;

/**
 * One round of delivery: claim a batch of due messages (compare-and-set, one transaction), deliver them in parallel on
 * the delivery threads with a deadline, record every outcome (one transaction). A node that dies between delivery and
 * record loses its claim when the lease ends; another node delivers again with the same idempotency key (decision 1100).
 */
public final class OutboxPass {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxPass.class);

    /** How a pass is tuned. @param lease must be longer than {@code timeout}, or a slow delivery is taken over */
    public record Settings(String node, int batch, Duration timeout, Duration lease, Backoff backoff) {
        /** Settings with the standard back-off ({@code firstRetry} doubling, at most 1 h) and a lease of 4 × timeout. */
        public static Settings of(String node, int batch, Duration timeout, Duration firstRetry, int attempts) {
            return new Settings(node, batch, timeout, timeout.multipliedBy(4), Backoff.standard(firstRetry, attempts));
        }
    }

    private final DossierStore store;
    private final Function<String, Optional<Transport>> transports;
    private final Supplier<List<String>> channels;
    private final ExecutorService deliveries;
    private final Clock clock;
    private final Settings settings;

    public OutboxPass(DossierStore store, Function<String, Optional<Transport>> transports, Supplier<List<String>> channels,
               ExecutorService deliveries, Clock clock, Settings settings) {
        this.store = store;
        this.transports = transports;
        this.channels = channels;
        this.deliveries = deliveries;
        this.clock = clock;
        this.settings = settings;
    }

    /** Runs rounds until one finds fewer due messages than a batch. @return messages attempted */
    public int drain() {
        int total = 0;
        int n;
        do {
            n = round();
            total += n;
        } while (n >= settings.batch());
        return total;
    }

    /** One round. @return the number of messages claimed and attempted */
    public int round() {
        List<String> open = channels.get();
        if (open.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        List<OutboxRecord> due = store.inTransaction(tx -> tx.outbox().due(now, open, settings.batch()));
        if (due.isEmpty()) {
            return 0;
        }
        Instant leaseUntil = now.plus(settings.lease());
        // Candidates in index order, so concurrent claimers lock rows in the same order and cannot deadlock.
        List<OutboxRecord> claimed = store.inTransaction(tx -> {
            List<OutboxRecord> won = new ArrayList<>();
            for (OutboxRecord r : due) {
                if (tx.outbox().claim(r.id(), r.nextAttemptAt(), leaseUntil, settings.node())) {
                    won.add(r);
                }
            }
            return won;
        });
        List<Future<Delivery>> answers = new ArrayList<>(claimed.size());
        for (OutboxRecord r : claimed) {
            OutgoingMessage m = new OutgoingMessage(r.id(), r.channel(), r.recipient(), r.template(), r.subject(), r.body(),
                    r.dossierCode(), r.attempts() + 1);
            answers.add(deliveries.submit(() -> deliver(m)));
        }
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        List<Delivery> outcomes = new ArrayList<>(claimed.size());
        for (Future<Delivery> f : answers) {
            outcomes.add(await(f, deadline));
        }
        Instant done = clock.instant();
        store.inTransaction(tx -> {
            for (int i = 0; i < claimed.size(); i++) {
                OutboxRecord r = claimed.get(i);
                int attempt = r.attempts() + 1;
                OutboxClaim claim = new OutboxClaim(r.id(), leaseUntil, settings.node(), attempt);
                Delivery d = outcomes.get(i);
                boolean kept = switch (d.outcome()) {
                    case ACCEPTED -> tx.outbox().markSent(claim, done, d.answer(), d.partnerRef());
                    case REFUSED -> tx.outbox().markDead(claim, d.answer());
                    case RETRY -> settings.backoff().exhausted(attempt)
                            ? tx.outbox().markDead(claim, d.answer() + " (hết " + attempt + " lần thử)")
                            : tx.outbox().markRetry(claim, done.plus(settings.backoff().after(attempt)), d.answer());
                };
                if (!kept) {
                    LOG.warn("outbox message {} ({}): the claim of attempt {} ran out before its outcome {} was recorded; "
                            + "another node delivers it again with the same idempotency key", r.id(), r.channel(), attempt, d.outcome());
                } else if (d.outcome() != Delivery.Outcome.ACCEPTED) {
                    LOG.info("outbox message {} ({}) attempt {}: {} {}", r.id(), r.channel(), attempt, d.outcome(), d.answer());
                }
            }
            return null;
        });
        return claimed.size();
    }

    private Delivery deliver(OutgoingMessage m) {
        Optional<Transport> t = transports.apply(m.channel());
        if (t.isEmpty()) {
            return Delivery.retry("Kênh " + m.channel() + " vừa bị tắt; gửi lại khi bật.");
        }
        try {
            Delivery d = t.get().deliver(m);
            return d == null ? Delivery.retry("adapter " + m.channel() + " returned no answer") : d;
        } catch (Exception e) {
            return Delivery.retry(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private Delivery await(Future<Delivery> f, long deadline) {
        try {
            return f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            // A partner that hangs: the attempt counts as failed and is retried; the thread is interrupted.
            f.cancel(true);
            return Delivery.retry("Đối tác không trả lời trong " + settings.timeout().toSeconds() + " giây.");
        } catch (ExecutionException e) {
            return Delivery.retry(String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            f.cancel(true);
            return Delivery.retry("interrupted");
        }
    }
}
