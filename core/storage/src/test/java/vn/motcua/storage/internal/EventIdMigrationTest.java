package vn.motcua.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.storage.internal.migration.V900__DropForeignKeysOnHotTables;

/**
 * V1417 on a database that already holds events (decision 1011): ids follow the events' time, the staff evaluation's
 * copy holds every event, and the roll-up's event mark stands where its time watermark stood.
 */
class EventIdMigrationTest {

    @TempDir
    Path dir;

    @Test
    void existingEventsGetIdsInTimeOrderAndTheMarksFollowTheOldWatermark() throws SQLException {
        DatabaseSettings settings = DatabaseSettings.h2File(dir);
        Flyway.configure().dataSource(settings.url(), settings.user(), settings.password()).locations("classpath:db/migration")
                .javaMigrations(new V900__DropForeignKeysOnHotTables()).target("1413").load().migrate();
        try (Connection c = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
             Statement s = c.createStatement()) {
            // B's first event happened before A's second: ids must follow time, not dossier
            event(s, "A", 1, "2026-12-01T01:00:00Z", "motcua01");
            event(s, "B", 1, "2026-12-01T02:00:00Z", "motcua01");
            event(s, "A", 2, "2026-12-01T03:00:00Z", "cv01");
            event(s, "B", 2, "2026-12-01T05:00:00Z", "cv01");
            s.execute("INSERT INTO report_watermarks (name, mark) VALUES ('dossier-facts', TIMESTAMP WITH TIME ZONE '2026-12-01 04:00:00+00')");
        }
        JdbiDossierStore.open(settings, dir).close();
        try (Connection c = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
             Statement s = c.createStatement()) {
            assertEquals(List.of("1 A 1", "2 B 1", "3 A 2", "4 B 2"),
                    rows(s, "SELECT id || ' ' || dossier_code || ' ' || seq FROM events ORDER BY id"));
            // V1420: the notification feed starts after the events that exist (they carry no messages: decision 1103)
            assertEquals(List.of("dossier-facts 3", "officer-actions 4", "outbox-notifications 4"),
                    rows(s, "SELECT name || ' ' || last_id FROM event_marks ORDER BY name"));
            assertEquals(List.of("A 2 cv01", "B 2 cv01"),
                    rows(s, "SELECT dossier_code || ' ' || seq || ' ' || actor FROM officer_actions WHERE actor = 'cv01' ORDER BY acted_at"));
            s.execute("INSERT INTO events (dossier_code, seq, occurred_at, actor, actor_role, action, to_state, internal, payload_json,"
                    + " payload_hash, prev_hash, hash) VALUES ('C', 1, CURRENT_TIMESTAMP, 'x', 'CITIZEN', 'submit', 'SUBMITTED', FALSE,"
                    + " '{}', 'h', 'h', 'h')");
            assertEquals(List.of("5"), rows(s, "SELECT id FROM events WHERE dossier_code = 'C'"), "new events continue the ids");
        }
    }

    private static void event(Statement s, String dossier, int seq, String at, String actor) throws SQLException {
        s.execute("INSERT INTO events (dossier_code, seq, occurred_at, actor, actor_role, unit_code, action, from_state, to_state,"
                + " note, internal, payload_json, payload_hash, prev_hash, hash) VALUES ('" + dossier + "', " + seq
                + ", TIMESTAMP WITH TIME ZONE '" + at.replace('T', ' ').replace("Z", "+00") + "', '" + actor
                + "', 'ONE_STOP_OFFICER', '00004', 'forward', 'A', 'B', NULL, FALSE, '{}', 'p', 'q', 'r')");
    }

    private static List<String> rows(Statement s, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
