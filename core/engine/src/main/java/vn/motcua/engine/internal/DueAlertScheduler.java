package vn.motcua.engine.internal;

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

    private final PeriodicPass timer;

    @Activate
    public DueAlertScheduler(@Reference DossierEngine engine, BundleContext context) {
        long interval = PeriodicPass.number(context.getProperty("motcua.alerts.interval.seconds"), DEFAULT_INTERVAL_SECONDS, LOG);
        int batch = (int) Math.max(1, PeriodicPass.number(context.getProperty("motcua.alerts.batch"), DEFAULT_BATCH, LOG));
        if (interval <= 0) {
            LOG.info("due-soon/overdue scheduler off (motcua.alerts.interval.seconds={})", interval);
            this.timer = null;
            return;
        }
        DueAlertPass pass = new DueAlertPass(engine, batch);
        // The first pass soon after start: alerts that fell due while the platform was down are raised at once.
        // A failed pass is retried at the next interval; the alerts stay unclaimed.
        this.timer = new PeriodicPass("motcua-due-alerts", pass::run, Math.min(interval, 5), interval, TimeUnit.SECONDS, LOG);
        LOG.info("due-soon/overdue scheduler every {} s, {} alerts per round", interval, batch);
    }

    @Deactivate
    void deactivate() {
        if (timer != null) {
            timer.close();
        }
    }
}
