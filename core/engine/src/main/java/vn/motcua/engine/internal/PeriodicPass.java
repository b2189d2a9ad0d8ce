package vn.motcua.engine.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;

/**
 * A pass of the engine's schedulers run on its own daemon thread at a fixed delay: a failed pass (database away,
 * shutdown) is logged and retried at the next interval; closing waits for a running pass instead of interrupting it.
 */
final class PeriodicPass implements AutoCloseable {

    private final ScheduledExecutorService timer;

    PeriodicPass(String threadName, Runnable pass, long firstDelay, long delay, TimeUnit unit, Logger log) {
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                pass.run();
            } catch (RuntimeException e) {
                log.warn("{} pass failed: {}", threadName, e.toString());
            }
        }, firstDelay, delay, unit);
    }

    @Override
    public void close() {
        // shutdown, not shutdownNow: interrupting a database call would close H2's file channel.
        timer.shutdown();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A framework property as a number, the fallback (with a warning) when it is not one. */
    static long number(String value, long fallback, Logger log) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            log.warn("not a number: {}; using {}", value, fallback);
            return fallback;
        }
    }
}
