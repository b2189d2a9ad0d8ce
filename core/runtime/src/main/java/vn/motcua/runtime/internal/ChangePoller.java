package vn.motcua.runtime.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls a change number of shared state (switches: decision 1411; unit edits: decision 1415) every interval on one
 * daemon thread, through a refresh that reloads only when the number moved. Read-only, so any number of nodes poll at
 * once. A failed poll (database down) is logged once and retried at the next tick; the state last read stays in force.
 */
final class ChangePoller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChangePoller.class);

    /** A poll interval setting with its default and its floor (a smaller interval would only load the database). */
    record Setting(String name, long defaultMillis, long minMillis) {

        long interval(String value) {
            if (value == null || value.isBlank()) {
                return defaultMillis;
            }
            try {
                long v = Long.parseLong(value.strip());
                if (v < minMillis) {
                    throw new ConfigurationException(name + " must be at least " + minMillis + ", was " + v);
                }
                return v;
            } catch (NumberFormatException e) {
                throw new ConfigurationException(name + " must be a whole number of milliseconds, was '" + value + "'");
            }
        }
    }

    static final Setting SWITCHES = new Setting("motcua.switches.poll.millis", 250, 50);
    static final Setting EDITS = new Setting("motcua.edits.poll.millis", 500, 50);

    private final String what;
    private final ScheduledExecutorService timer;
    private volatile boolean failing;

    /** @param refresh reloads if the change number moved; true if it did */
    ChangePoller(String what, BooleanSupplier refresh, long intervalMillis) {
        this.what = what;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "motcua " + what + " poll");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> poll(refresh), intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    private void poll(BooleanSupplier refresh) {
        try {
            if (refresh.getAsBoolean()) {
                LOG.debug("{} reloaded from the database", what);
            }
            if (failing) {
                LOG.info("{}: the database answers again", what);
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warn("{}: cannot read the database, keeping what was last read ({})", what, e.toString());
                failing = true;
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
