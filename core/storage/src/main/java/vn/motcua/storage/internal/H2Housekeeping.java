package vn.motcua.storage.internal;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compacts an H2 file database in small steps instead of H2's own background housekeeping (decision 0906).
 *
 * <p>Why: H2's background writer compacts by rewriting up to a quarter of its auto-commit buffer (about 5 MB with our
 * heap) in one go, holding the store lock for 100–180 ms. Every durable commit waits for that lock (the group
 * {@code CHECKPOINT}), so each pass stalled every request in flight: the p99 latency of online submissions was
 * 130–190 ms at 500 submissions/s. Here the same work is done {@code writeLimit} bytes at a time, every
 * {@code interval}, so the lock is held for a few milliseconds; the file stays bounded the same way.
 *
 * <p>The {@link MVStore} is reached through H2's public but unexported engine classes, by reflection: H2 offers no
 * setting for the size of its compaction steps. If that fails (another H2 version), H2's own housekeeping stays on.
 */
final class H2Housekeeping implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(H2Housekeeping.class);

    private final MVStore store;
    private final ScheduledExecutorService scheduler;
    private final java.util.concurrent.atomic.AtomicLong rewritingSteps = new java.util.concurrent.atomic.AtomicLong();

    private H2Housekeeping(MVStore store, long intervalMillis, int targetFillRate, int writeLimitBytes) {
        this.store = store;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "motcua-h2-compaction");
            t.setDaemon(true);
            return t;
        });
        // Puts H2's background writer, and with it its large compaction passes, to sleep for weeks: commits reach the
        // file through our CHECKPOINT. Not 0: with 0, H2 writes a chunk at every commit and group commit is lost.
        store.setAutoCommitDelay(Integer.MAX_VALUE);
        scheduler.scheduleWithFixedDelay(() -> step(targetFillRate, writeLimitBytes), intervalMillis, intervalMillis,
                TimeUnit.MILLISECONDS);
    }

    /** Starts small-step compaction of the H2 database of {@code connection}, or returns null if it cannot. */
    static H2Housekeeping start(Connection connection, long intervalMillis, int targetFillRate, int writeLimitBytes) {
        try {
            return new H2Housekeeping(mvStore(connection), intervalMillis, targetFillRate, writeLimitBytes);
        } catch (ReflectiveOperationException | SQLException | RuntimeException e) {
            LOG.warn("H2 keeps its own background compaction (longer pauses under load): {}", e.toString());
            return null;
        }
    }

    private static MVStore mvStore(Connection connection) throws ReflectiveOperationException, SQLException {
        Object session = invoke(connection.unwrap(org.h2.jdbc.JdbcConnection.class), "getSession");
        Object database = invoke(session, "getDatabase");
        Object store = invoke(database, "getStore");
        return (MVStore) invoke(store, "getMvStore");
    }

    private static Object invoke(Object target, String method) throws ReflectiveOperationException {
        Method m = target.getClass().getMethod(method);
        return m.invoke(target);
    }

    private void step(int targetFillRate, int writeLimitBytes) {
        try {
            // The rewritten pages are written with the next commit; when the platform is idle there is none, so this
            // step writes them itself (one small chunk at most every interval) rather than rewrite them again.
            if (!store.isClosed() && store.compact(targetFillRate, writeLimitBytes)) {
                store.commit();
                rewritingSteps.incrementAndGet();
            }
        } catch (RuntimeException e) {
            LOG.warn("H2 compaction step failed; the next one retries: {}", e.toString());
        }
    }

    /** How many steps rewrote chunks (for tests and diagnostics). */
    long rewritingSteps() {
        return rewritingSteps.get();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
