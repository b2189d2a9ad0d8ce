package vn.motcua.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.storage.internal.DatabaseSettings;
import vn.motcua.storage.internal.JdbiDossierStore;

/** Lookup grants and attempt windows on H2 and PostgreSQL, seen alike by two stores ("nodes") on one database. */
class CitizenAccessStoreTest {

    static final Instant T0 = Instant.parse("2026-12-05T02:00:00Z");

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void aGrantOpenedOnOneNodeIsFoundAndEndedOnAnother(TestDatabases db) {
        DatabaseSettings settings = db.settings(dir);
        try (JdbiDossierStore a = JdbiDossierStore.open(settings, dir); JdbiDossierStore b = JdbiDossierStore.open(settings, dir)) {
            CitizenAccessStore nodeA = a.citizenAccessStore();
            CitizenAccessStore nodeB = b.citizenAccessStore();
            nodeA.insertGrant(new GrantRecord("a".repeat(64), "LOOKUP", "H26.00070-261205-0001", "sealed", T0.plusSeconds(1200)));
            GrantRecord seen = nodeB.grant("a".repeat(64)).orElseThrow();
            assertEquals("H26.00070-261205-0001", seen.dossierCode());
            assertEquals("sealed", seen.sealedFactor());
            assertEquals(T0.plusSeconds(1200), seen.expiresAt());
            assertThrows(DuplicateKeyException.class,
                    () -> nodeB.insertGrant(new GrantRecord("a".repeat(64), "LOOKUP", "X", null, T0)));

            assertTrue(nodeB.deleteGrant("a".repeat(64)), "the first deletion ends it");
            assertFalse(nodeA.deleteGrant("a".repeat(64)), "a second one, on any node, ends nothing");
            assertTrue(nodeA.grant("a".repeat(64)).isEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void expiredGrantsAndOldWindowsAreDeleted(TestDatabases db) {
        try (JdbiDossierStore store = db.open(dir)) {
            CitizenAccessStore s = store.citizenAccessStore();
            s.insertGrant(new GrantRecord("1".repeat(64), "LOOKUP", "C1", null, T0.minusSeconds(1)));
            s.insertGrant(new GrantRecord("2".repeat(64), "COUNTER", "C2", null, T0.plusSeconds(1)));
            assertEquals(1, s.deleteExpiredGrants(T0));
            assertTrue(s.grant("2".repeat(64)).isPresent());

            s.countAttempt("k", 10);
            s.countAttempt("k", 11);
            assertEquals(1, s.deleteAttemptWindowsBefore(11));
            assertEquals(2, s.countAttempt("k", 11), "the current window stays");
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void concurrentAttemptsOnTwoNodesAreEachCountedOnce(TestDatabases db) throws Exception {
        DatabaseSettings settings = db.settings(dir);
        try (JdbiDossierStore a = JdbiDossierStore.open(settings, dir); JdbiDossierStore b = JdbiDossierStore.open(settings, dir)) {
            List<CitizenAccessStore> nodes = List.of(a.citizenAccessStore(), b.citizenAccessStore());
            Set<Integer> counts = ConcurrentHashMap.newKeySet();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    CitizenAccessStore node = nodes.get(t % 2);
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < 40; i++) {
                            assertTrue(counts.add(node.countAttempt("c|203.0.113.66", 29_400_000L)), "every count is seen once");
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(320, counts.size());
            assertEquals(320, counts.stream().mapToInt(Integer::intValue).max().orElseThrow());
            assertEquals(1, nodes.get(0).countAttempt("c|203.0.113.66", 29_400_001L), "a new window starts at one");
        }
    }
}
