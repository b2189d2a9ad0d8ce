package vn.motcua.engine.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import vn.motcua.storage.CitizenAccessStore;

/**
 * Second-factor attempt counters in the database, one upsert per count, so every node counts against the same budget
 * (decision 1410). Keys are stored as SHA-256: the table names no client address and no dossier code. Past windows are
 * deleted by whichever node first counts in a new window; the DELETE is idempotent across nodes. Thread-safe.
 */
final class SharedAttemptWindows implements SecondFactorThrottle.Windows {

    private final CitizenAccessStore store;
    private final AtomicLong purgedBefore = new AtomicLong();

    SharedAttemptWindows(CitizenAccessStore store) {
        this.store = store;
    }

    @Override
    public long increment(String key, long window) {
        long purged = purgedBefore.get();
        // keep the previous window: a Retry-After near a window's end is answered from it
        if (window - 1 > purged && purgedBefore.compareAndSet(purged, window - 1)) {
            store.deleteAttemptWindowsBefore(window - 1);
        }
        return store.countAttempt(hash(key), window);
    }

    private static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
