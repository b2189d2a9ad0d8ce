package vn.motcua.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.storage.OutboxRecord;
import vn.motcua.storage.TestDatabases;
import vn.motcua.storage.internal.migration.V900__DropForeignKeysOnHotTables;

/**
 * V1423 on an outbox that already holds messages (decision 1104): every message keeps its id, status and times; one
 * without a dossier reads back as before; a dead letter is parked where the console finds it and can still be re-sent.
 */
class OutboxKeyMigrationTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void existingMessagesKeepTheirStateUnderTheNewKey(TestDatabases db) throws SQLException {
        DatabaseSettings settings = db.settings(dir);
        Flyway.configure().dataSource(settings.url(), settings.user(), settings.password()).locations("classpath:db/migration")
                .javaMigrations(new V900__DropForeignKeysOnHotTables()).target("1422").load().migrate();
        try (Connection c = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
             Statement s = c.createStatement()) {
            message(s, "m-pending", "'D1'", "PENDING", "'2026-12-01 01:00:00+00'");
            message(s, "m-sending", "'D1'", "SENDING", "'2026-12-01 01:05:00+00'");
            message(s, "m-sent", "NULL", "SENT", "NULL");
            message(s, "m-dead", "'D2'", "DEAD", "NULL");
        }
        Instant now = Instant.parse("2026-12-01T02:00:00Z");
        try (JdbiDossierStore store = JdbiDossierStore.open(settings, dir)) {
            assertEquals(Map.of("DEAD", 1L, "PENDING", 1L, "SENDING", 1L, "SENT", 1L), store.inTransaction(tx -> tx.outbox().countByStatus()));
            OutboxRecord sent = store.inTransaction(tx -> tx.outbox().find(null, "m-sent")).orElseThrow();
            assertNull(sent.dossierCode(), "a message about no dossier still has none");
            assertEquals(OutboxRecord.SENT, sent.status());
            assertEquals(List.of("m-pending", "m-sending"), store.inTransaction(tx -> tx.outbox().ofDossier("D1")).stream()
                    .map(OutboxRecord::id).toList());
            assertEquals(List.of("m-sending", "m-pending"), store.inTransaction(tx -> tx.outbox().unsent(10)).stream()
                    .map(OutboxRecord::id).toList(), "the furthest next attempt first");
            OutboxRecord dead = store.inTransaction(tx -> tx.outbox().dead(10)).get(0);
            assertEquals("m-dead", dead.id());
            assertNull(dead.nextAttemptAt(), "a dead letter has no next attempt");
            assertEquals(List.of("m-pending", "m-sending"), store.inTransaction(tx -> tx.outbox().due(now, List.of("EMAIL"), 10))
                    .stream().map(OutboxRecord::id).toList(), "a parked dead letter is never due");
            assertTrue((boolean) store.inTransaction(tx -> tx.outbox().resend("m-dead", now)));
            assertEquals(List.of("m-pending", "m-sending", "m-dead"), store.inTransaction(tx -> tx.outbox().due(now, List.of("EMAIL"), 10))
                    .stream().map(OutboxRecord::id).toList(), "re-sent, it is due again");
        }
    }

    private static void message(Statement s, String id, String dossier, String status, String nextAttempt) throws SQLException {
        s.execute("INSERT INTO outbox_messages (id, dossier_code, channel, recipient, template, body, status, attempts,"
                + " next_attempt_at, created_at) VALUES ('" + id + "', " + dossier + ", 'EMAIL', 'an@example.vn', 'received',"
                + " 'b', '" + status + "', 1, " + (nextAttempt.equals("NULL") ? "NULL" : "TIMESTAMP WITH TIME ZONE " + nextAttempt)
                + ", TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00')");
    }
}
