package vn.motcua.storage;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * A backup written by {@link StorageOperations#backup}.
 *
 * @param file             the ZIP file
 * @param bytes            its size
 * @param databaseIncluded true on H2; false on PostgreSQL, whose database is backed up with its own tools
 * @param files            how many data files (attachments, bundles, settings) it holds besides the database
 * @param takenAt          when the database backup started: the archive holds every commit before it
 */
public record BackupArchive(Path file, long bytes, boolean databaseIncluded, int files, Instant takenAt) {
    public BackupArchive {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(takenAt, "takenAt");
    }
}
