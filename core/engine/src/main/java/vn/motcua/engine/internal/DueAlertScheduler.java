package vn.motcua.engine.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.engine.DossierEngine;

/**
 * Runs the due-soon/overdue pass (issue 4) periodically on every node; the engine makes concurrent passes safe.
 *
 * <p>Framework properties: {@code motcua.alerts.interval.seconds} (default 30; 0 or less switches the scheduler
 * off, e.g. on a node that must not write) and {@code motcua.alerts.batch} (alerts claimed per round, default 500).
 */
@Component(immediate = true)
public final class DueAlertScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(DueAlertScheduler.class);
    static final long DEFAULT_INTERVAL_SECONDS = 30;
    static final int DEFAULT_BATCH = 500;

    private final ScheduledExecutorService timer;

    @Activate
    public DueAlertScheduler(@Reference DossierEngine engine, BundleContext context) {
        long interval = number(context.getProperty("motcua.alerts.interval.seconds"), DEFAULT_INTERVAL_SECONDS);
        int batch = (int) Math.max(1, number(context.getProperty("motcua.alerts.batch"), DEFAULT_BATCH));
        if (interval <= 0) {
            LOG.info("due-soon/overdue scheduler off (motcua.alerts.interval.seconds={})", interval);
            this.timer = null;
            return;
        }
        DueAlertPass pass = new DueAlertPass(engine, batch);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "motcua-due-alerts");
            t.setDaemon(true);
            return t;
        });
        // The first pass soon after start: alerts that fell due while the platform was down are raised at once.
        timer.scheduleWithFixedDelay(() -> runSafely(pass), Math.min(interval, 5), interval, TimeUnit.SECONDS);
        LOG.info("due-soon/overdue scheduler every {} s, {} alerts per round", interval, batch);
    }

    private static void runSafely(DueAlertPass pass) {
        try {
            pass.run();
        } catch (RuntimeException e) {
            // A failed pass (database away, shutdown) is retried at the next interval; the alerts stay unclaimed.
            LOG.warn("due-soon/overdue pass failed: {}", e.toString());
        }
    }

    @Deactivate
    void deactivate() {
        if (timer != null) {
            // shutdown, not shutdownNow: interrupting a database call would close H2's file channel.
            timer.shutdown();
            try {
                timer.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
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
