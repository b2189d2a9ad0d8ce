package vn.motcua.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.storage.internal.DatabaseSettings;
import vn.motcua.storage.internal.JdbiDossierStore;

/**
 * Attachments on H2 (a file area) and PostgreSQL (the database, decision 1416): the same rules for size, checksum and
 * deletion, and on PostgreSQL a file written through one node is read through another with another data folder.
 */
class AttachmentStoresTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void aFileIsKeptWithItsChecksumRefusedOverTheLimitAndGoneWhenDeleted(TestDatabases db) throws IOException {
        DatabaseSettings settings = db.settings(dir);
        boolean postgres = settings.url().startsWith("jdbc:postgresql:");
        Path other = postgres ? dir.resolve("node-b") : dir;
        try (JdbiDossierStore a = JdbiDossierStore.open(settings, dir); JdbiDossierStore b = JdbiDossierStore.open(settings, other)) {
            byte[] pdf = "%PDF-1.7 bản vẽ mặt bằng".getBytes(StandardCharsets.UTF_8);
            AttachmentFiles.StoredFile f = a.files().write(new ByteArrayInputStream(pdf), 1000);
            assertEquals(pdf.length, f.sizeBytes());
            assertEquals("%PDF-1.7 b", new String(f.head(), 0, 10, StandardCharsets.UTF_8));
            assertEquals(64, f.sha256().length());
            assertArrayEquals(pdf, read(b.files(), f.id()), "read through the other node");

            assertThrows(AttachmentTooLargeException.class, () -> a.files().write(new ByteArrayInputStream(new byte[2001]), 2000));
            try (var files = Files.list(dir.resolve("attachments"))) {
                assertEquals(postgres ? 0 : 1, files.count(), "nothing of the refused file stays in the folder");
            } catch (java.nio.file.NoSuchFileException e) {
                assertTrue(postgres, "the folder is used on H2");
            }

            b.files().delete(f.id());
            assertThrows(UncheckedIOException.class, () -> a.files().open(f.id()), "deleted for every node");
            assertThrows(IllegalArgumentException.class, () -> a.files().open("../dossiers.mv.db"), "generated ids only");
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void aFileStoredInTheFolderBeforeTheDatabaseKeptThemIsStillRead(TestDatabases db) throws IOException {
        DatabaseSettings settings = db.settings(dir);
        String id = "0f8e6a3c-1111-4222-8333-944455556666";
        Files.createDirectories(dir.resolve("attachments"));
        Files.write(dir.resolve("attachments").resolve(id), new byte[] {1, 2, 3});
        try (JdbiDossierStore a = JdbiDossierStore.open(settings, dir)) {
            assertArrayEquals(new byte[] {1, 2, 3}, read(a.files(), id));
        }
    }

    private static byte[] read(AttachmentFiles files, String id) throws IOException {
        try (InputStream in = files.open(id)) {
            return in.readAllBytes();
        }
    }
}
