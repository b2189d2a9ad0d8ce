package vn.motcua.portal.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** Attempts per client address per minute (lookups, feedback tracking); the desk limits per dossier code too. Thread-safe. */
final class ClientLimiter {

    private final int perMinute;
    private final LongSupplier millis;
    private final Map<String, long[]> windows = new ConcurrentHashMap<>();

    ClientLimiter(int perMinute, LongSupplier millis) {
        this.perMinute = perMinute;
        this.millis = millis;
    }

    boolean tryAcquire(String client) {
        long minute = millis.getAsLong() / 60_000;
        if (windows.size() > 100_000) {
            windows.values().removeIf(w -> w[0] != minute);
        }
        long[] w = windows.compute(client, (k, old) -> old == null || old[0] != minute ? new long[] {minute, 0} : old);
        synchronized (w) {
            return ++w[1] <= perMinute;
        }
    }
}
