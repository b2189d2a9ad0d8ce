package vn.motcua.storage.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import vn.motcua.storage.StorageCheck;

/**
 * The checks behind the readiness endpoint: a query on a pooled connection, bounded in time, and the free space of the
 * data folder's disk. Thread-safe.
 */
public final class StoreHealth implements AutoCloseable {

    private final DataSource pool;
    private final Path dataDir;
    private final long minFreeBytes;
    /** One thread: a hanging database ties up this thread, never the caller's; later checks then report it at once. */
    private final ExecutorService prober = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "motcua-db-probe");
        t.setDaemon(true);
        return t;
    });
    private volatile CompletableFuture<Optional<String>> running;

    /** @param minFreeBytes below this much free space the disk check is down ({@code motcua.health.minFreeMb}) */
    StoreHealth(DataSource pool, Path dataDir, long minFreeBytes) {
        this.pool = pool;
        this.dataDir = dataDir;
        this.minFreeBytes = minFreeBytes;
    }

    /** See {@link vn.motcua.storage.StorageOperations#check}. */
    public List<StorageCheck> check(Duration timeout) {
        return List.of(database(timeout), disk());
    }

    private StorageCheck database(Duration timeout) {
        long start = System.nanoTime();
        CompletableFuture<Optional<String>> probe = running;
        if (probe == null || probe.isDone()) {
            probe = CompletableFuture.supplyAsync(() -> query(timeout), prober);
            running = probe;
        }
        try {
            Optional<String> problem = probe.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            long millis = (System.nanoTime() - start) / 1_000_000;
            return problem.map(p -> new StorageCheck("database", false, p))
                    .orElseGet(() -> new StorageCheck("database", true, "answered in " + millis + " ms"));
        } catch (TimeoutException e) {
            return new StorageCheck("database", false, "no answer within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new StorageCheck("database", false, "interrupted while checking");
        } catch (ExecutionException e) {
            return new StorageCheck("database", false, String.valueOf(e.getCause()));
        }
    }

    private Optional<String> query(Duration timeout) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
            s.execute("SELECT 1");
            return Optional.empty();
        } catch (SQLException | RuntimeException e) {
            return Optional.of(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private StorageCheck disk() {
        try {
            Path existing = Files.exists(dataDir) ? dataDir : dataDir.toAbsolutePath().getParent();
            long free = Files.getFileStore(existing).getUsableSpace();
            String detail = (free / (1024 * 1024)) + " MB free in " + dataDir;
            return free >= minFreeBytes ? new StorageCheck("disk", true, detail)
                    : new StorageCheck("disk", false, detail + ", less than the " + (minFreeBytes / (1024 * 1024))
                            + " MB required (motcua.health.minFreeMb): free space before the database cannot write");
        } catch (IOException | RuntimeException e) {
            return new StorageCheck("disk", false, "cannot read the free space of " + dataDir + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        prober.shutdownNow();
    }
}
