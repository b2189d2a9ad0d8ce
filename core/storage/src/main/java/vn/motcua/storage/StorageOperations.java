package vn.motcua.storage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What an operator needs from the store while the platform runs: is it healthy, and an online backup. Thread-safe.
 */
@ProviderType
public interface StorageOperations {

    /**
     * Checks the database (a query on a pooled connection) and the disk of the data folder. Returns within about
     * {@code timeout} even when the database hangs; a check that did not finish in time is reported as down.
     *
     * @return one entry per check, in a fixed order
     */
    List<StorageCheck> check(Duration timeout);

    /**
     * Writes a consistent backup of the running platform's data folder into the ZIP file {@code archive} (created;
     * its folder must exist): on H2 the database via H2's online {@code BACKUP TO} (transactionally consistent, no
     * lock), then the attachments, the deploy folder and the other data files. Attachments are written before the
     * transaction that refers to them commits, so every attachment the backed-up database knows is in the archive.
     * On PostgreSQL the archive holds the files only: back the database up with {@code pg_dump} or PITR
     * (docs/operations.md). Restore: {@code bin/motcua restore ARCHIVE --data-dir NEW-DIR}.
     *
     * @throws StorageException when the archive cannot be written; no half-written archive is left behind
     */
    BackupArchive backup(Path archive);

    /**
     * The connection pool's figures now, for the metrics endpoint; empty on the embedded H2, whose own pool keeps none.
     *
     * @since 2.1
     */
    java.util.Optional<PoolFigures> poolFigures();
}
