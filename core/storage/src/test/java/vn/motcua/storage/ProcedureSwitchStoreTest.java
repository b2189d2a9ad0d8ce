package vn.motcua.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.storage.internal.DatabaseSettings;
import vn.motcua.storage.internal.JdbiDossierStore;

/** Per-unit switches and their change number on H2 and PostgreSQL, seen by two stores ("nodes") on one database. */
class ProcedureSwitchStoreTest {

    static final Instant T0 = Instant.parse("2026-12-05T02:00:00Z");

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void aSwitchWrittenByOneNodeRaisesTheNumberAnotherNodePolls(TestDatabases db) {
        DatabaseSettings settings = db.settings(dir);
        try (JdbiDossierStore a = JdbiDossierStore.open(settings, dir); JdbiDossierStore b = JdbiDossierStore.open(settings, dir)) {
            ProcedureSwitchStore nodeA = a.procedureSwitchStore();
            ProcedureSwitchStore nodeB = b.procedureSwitchStore();
            assertEquals(0, nodeB.changeNumber());

            ProcedureSwitchRecord pause = new ProcedureSwitchRecord("2.000815", "00070", "Nâng cấp phần mềm", LocalDate.of(2026, 12, 31));
            nodeA.pause(pause, T0);
            long afterPause = nodeB.changeNumber();
            assertNotEquals(0, afterPause);
            ProcedureSwitchStore.Switches seen = nodeB.switches();
            assertEquals(List.of(pause), seen.paused());
            assertEquals(afterPause, seen.changeNumber());

            ProcedureSwitchRecord newReason = new ProcedureSwitchRecord("2.000815", "00070", null, null);
            nodeB.pause(newReason, T0);
            assertEquals(List.of(newReason), nodeA.switches().paused(), "a second pause replaces the first");

            assertTrue(nodeA.resume("2.000815", "00070"));
            assertFalse(nodeB.resume("2.000815", "00070"), "already on");
            assertTrue(nodeB.switches().paused().isEmpty());
            assertTrue(nodeB.changeNumber() > afterPause);
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void aNodesOldFileIsImportedOnlyIntoAnEmptyTable(TestDatabases db) {
        try (JdbiDossierStore store = db.open(dir)) {
            ProcedureSwitchStore s = store.procedureSwitchStore();
            assertFalse(s.importIfEmpty(List.of(), T0), "nothing to import changes nothing");
            assertTrue(s.importIfEmpty(List.of(new ProcedureSwitchRecord("1.001193", "00070", null, null)), T0));
            assertFalse(s.importIfEmpty(List.of(new ProcedureSwitchRecord("1.001193", "00082", null, null)), T0));
            assertEquals(List.of(new ProcedureSwitchRecord("1.001193", "00070", null, null)), s.switches().paused());
        }
    }
}
