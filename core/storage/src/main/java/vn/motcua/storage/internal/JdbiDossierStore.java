package vn.motcua.storage.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.postgresql.ds.PGSimpleDataSource;
import vn.motcua.storage.AttachmentFiles;
import vn.motcua.storage.DossierStore;
import vn.motcua.storage.StorageException;
import vn.motcua.storage.StoreWork;
import vn.motcua.storage.internal.migration.V900__DropForeignKeysOnHotTables;

/**
 * {@link DossierStore} on JDBI over H2 or PostgreSQL. Thread-safe.
 *
 * <p>Durability on H2 (decision 0301): H2 by default acknowledges a commit before it reaches the file, so
 * {@code kill -9} loses it. After every transaction that wrote, this store waits for a {@code CHECKPOINT} that started
 * after its commit ({@link GroupCheckpoint}: one checkpoint serves all transactions committed before it), so the
 * committed changes are in the file before {@link #inTransaction} returns; {@code RETENTION_TIME=1000} lets H2 reuse the
 * space of superseded chunks after a second and the background writer (left at its default delay) keeps compacting, so
 * the file stays proportional to the data. PostgreSQL is durable by itself (fsync at commit, group commit).
 */
public final class JdbiDossierStore implements DossierStore, AutoCloseable {

    private final Pool pool;
    private final Path dataDir;
    private final Jdbi jdbi;
    private final boolean h2File;
    private final String product;
    private final AttachmentFiles files;
    /** Keeps an embedded H2 database open between transactions; null for PostgreSQL. */
    private final Connection keeper;
    /** Makes H2 commits durable, several at a time under load; null for PostgreSQL. */
    private final GroupCheckpoint checkpoints;
    /** Compacts the H2 file in small steps; null for PostgreSQL or when H2 keeps its own housekeeping. */
    private final H2Housekeeping housekeeping;

    private JdbiDossierStore(Pool pool, boolean h2File, Path dataDir) throws SQLException {
        this.pool = pool;
        this.h2File = h2File;
        this.dataDir = dataDir;
        this.jdbi = Jdbi.create(pool.dataSource());
        Connection first = pool.dataSource().getConnection();
        this.product = first.getMetaData().getDatabaseProductName();
        FileAttachmentStore folder = new FileAttachmentStore(dataDir.resolve("attachments"));
        // several nodes share PostgreSQL, not a folder: the files go where every node finds them (decision 1416)
        this.files = product.contains("PostgreSQL")
                ? new DatabaseAttachmentStore(this::inHandle, folder, java.time.Clock.systemUTC()) : folder;
        if (product.contains("H2")) {
            this.keeper = first;
        } else {
            first.close();
            this.keeper = null;
        }
        this.housekeeping = h2File && keeper != null && !Boolean.getBoolean("motcua.h2.ownHousekeeping")
                ? H2Housekeeping.start(keeper, Long.getLong("motcua.h2.compaction.intervalMillis", 100),
                        Integer.getInteger("motcua.h2.compaction.targetFill", 90),
                        Integer.getInteger("motcua.h2.compaction.writeKb", 512) * 1024)
                : null;
        this.checkpoints = h2File && keeper != null ? new GroupCheckpoint(keeper, Long.getLong("motcua.groupCommit.lingerMicros", 1000), java.util.concurrent.TimeUnit.MICROSECONDS) : null;
    }

    /**
     * Opens (and migrates) a store.
     *
     * @param settings database URL and credentials
     * @param dataDir  the data folder; attachments go to {@code <dataDir>/attachments}
     */
    public static JdbiDossierStore open(DatabaseSettings settings, Path dataDir) {
        return open(settings, PoolSettings.defaults().withMaxSize(settings.maxConnections()), dataDir);
    }

    /**
     * Opens (and migrates) a store with the given pool settings (HikariCP on PostgreSQL, decision 1400).
     *
     * @param settings database URL and credentials
     * @param pooling  pool size, timeouts, lifetime and leak detection
     * @param dataDir  the data folder; attachments go to {@code <dataDir>/attachments}
     */
    public static JdbiDossierStore open(DatabaseSettings settings, PoolSettings pooling, Path dataDir) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(dataDir, "dataDir");
        Pool pool;
        try {
            pool = Pool.open(dataSource(settings), !settings.url().startsWith("jdbc:h2:"), pooling);
        } catch (RuntimeException e) {
            throw new StorageException("cannot open the database " + settings.redactedUrl() + ": " + e.getMessage()
                    + " (check motcua.db.url, MOTCUA_DB_USER and MOTCUA_DB_PASSWORD, and that the database runs)", e);
        }
        try {
            // The bundle's own class loader: Flyway finds the migrations and its embedded plugins through it.
            Flyway.configure(JdbiDossierStore.class.getClassLoader())
                    .dataSource(pool.dataSource())
                    .locations("classpath:db/migration")
                    // Java migrations are listed, not scanned: class scanning does not see into an OSGi bundle.
                    .javaMigrations(new V900__DropForeignKeysOnHotTables())
                    .load()
                    .migrate();
            JdbiDossierStore store = new JdbiDossierStore(pool, settings.isH2File(), dataDir);
            store.checkpoint();
            return store;
        } catch (SQLException | RuntimeException e) {
            pool.close();
            throw new StorageException("cannot open the database " + settings.redactedUrl() + ": " + e.getMessage(), e);
        }
    }

    private static DataSource dataSource(DatabaseSettings settings) {
        if (settings.url().startsWith("jdbc:h2:")) {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL(settings.effectiveUrl());
            ds.setUser(settings.user());
            ds.setPassword(settings.password());
            return ds;
        }
        if (settings.url().startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(settings.url());
            ds.setUser(settings.user());
            ds.setPassword(settings.password());
            return ds;
        }
        throw new StorageException("unsupported database URL (H2 or PostgreSQL expected): " + settings.redactedUrl());
    }

    @Override
    public <T> T inTransaction(StoreWork<T> work) {
        return run(handle -> {
            JdbiStoreTransaction tx = new JdbiStoreTransaction(handle, jdbi);
            T result = work.run(tx);
            // A transaction that only read has nothing to make durable: no checkpoint (queues, lookups, views).
            return new Ran<>(result, tx.wrote());
        });
    }

    /**
     * One transaction on a raw handle, with the same durability and error translation as {@link #inTransaction};
     * for the other stores of this bundle that share the pool ({@link JdbiStaffStore}, {@link JdbiCitizenStore}).
     */
    <T> T inHandle(HandleCallback<T, RuntimeException> work) {
        return run(handle -> new Ran<>(work.withHandle(handle), true));
    }

    /** A transaction that only reads: no wait for the group checkpoint. */
    <T> T inReadHandle(HandleCallback<T, RuntimeException> work) {
        return run(handle -> new Ran<>(work.withHandle(handle), false));
    }

    /** The evaluations and feedback on the same database, with the same durability rules. */
    public vn.motcua.storage.CitizenStore citizenStore() {
        return new JdbiCitizenStore(this::inHandle);
    }

    /** Lookup grants and attempt counters on the same database, shared by every node (decision 1410). */
    public vn.motcua.storage.CitizenAccessStore citizenAccessStore() {
        return new JdbiCitizenAccessStore(new JdbiCitizenAccessStore.Transactions() {
            @Override
            public <T> T durable(HandleCallback<T, RuntimeException> work) {
                return inHandle(work);
            }

            @Override
            public <T> T light(HandleCallback<T, RuntimeException> work) {
                return run(handle -> new Ran<>(work.withHandle(handle), false));
            }
        }, product.contains("PostgreSQL"));
    }

    /** Per-unit procedure switches on the same database, shared by every node (decision 1411). */
    public vn.motcua.storage.ProcedureSwitchStore procedureSwitchStore() {
        return new JdbiProcedureSwitchStore(sharedStateTransactions());
    }

    /** Procedure bundles on the same database, shared by every node (decision 1413). */
    public vn.motcua.storage.SharedBundleStore sharedBundleStore() {
        return new JdbiSharedBundleStore(sharedStateTransactions());
    }

    /** Administrators' unit and calendar edits on the same database, shared by every node (decision 1415). */
    public vn.motcua.storage.SharedDocumentStore sharedDocumentStore() {
        return new JdbiSharedDocumentStore(sharedStateTransactions());
    }

    /** Leases of periodic passes that run on one node at a time (issue 14). */
    public vn.motcua.storage.PassLeases passLeases() {
        return new JdbiPassLeases(sharedStateTransactions());
    }

    private JdbiProcedureSwitchStore.Transactions sharedStateTransactions() {
        return new JdbiProcedureSwitchStore.Transactions() {
            @Override
            public <T> T durable(HandleCallback<T, RuntimeException> work) {
                return inHandle(work);
            }

            @Override
            public <T> T light(HandleCallback<T, RuntimeException> work) {
                return run(handle -> new Ran<>(work.withHandle(handle), false));
            }
        };
    }

    /** The report facts on the same database (decision 1000). */
    public vn.motcua.storage.ReportStore reportStore() {
        return new JdbiReportStore(new JdbiReportStore.Transactions() {
            @Override
            public <T> T write(HandleCallback<T, RuntimeException> work) {
                return inHandle(work);
            }

            @Override
            public <T> T read(HandleCallback<T, RuntimeException> work) {
                // a report query writes nothing: no wait for the group checkpoint
                return run(handle -> new Ran<>(work.withHandle(handle), false));
            }
        });
    }

    /** What a transaction returned, and whether it wrote something that must reach the file. */
    private record Ran<T>(T result, boolean wrote) {
    }

    /**
     * The one way a transaction runs here: announced to the group commit once it has its connection, errors
     * translated, and, if it wrote, durable before this returns (after the connection went back to the pool).
     */
    private <T> T run(HandleCallback<Ran<T>, RuntimeException> work) {
        Ran<T> ran = null;
        long ticket = GroupCheckpoint.UNANNOUNCED;
        try (Handle handle = jdbi.open()) {
            ticket = announce();
            ran = handle.inTransaction(work);
        } catch (JdbiException e) {
            throw SqlErrors.translate(e);
        } finally {
            ticket = ended(ticket, ran != null && ran.wrote());
        }
        makeDurable(ticket);
        return ran.result();
    }

    private void checkpoint() {
        if (h2File) {
            jdbi.useHandle(h -> h.execute("CHECKPOINT"));
        }
    }

    /**
     * After a commit on an H2 file: return only once the commit is in the file (group commit, decision 0903).
     * Called after the connection went back to the pool: a committed transaction needs it no more, and waiting for the
     * checkpoint while holding it left most of the pool idle under load, with the other requests queued behind it.
     */
    private void makeDurable(long ticket) {
        if (checkpoints != null) {
            checkpoints.awaitDurable(ticket);
        }
    }

    private long announce() {
        return checkpoints != null ? checkpoints.begin() : GroupCheckpoint.UNANNOUNCED;
    }

    private long ended(long ticket, boolean wrote) {
        return checkpoints != null ? checkpoints.end(ticket, wrote) : 0;
    }

    /** The checks of the readiness endpoint; the caller closes the result when the store closes. */
    public StoreHealth healthChecks(long minFreeBytes) {
        return new StoreHealth(pool.dataSource(), dataDir, minFreeBytes);
    }

    /**
     * An online backup of the data folder (see {@link vn.motcua.storage.StorageOperations#backup}): on an H2 file the
     * database through {@code BACKUP TO}, which copies a consistent state without locking writers.
     */
    public vn.motcua.storage.BackupArchive backup(Path archive, java.time.Clock clock) {
        DataFolderBackup backup = new DataFolderBackup(dataDir, clock);
        if (!h2File) {
            return backup.write(archive, null);
        }
        return backup.write(archive, zip -> jdbi.useHandle(h ->
                h.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'")));
    }

    /** Which pool hands out the connections, for logs and tests. */
    public String poolName() {
        return pool.hikari().map(h -> "HikariCP " + h.getPoolName() + " of " + h.getMaximumPoolSize()).orElse("motcua ConnectionPool (embedded H2)");
    }

    /** Connections in use, idle and awaited, where the pool tells (HikariCP on PostgreSQL). */
    java.util.Optional<Pool.Figures> poolFigures() {
        return pool.figures();
    }

    @Override
    public AttachmentFiles files() {
        return files;
    }

    @Override
    public String databaseProduct() {
        return product;
    }

    @Override
    public void close() {
        if (housekeeping != null) {
            housekeeping.close();
        }
        try {
            if (keeper != null) {
                keeper.close();
            }
        } catch (SQLException e) {
            throw new StorageException("closing the database failed", e);
        } finally {
            pool.close();
        }
    }
}
