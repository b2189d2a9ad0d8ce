package vn.motcua.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.storage.internal.DatabaseSettings;
import vn.motcua.storage.internal.JdbiDossierStore;

/** One node at a time runs a leased periodic pass; another takes over when the holder stops renewing. */
class PassLeasesTest {

    static final Instant T0 = Instant.parse("2026-12-05T02:00:00Z");
    static final Duration LEASE = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void theHolderRenewsOthersWaitAndTakeOverAfterExpiry(TestDatabases db) {
        DatabaseSettings settings = db.settings(dir);
        try (JdbiDossierStore a = JdbiDossierStore.open(settings, dir); JdbiDossierStore b = JdbiDossierStore.open(settings, dir)) {
            PassLeases nodeA = a.passLeases();
            PassLeases nodeB = b.passLeases();
            assertTrue(nodeA.tryHold("reports.rollup", "A", T0, LEASE), "free: A takes it");
            assertFalse(nodeB.tryHold("reports.rollup", "B", T0.plusSeconds(1), LEASE), "held by A");
            assertTrue(nodeA.tryHold("reports.rollup", "A", T0.plusSeconds(30), LEASE), "A renews");
            assertFalse(nodeB.tryHold("reports.rollup", "B", T0.plusSeconds(100), LEASE), "renewed until T0 + 120 s");
            assertTrue(nodeB.tryHold("reports.rollup", "B", T0.plusSeconds(121), LEASE), "A stopped renewing: B takes over");
            assertFalse(nodeA.tryHold("reports.rollup", "A", T0.plusSeconds(122), LEASE), "and A is out");
            assertTrue(nodeA.tryHold("another.pass", "A", T0, LEASE), "leases are per pass");
        }
    }
}
