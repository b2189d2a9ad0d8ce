package vn.motcua.engine.internal;

import java.time.Clock;
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
import vn.motcua.storage.DossierStore;

/**
 * Runs the {@link NotificationFeed} periodically on every node (decision 1103); the feed makes concurrent passes safe.
 *
 * <p>Framework property {@code motcua.notifications.interval.millis} (default 500; 0 or less switches it off, e.g. on a
 * node that must not write). A message reaches the outbox within about one interval of its dossier change.
 */
@Component(immediate = true)
public final class NotificationScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationScheduler.class);
    static final long DEFAULT_INTERVAL_MILLIS = 500;

    private final ScheduledExecutorService timer;

    @Activate
    public NotificationScheduler(@Reference DossierStore store, BundleContext context) {
        long interval = interval(context.getProperty("motcua.notifications.interval.millis"));
        if (interval <= 0) {
            LOG.info("notification feed off (motcua.notifications.interval.millis={})", interval);
            this.timer = null;
            return;
        }
        NotificationFeed feed = new NotificationFeed(store, Clock.systemUTC());
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "motcua-notifications");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> runSafely(feed), interval, interval, TimeUnit.MILLISECONDS);
        LOG.info("notification feed every {} ms", interval);
    }

    private static void runSafely(NotificationFeed feed) {
        try {
            feed.catchUp();
        } catch (RuntimeException e) {
            // The mark did not move: the same events are read again at the next interval.
            LOG.warn("notification feed pass failed: {}", e.toString());
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

    private static long interval(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_INTERVAL_MILLIS;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            LOG.warn("motcua.notifications.interval.millis is not a number: {}; using {}", value, DEFAULT_INTERVAL_MILLIS);
            return DEFAULT_INTERVAL_MILLIS;
        }
    }
}
