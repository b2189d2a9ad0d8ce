package vn.motcua.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import vn.motcua.storage.BackupArchive;
import vn.motcua.storage.StorageException;

/**
 * Writes the backup archive of a data folder: the database first (on H2), then every other data file, under the same
 * relative paths as in the data folder, so unpacking the archive into an empty folder gives a data folder to start on.
 * Left out: the framework cache (rebuilt at start), earlier backups, the database folder itself (its consistent copy
 * comes from {@code BACKUP TO}), files still being written ({@code *.part}, {@code *.tmp}) and backup archives.
 */
final class DataFolderBackup {

    /** Top-level folders of the data folder that a backup leaves out. */
    private static final Set<String> SKIPPED = Set.of("db", "framework", "backups");

    private final Path dataDir;
    private final Clock clock;

    DataFolderBackup(Path dataDir, Clock clock) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.clock = clock;
    }

    /**
     * @param databaseBackup writes H2's consistent copy of the database to the given ZIP file; null on PostgreSQL
     */
    BackupArchive write(Path archive, Consumer<Path> databaseBackup) {
        Path target = archive.toAbsolutePath().normalize();
        Path part = target.resolveSibling(target.getFileName() + ".part");
        Path h2Zip = target.resolveSibling(target.getFileName() + ".db.part");
        Instant takenAt = clock.instant();
        try {
            if (databaseBackup != null) {
                databaseBackup.accept(h2Zip);
            }
            int files;
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(part))) {
                if (databaseBackup != null) {
                    copyDatabaseEntries(h2Zip, zip);
                }
                files = copyDataFiles(zip, Set.of(target, part, h2Zip));
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new BackupArchive(target, Files.size(target), databaseBackup != null, files, takenAt);
        } catch (IOException | RuntimeException e) {
            throw new StorageException("cannot write the backup " + target + ": " + e.getMessage()
                    + " (is there room on the disk, and may the platform write to that folder?)", e);
        } finally {
            deleteQuietly(part);
            deleteQuietly(h2Zip);
        }
    }

    /** H2's archive holds the database file by its name in the database folder: it goes under {@code db/}. */
    private static void copyDatabaseEntries(Path h2Zip, ZipOutputStream zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(h2Zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (!entry.isDirectory()) {
                    zip.putNextEntry(new ZipEntry("db/" + entry.getName()));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        }
    }

    private int copyDataFiles(ZipOutputStream zip, Set<Path> own) throws IOException {
        if (!Files.isDirectory(dataDir)) {
            return 0; // a PostgreSQL node that has stored no file yet (attachments are in the database, decision 1416)
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dataDir)) {
            files = walk.filter(Files::isRegularFile).filter(p -> included(p, own)).sorted().toList();
        }
        int copied = 0;
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                zip.putNextEntry(new ZipEntry(entryName(file)));
                in.transferTo(zip);
                zip.closeEntry();
                copied++;
            } catch (java.nio.file.NoSuchFileException gone) {
                // removed since the walk (an uninstalled bundle, a rolled-back upload): nothing to keep
            }
        }
        return copied;
    }

    private boolean included(Path file, Set<Path> own) {
        Path relative = dataDir.relativize(file);
        String name = file.getFileName().toString();
        return !own.contains(file)
                && !SKIPPED.contains(relative.getName(0).toString())
                && !name.endsWith(".part") && !name.endsWith(".tmp")
                // earlier backups kept under another folder name (motcua.backup.dir inside the data folder)
                && !(name.startsWith("motcua-backup-") && name.endsWith(".zip"));
    }

    private String entryName(Path file) {
        return dataDir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover temporary file next to the archive; the next backup overwrites it
        }
    }
}
