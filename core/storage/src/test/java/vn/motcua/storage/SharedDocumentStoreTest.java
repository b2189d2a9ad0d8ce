package vn.motcua.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.storage.internal.DatabaseSettings;
import vn.motcua.storage.internal.JdbiDossierStore;

/** Shared unit and calendar documents on H2 and PostgreSQL, written by one store ("node") and read by another. */
class SharedDocumentStoreTest {

    static final Instant T0 = Instant.parse("2026-12-05T02:00:00Z");

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void aDocumentWrittenByOneNodeIsReadByAnotherAndEveryChangeMovesTheNumber(TestDatabases db) {
        DatabaseSettings settings = db.settings(dir);
        try (JdbiDossierStore a = JdbiDossierStore.open(settings, dir); JdbiDossierStore b = JdbiDossierStore.open(settings, dir)) {
            SharedDocumentStore nodeA = a.sharedDocumentStore();
            SharedDocumentStore nodeB = b.sharedDocumentStore();
            assertEquals(0, nodeB.changeNumber());
            assertTrue(nodeB.documents().texts().isEmpty());

            String year = "year: 2027\nnonWorkingDays:\n- date: 2027-09-03\n  reason: Quốc khánh (nghỉ bù)\n";
            nodeA.put("calendar/2027.yaml", year, T0);
            SharedDocumentStore.Documents seen = nodeB.documents();
            assertEquals(Map.of("calendar/2027.yaml", year), seen.texts());
            assertEquals(nodeA.changeNumber(), seen.changeNumber());

            nodeB.put("calendar/2027.yaml", "year: 2027\n", T0);
            assertEquals("year: 2027\n", nodeA.documents().texts().get("calendar/2027.yaml"));

            nodeA.remove("calendar/2027.yaml", T0);
            assertTrue(nodeB.documents().texts().isEmpty());
            assertTrue(nodeB.changeNumber() > seen.changeNumber());
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void onlyTheFirstNodePublishesItsFilesAndARemovalIsNotUndoneByALaterNode(TestDatabases db) {
        DatabaseSettings settings = db.settings(dir);
        try (JdbiDossierStore a = JdbiDossierStore.open(settings, dir); JdbiDossierStore b = JdbiDossierStore.open(settings, dir)) {
            SharedDocumentStore nodeA = a.sharedDocumentStore();
            SharedDocumentStore nodeB = b.sharedDocumentStore();
            assertTrue(nodeA.publishIfNone("calendar/", Map.of("calendar/closures.yaml", "closures: []\n"), T0));
            assertFalse(nodeB.publishIfNone("calendar/", Map.of("calendar/2027.yaml", "year: 2027\n"), T0));
            assertEquals(Map.of("calendar/closures.yaml", "closures: []\n"), nodeB.documents().texts());

            // another prefix is published on its own, even when the node has nothing to publish
            assertTrue(nodeA.publishIfNone("units.csv", Map.of(), T0));
            assertFalse(nodeB.publishIfNone("units.csv", Map.of("units.csv", "stale"), T0));
            assertFalse(nodeB.documents().texts().containsKey("units.csv"));

            nodeA.remove("calendar/closures.yaml", T0);
            assertFalse(nodeB.publishIfNone("calendar/", Map.of("calendar/closures.yaml", "stale"), T0));
            assertTrue(nodeB.documents().texts().isEmpty());
        }
    }
}
