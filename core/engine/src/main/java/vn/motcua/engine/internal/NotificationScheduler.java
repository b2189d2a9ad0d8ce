package vn.motcua.engine.internal;

import java.time.Clock;
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

    private final PeriodicPass pass;

    @Activate
    public NotificationScheduler(@Reference DossierStore store, BundleContext context) {
        long interval = PeriodicPass.number(context.getProperty("motcua.notifications.interval.millis"), DEFAULT_INTERVAL_MILLIS, LOG);
        if (interval <= 0) {
            LOG.info("notification feed off (motcua.notifications.interval.millis={})", interval);
            this.pass = null;
            return;
        }
        // A failed pass did not move the mark: the same events are read again at the next interval.
        NotificationFeed feed = new NotificationFeed(store, Clock.systemUTC());
        this.pass = new PeriodicPass("motcua-notifications", feed::catchUp, interval, interval, TimeUnit.MILLISECONDS, LOG);
        LOG.info("notification feed every {} ms", interval);
    }

    @Deactivate
    void deactivate() {
        if (pass != null) {
            pass.close();
        }
    }
}
