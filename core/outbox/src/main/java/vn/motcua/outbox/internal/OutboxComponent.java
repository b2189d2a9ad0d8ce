package vn.motcua.outbox.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.outbox.Outbox;
import vn.motcua.outbox.OutboxEntry;
import vn.motcua.outbox.spi.Transport;
import vn.motcua.storage.DossierStore;

/**
 * The outbox in OSGi: the {@link Outbox} service for the console and the citizen's page, and the delivery worker that runs
 * on every node, with the {@link Transport} services the channel adapters register.
 *
 * <p>Framework properties: {@code motcua.outbox.interval.millis} (pause when nothing is due, default 1000; 0 or less switches
 * delivery off on this node), {@code motcua.outbox.batch} (200), {@code motcua.outbox.threads} (delivery threads, 8),
 * {@code motcua.outbox.timeout.seconds} (longest wait for a partner, 15), {@code motcua.outbox.retry.seconds} (first
 * back-off, 30), {@code motcua.outbox.attempts} (then a dead letter, 8), {@code motcua.node.id} (default: random).
 */
@Component(service = Outbox.class, immediate = true)
public final class OutboxComponent implements Outbox {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxComponent.class);

    private final Map<String, Transport> transports = new ConcurrentHashMap<>();
    private final OutboxQueries queries;
    private final ScheduledExecutorService timer;
    private final ExecutorService deliveries;

    @Activate
    public OutboxComponent(@Reference DossierStore store, BundleContext context) {
        this.queries = new OutboxQueries(store, Clock.systemUTC());
        long interval = number(context.getProperty("motcua.outbox.interval.millis"), 1000);
        if (interval <= 0) {
            LOG.info("outbox delivery off on this node (motcua.outbox.interval.millis={})", interval);
            this.timer = null;
            this.deliveries = null;
            return;
        }
        int threads = (int) Math.max(1, number(context.getProperty("motcua.outbox.threads"), 8));
        Duration timeout = Duration.ofSeconds(Math.max(1, number(context.getProperty("motcua.outbox.timeout.seconds"), 15)));
        String node = Optional.ofNullable(context.getProperty("motcua.node.id")).filter(s -> !s.isBlank())
                .orElse("node-" + UUID.randomUUID().toString().substring(0, 8));
        OutboxPass.Settings settings = OutboxPass.Settings.of(node,
                (int) Math.max(1, number(context.getProperty("motcua.outbox.batch"), 200)), timeout,
                Duration.ofSeconds(Math.max(1, number(context.getProperty("motcua.outbox.retry.seconds"), 30))),
                (int) Math.max(1, number(context.getProperty("motcua.outbox.attempts"), 8)));
        AtomicInteger n = new AtomicInteger();
        this.deliveries = Executors.newFixedThreadPool(threads, r -> daemon(r, "motcua-outbox-delivery-" + n.incrementAndGet()));
        OutboxPass pass = new OutboxPass(store, channel -> Optional.ofNullable(transports.get(channel)),
                () -> List.copyOf(transports.keySet()), deliveries, Clock.systemUTC(), settings);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "motcua-outbox"));
        timer.scheduleWithFixedDelay(() -> runSafely(pass), Math.min(interval, 2000), interval, TimeUnit.MILLISECONDS);
        LOG.info("outbox delivery as {}: every {} ms, {} per round, {} threads, partner timeout {}", node, interval,
                settings.batch(), threads, timeout);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static void runSafely(OutboxPass pass) {
        try {
            pass.drain();
        } catch (RuntimeException e) {
            // Database away or shutting down: the messages stay in the outbox and the next round takes them.
            LOG.warn("outbox round failed: {}", e.toString());
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addTransport(Transport transport) {
        Transport before = transports.put(transport.channel(), transport);
        LOG.info("outbox channel {} on ({}){}", transport.channel(), transport.getClass().getName(),
                before == null ? "" : ", replacing " + before.getClass().getName());
    }

    void removeTransport(Transport transport) {
        if (transports.remove(transport.channel(), transport)) {
            LOG.info("outbox channel {} off; its messages wait", transport.channel());
        }
    }

    @Deactivate
    void deactivate() {
        if (timer != null) {
            // shutdown, not shutdownNow: interrupting a database call would close H2's file channel. Deliveries in
            // flight may be cut: their claims run out and another round delivers them again with the same key.
            timer.shutdown();
            try {
                timer.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            deliveries.shutdownNow();
        }
    }

    @Override
    public List<OutboxEntry> pending(int limit) {
        return queries.pending(limit);
    }

    @Override
    public List<OutboxEntry> failed(int limit) {
        return queries.failed(limit);
    }

    @Override
    public List<OutboxEntry> sentFor(String dossierCode) {
        return queries.sentFor(dossierCode);
    }

    @Override
    public boolean resend(String id) {
        return queries.resend(id);
    }

    @Override
    public Map<String, Long> countByStatus() {
        return queries.countByStatus();
    }

    private static long number(String value, long fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            LOG.warn("not a number: {}; using {}", value, fallback);
            return fallback;
        }
    }
}
