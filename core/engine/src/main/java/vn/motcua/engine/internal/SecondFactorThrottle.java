package vn.motcua.engine.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.engine.citizen.SecondFactorAttempts;

/**
 * {@link SecondFactorAttempts} with fixed one-minute windows: per client and target, per client, and per target from all
 * clients. A refused attempt is not counted against the ceiling, so a flood from one address cannot fill the target's
 * shared budget. The counters live in {@link Windows}: the database on the platform, so N nodes do not give a client N
 * times the limit (decision 1410); in memory for tests. Thread-safe.
 */
final class SecondFactorThrottle implements SecondFactorAttempts {

    /**
     * @param perClientAndTarget attempts of one client at one dossier per minute ({@code motcua.secondFactor.perClientAndDossier}, 5)
     * @param perClient          attempts of one client at any dossiers per minute ({@code motcua.secondFactor.perClient}, 20)
     * @param perTarget          attempts at one dossier from all clients per minute ({@code motcua.secondFactor.perDossier}, 60)
     */
    record Limits(int perClientAndTarget, int perClient, int perTarget) {
        static final Limits DEFAULTS = new Limits(5, 20, 60);
    }

    private static final long WINDOW_MILLIS = 60_000;
    private static final int MAX_KEYS = 200_000;

    /** Where the fixed-window counters live. */
    interface Windows {
        /** Counts one attempt under {@code key} in window {@code window}; returns the count including it. */
        long increment(String key, long window);
    }

    private final Limits limits;
    private final Clock clock;
    private final Windows windows;

    /** Counters in this JVM only: one node's view (tests, and the reference the database counters must match). */
    SecondFactorThrottle(Limits limits, Clock clock) {
        this(limits, clock, new InMemory());
    }

    SecondFactorThrottle(Limits limits, Clock clock, Windows windows) {
        this.limits = limits;
        this.clock = clock;
        this.windows = windows;
    }

    @Override
    public boolean tryAcquire(String client, String target) {
        String c = client == null || client.isBlank() ? "-" : client;
        String t = target == null ? "-" : target.strip().toUpperCase(Locale.ROOT);
        long window = clock.millis() / WINDOW_MILLIS;
        // Own budgets first: an address over its limits never touches the target's shared ceiling.
        return count("ct|" + c + "|" + t, window, limits.perClientAndTarget())
                && count("c|" + c, window, limits.perClient())
                && count("t|" + t, window, limits.perTarget());
    }

    private boolean count(String key, long window, int limit) {
        return windows.increment(key, window) <= limit;
    }

    /** Counters in a map, bounded: past windows are dropped when it grows large. */
    static final class InMemory implements Windows {
        private final Map<String, long[]> windows = new ConcurrentHashMap<>();

        @Override
        public long increment(String key, long window) {
            if (windows.size() > MAX_KEYS) {
                windows.values().removeIf(w -> w[0] != window);
            }
            long[] w = windows.compute(key, (k, old) -> old == null || old[0] != window ? new long[] {window, 0} : old);
            synchronized (w) {
                return ++w[1];
            }
        }
    }

    @Override
    public Duration retryAfter() {
        return Duration.ofMillis(WINDOW_MILLIS - clock.millis() % WINDOW_MILLIS).plusSeconds(1).withNanos(0);
    }
}
