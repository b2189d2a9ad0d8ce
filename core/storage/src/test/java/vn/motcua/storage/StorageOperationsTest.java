package vn.motcua.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.storage.internal.DatabaseSettings;
import vn.motcua.storage.internal.JdbiDossierStore;

/** Backup archives and the pool behind the store, on H2 and PostgreSQL. */
class StorageOperationsTest {

    @TempDir
    Path dir;

    @Test
    void anH2BackupUnpackedIntoAnEmptyFolderOpensWithTheDossiersAndTheirFiles() throws IOException {
        Path data = dir.resolve("data");
        Path archive = dir.resolve("backup.zip");
        byte[] content = "%PDF-1.4 giấy chứng sinh".getBytes(StandardCharsets.UTF_8);
        String fileId;
        try (JdbiDossierStore store = JdbiDossierStore.open(DatabaseSettings.h2File(data), data)) {
            fileId = store.files().write(new ByteArrayInputStream(content), 1 << 20).id();
            store.inTransaction(tx -> {
                JdbiDossierStoreTest.saveVersion(tx);
                tx.insertDossier(JdbiDossierStoreTest.dossier("H26-261129-0001", "H26"));
                return null;
            });
            Files.createDirectories(data.resolve("deploy"));
            Files.writeString(data.resolve("deploy/thu-tuc.jar"), "a bundle");
            Files.writeString(data.resolve("deploy/half-copied.jar.part"), "not yet");
            Files.createDirectories(data.resolve("framework/bundle1"));
            Files.writeString(data.resolve("framework/bundle1/cache"), "rebuilt at start");

            BackupArchive written = store.backup(archive, Clock.systemUTC());

            assertTrue(written.databaseIncluded());
            assertEquals(Files.size(archive), written.bytes());
            assertEquals(2, written.files(), "the attachment and the bundle: " + entries(archive));
            // Written after the backup: not in it.
            store.inTransaction(tx -> {
                tx.insertDossier(JdbiDossierStoreTest.dossier("H26-261129-0002", "H26"));
                return null;
            });
        }
        List<String> entries = entries(archive);
        assertTrue(entries.contains("db/motcua.mv.db"), entries.toString());
        assertTrue(entries.contains("attachments/" + fileId), entries.toString());
        assertTrue(entries.contains("deploy/thu-tuc.jar"), entries.toString());
        assertFalse(entries.stream().anyMatch(e -> e.startsWith("framework/") || e.endsWith(".part")), entries.toString());
        assertFalse(Files.list(dir).anyMatch(p -> p.toString().endsWith(".part")), "no temporary file left beside the archive");

        Path restored = dir.resolve("restored");
        unzip(archive, restored);
        try (JdbiDossierStore store = JdbiDossierStore.open(DatabaseSettings.h2File(restored), restored)) {
            assertTrue(store.inTransaction(tx -> tx.dossier("H26-261129-0001")).isPresent());
            assertFalse(store.inTransaction(tx -> tx.dossier("H26-261129-0002")).isPresent());
            try (InputStream in = store.files().open(fileId)) {
                assertArrayEquals(content, in.readAllBytes());
            }
        }
    }

    @Test
    void aPostgresqlBackupHoldsTheFilesButNotTheDatabase() throws IOException {
        Path data = dir.resolve("data");
        try (JdbiDossierStore store = TestDatabases.POSTGRESQL.open(data)) {
            // attachments are in the database (decision 1416): a node may have no data folder at all yet
            store.files().write(new ByteArrayInputStream(new byte[] {1, 2, 3}), 100);
            BackupArchive empty = store.backup(dir.resolve("pg-empty.zip"), Clock.systemUTC());
            assertFalse(empty.databaseIncluded());
            assertEquals(List.of(), entries(empty.file()));

            Files.createDirectories(data.resolve("deploy"));
            Files.write(data.resolve("deploy/thu-tuc.jar"), new byte[] {4});
            BackupArchive written = store.backup(dir.resolve("pg.zip"), Clock.systemUTC());
            assertEquals(List.of("deploy/thu-tuc.jar"), entries(written.file()), "the files, not the attachments in the database");
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void theHealthCheckSeesTheDatabaseAnswer(TestDatabases db) {
        JdbiDossierStore store = db.open(dir);
        var health = store.healthChecks(0);
        try {
            List<StorageCheck> checks = health.check(Duration.ofSeconds(2));
            assertEquals(List.of("database", "disk"), checks.stream().map(StorageCheck::name).toList());
            assertTrue(checks.stream().allMatch(StorageCheck::up), checks.toString());
        } finally {
            store.close();
        }
        StorageCheck afterClose = health.check(Duration.ofSeconds(2)).get(0);
        assertFalse(afterClose.up(), "a closed database is down: " + afterClose);
        health.close();
    }

    @Test
    void theDiskCheckIsDownBelowTheRequiredFreeSpace() {
        try (JdbiDossierStore store = TestDatabases.H2.open(dir); var health = store.healthChecks(Long.MAX_VALUE)) {
            StorageCheck disk = health.check(Duration.ofSeconds(2)).get(1);
            assertFalse(disk.up());
            assertTrue(disk.detail().contains("motcua.health.minFreeMb"), disk.detail());
        }
    }

    @Test
    void postgresqlConnectionsComeFromHikariCpAndH2KeepsItsOwnPool() {
        try (JdbiDossierStore pg = TestDatabases.POSTGRESQL.open(dir.resolve("pg")); JdbiDossierStore h2 = TestDatabases.H2.open(dir.resolve("h2"))) {
            assertTrue(pg.poolName().contains("HikariCP"), pg.poolName());
            assertFalse(h2.poolName().contains("HikariCP"), h2.poolName());
        }
    }

    static List<String> entries(Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        return names;
    }

    static void unzip(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path file = target.resolve(e.getName());
                Files.createDirectories(file.getParent());
                Files.copy(in, file);
            }
        }
    }
}
