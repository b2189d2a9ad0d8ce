package vn.motcua.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.storage.internal.DatabaseSettings;
import vn.motcua.storage.internal.JdbiDossierStore;
import vn.motcua.storage.internal.PoolSettings;

/**
 * Issue 14: a PostgreSQL that stops answering is a {@link StorageUnavailableException} (503 upstream), not a plain
 * {@link StorageException} (500); a statement the database refuses stays a plain one; the store recovers by itself.
 */
class StorageUnavailableTest {

    @TempDir
    Path dir;

    @Test
    void aDatabaseThatRefusesConnectionsIsUnavailableAndTheStoreRecoversWhenItIsBack() throws Exception {
        DatabaseSettings settings = TestDatabases.POSTGRESQL.settings(dir);
        String url = settings.url();
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        String name = query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query);
        String admin = url.substring(0, slash + 1) + "postgres" + (query < 0 ? "" : url.substring(query));
        PoolSettings pooling = new PoolSettings(2, Duration.ofMillis(500), Duration.ofMinutes(30), Duration.ofMinutes(2), Duration.ZERO);
        try (JdbiDossierStore store = JdbiDossierStore.open(settings, pooling, dir)) {
            CitizenAccessStore s = store.citizenAccessStore();
            assertEquals(1, s.countAttempt("k", 1));

            // The "outage": the database refuses new connections and every open one is cut (a restart or fail-over).
            try (Connection c = DriverManager.getConnection(admin, settings.user(), settings.password()); Statement st = c.createStatement()) {
                st.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false");
                st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
            }
            StorageException down = assertThrows(StorageException.class, () -> s.countAttempt("k", 1));
            assertTrue(StorageUnavailableException.in(down).isPresent(), "unavailable, was: " + down);

            try (Connection c = DriverManager.getConnection(admin, settings.user(), settings.password()); Statement st = c.createStatement()) {
                st.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS true");
            }
            int after = -1;
            for (int i = 0; i < 20 && after < 0; i++) {
                try {
                    after = s.countAttempt("k", 1);
                } catch (StorageUnavailableException stillDown) {
                    Thread.sleep(250); // the pool replaces its cut connections in the background
                }
            }
            assertEquals(2, after, "back without a restart; the count survived the outage");
        }
    }

    @Test
    void aStatementTheDatabaseRefusesIsNotAnOutage() {
        try (JdbiDossierStore store = TestDatabases.H2.open(dir)) {
            StorageException e = assertThrows(StorageException.class,
                    () -> store.citizenAccessStore().insertGrant(new GrantRecord("x".repeat(65), "LOOKUP", "C", null, java.time.Instant.EPOCH)));
            assertTrue(StorageUnavailableException.in(e).isEmpty(), "a too long value is the caller's bug: " + e);
        }
    }
}
