package vn.motcua.web.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Fixed-window attempt counter per key (client address, dossier code). Enough to make guessing a dossier's second
 * factor impractical; per node, which is acceptable since a guesser is also limited per dossier code on each node.
 * Thread-safe.
 */
final class RateLimiter {

    private record Window(long start, AtomicInteger count) {
    }

    private final int limit;
    private final long windowMillis;
    private final LongSupplier clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    RateLimiter(int limit, long windowMillis, LongSupplier clock) {
        this.limit = limit;
        this.windowMillis = windowMillis;
        this.clock = clock;
    }

    /** Counts one attempt; false when the key is over its limit in the current window. */
    boolean tryAcquire(String key) {
        long now = clock.getAsLong();
        if (windows.size() > 100_000) {
            windows.values().removeIf(w -> now - w.start() >= windowMillis);
        }
        Window w = windows.compute(key, (k, old) -> old == null || now - old.start() >= windowMillis
                ? new Window(now, new AtomicInteger()) : old);
        return w.count().incrementAndGet() <= limit;
    }

    long retryAfterSeconds() {
        return Math.max(1, windowMillis / 1000);
    }
}
