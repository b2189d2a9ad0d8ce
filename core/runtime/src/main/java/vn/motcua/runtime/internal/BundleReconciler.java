package vn.motcua.runtime.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.runtime.deploy.BundleStorage;
import vn.motcua.runtime.deploy.BundleSync;

/**
 * Every {@code motcua.bundles.poll.millis} (1000 ms), reconciles this node's framework to the shared bundles
 * (decision 1413): when the change number moved, each row whose revision this node has not applied yet is handed to
 * the deploy folder. Reads only, and applies only to this node, so every node runs it at once. A failed pass (database
 * down) is logged once and retried at the next tick; a row that fails on this node is reported in its bundle list.
 * When no pass has succeeded for ten intervals (at least 10 s), {@link #sync()} says the node is out of step and the
 * readiness check takes it out of the balancer (decision 1414).
 */
final class BundleReconciler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BundleReconciler.class);

    private final BundleStorage storage;
    private final DeployFolder folder;
    private final Map<String, Long> applied = new HashMap<>();
    private final ScheduledExecutorService timer;
    private long seen = Long.MIN_VALUE;
    private final Clock clock;
    private final Duration staleAfter;
    private final java.time.Instant since;
    private volatile java.time.Instant lastSuccessAt;
    private volatile String lastError;

    BundleReconciler(BundleStorage storage, DeployFolder folder, long intervalMillis) {
        this.storage = storage;
        this.folder = folder;
        this.clock = Clock.systemUTC();
        this.staleAfter = Duration.ofMillis(Math.max(10_000, 10 * intervalMillis));
        this.since = clock.instant();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "motcua bundle reconciliation");
            t.setDaemon(true);
            return t;
        });
        timer.execute(this::seedSafely);
        timer.scheduleWithFixedDelay(this::passSafely, 0, intervalMillis, TimeUnit.MILLISECONDS);
    }

    /** The first node of an empty storage stores the jars it runs, so that the others get them. */
    private void seedSafely() {
        try {
            if (storage.desired().isEmpty()) {
                folder.accepted().forEach((file, jar) -> storage.store(file, jar, folder.state(file), false));
            }
        } catch (RuntimeException | IOException e) {
            LOG.warn("shared bundles: could not store this node's bundles ({}); they stay local until changed", e.toString());
        }
    }

    private void passSafely() {
        try {
            pass();
            lastSuccessAt = clock.instant();
            if (lastError != null) {
                LOG.info("shared bundles: the database answers again");
                lastError = null;
            }
        } catch (RuntimeException | IOException e) {
            if (lastError == null) {
                LOG.warn("shared bundles: reconciliation failed, will retry ({})", e.toString());
            }
            lastError = e.toString(); // the last failure is what readiness reports (decision 1414)
        }
    }

    /** One reconciliation: cheap when nothing changed (one row read). */
    void pass() throws IOException {
        long number = storage.changeNumber();
        if (number == seen) {
            return;
        }
        for (BundleStorage.Desired d : storage.desired()) {
            Long done = applied.get(d.file());
            if (done != null && done >= d.revision()) {
                continue;
            }
            folder.reconcile(d, () -> storage.jar(d.file()));
            applied.put(d.file(), d.revision());
        }
        seen = number;
    }

    /** Whether this node keeps up with the shared bundles (read by the readiness check). */
    BundleSync sync() {
        return new BundleSync(true, since, lastSuccessAt, lastError, staleAfter);
    }

    /** The setting, at least 100 ms. */
    static final ChangePoller.Setting INTERVAL = new ChangePoller.Setting("motcua.bundles.poll.millis", 1000, 100);

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
