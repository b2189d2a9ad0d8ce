package vn.motcua.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreTest {

    @TempDir
    Path dir;

    private Path zip(String... namesAndContents) throws IOException {
        Path zip = dir.resolve("backup.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                out.putNextEntry(new ZipEntry(namesAndContents[i]));
                out.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void unpacksIntoANewFolderWithTheDeployFolderPresent() throws IOException {
        Path zip = zip("db/motcua.mv.db", "H2", "attachments/0b6f1c55-8d53-4b0e-9f4c-2a5e8f7d3c11", "%PDF");
        Path data = dir.resolve("restored");
        Restore restore = Restore.parse(new String[] {zip.toString(), "--data-dir", data.toString()}, Map.of());

        assertEquals(2, restore.run());
        assertEquals("H2", Files.readString(data.resolve("db/motcua.mv.db")));
        assertEquals("%PDF", Files.readString(data.resolve("attachments/0b6f1c55-8d53-4b0e-9f4c-2a5e8f7d3c11")));
        assertTrue(Files.isDirectory(data.resolve("deploy")), "an absent deploy folder would make the next start add the samples");
        assertFalse(Files.exists(dir.resolve("restored.restoring")));
    }

    @Test
    void refusesAFolderThatAlreadyHoldsData() throws IOException {
        Path zip = zip("db/motcua.mv.db", "new");
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("units.csv"), "old");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Restore.parse(new String[] {zip.toString(), "--data-dir", data.toString()}, Map.of()).run());
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        assertEquals("old", Files.readString(data.resolve("units.csv")));
    }

    @Test
    void refusesAnEntryThatWouldLandOutsideTheDataFolder() throws IOException {
        Path zip = zip("../evil.sh", "rm -rf /");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Restore.parse(new String[] {zip.toString(), "--data-dir", dir.resolve("d").toString()}, Map.of()).run());
        assertTrue(e.getMessage().contains("outside the data folder"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("evil.sh")));
    }

    @Test
    void saysHowToCallItWithoutAnArchive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Restore.parse(new String[] {}, Map.of()));
        assertTrue(e.getMessage().startsWith("usage: bin/motcua restore"), e.getMessage());
    }
}
