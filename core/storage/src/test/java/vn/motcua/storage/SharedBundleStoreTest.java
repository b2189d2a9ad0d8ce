package vn.motcua.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.storage.internal.DatabaseSettings;
import vn.motcua.storage.internal.JdbiDossierStore;

/** Shared procedure bundles on H2 and PostgreSQL, written by one store ("node") and read by another. */
class SharedBundleStoreTest {

    static final Instant T0 = Instant.parse("2026-12-05T02:00:00Z");

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void aJarStoredByOneNodeIsReadByAnotherWithEveryChangeRaisingItsRevision(TestDatabases db) {
        DatabaseSettings settings = db.settings(dir);
        try (JdbiDossierStore a = JdbiDossierStore.open(settings, dir); JdbiDossierStore b = JdbiDossierStore.open(settings, dir)) {
            SharedBundleStore nodeA = a.sharedBundleStore();
            SharedBundleStore nodeB = b.sharedBundleStore();
            assertEquals(0, nodeB.changeNumber());
            assertTrue(nodeB.bundles().isEmpty());

            byte[] v1 = new byte[300_000];
            v1[0] = 'P';
            v1[299_999] = 'K';
            nodeA.put("chung-thuc.jar", v1, "1".repeat(64), "ACTIVE", false, T0);
            List<SharedBundleRecord> seen = nodeB.bundles();
            assertEquals(1, seen.size());
            SharedBundleRecord r1 = seen.get(0);
            assertEquals(new SharedBundleRecord("chung-thuc.jar", "1".repeat(64), "ACTIVE", false, r1.revision()), r1);
            assertArrayEquals(v1, nodeB.jar("chung-thuc.jar").orElseThrow());
            long n1 = nodeB.changeNumber();

            byte[] v0 = {1, 2, 3};
            nodeB.put("chung-thuc.jar", v0, "0".repeat(64), "ACTIVE", true, T0);
            SharedBundleRecord r2 = nodeA.bundles().get(0);
            assertTrue(r2.rolledBack());
            assertTrue(r2.revision() > r1.revision());
            assertArrayEquals(v0, nodeA.jar("chung-thuc.jar").orElseThrow());

            assertTrue(nodeA.setState("chung-thuc.jar", "STOPPED", T0));
            assertEquals("STOPPED", nodeB.bundles().get(0).desiredState());
            assertTrue(nodeB.bundles().get(0).revision() > r2.revision());
            assertFalse(nodeA.setState("never-stored.jar", "REMOVED", T0));
            assertTrue(nodeB.changeNumber() > n1);
        }
    }
}
