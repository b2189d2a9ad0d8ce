package vn.motcua.runtime.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the shared switches' change number every {@code motcua.switches.poll.millis} (decision 1411) on one daemon
 * thread. Read-only, so any number of nodes poll at once. A failed poll (database down) is logged once and retried at
 * the next tick; the switches last read stay in force meanwhile.
 */
final class SwitchPoller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SwitchPoller.class);

    private final ScheduledExecutorService timer;
    private volatile boolean failing;

    SwitchPoller(ProcedureCatalogue catalogue, long intervalMillis) {
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "motcua switch poll");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> poll(catalogue), intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    private void poll(ProcedureCatalogue catalogue) {
        try {
            if (catalogue.refreshSwitches()) {
                LOG.debug("procedure switches reloaded from the database");
            }
            if (failing) {
                LOG.info("procedure switches: the database answers again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warn("procedure switches: cannot read the database, keeping the last switches read ({})", e.toString());
                failing = true;
            }
        }
    }

    /** The setting, at least 50 ms: a smaller interval would only load the database. */
    static long interval(String setting) {
        if (setting == null || setting.isBlank()) {
            return 250;
        }
        try {
            long v = Long.parseLong(setting.strip());
            if (v < 50) {
                throw new ConfigurationException("motcua.switches.poll.millis must be at least 50, was " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new ConfigurationException("motcua.switches.poll.millis must be a whole number of milliseconds, was '" + setting + "'");
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
