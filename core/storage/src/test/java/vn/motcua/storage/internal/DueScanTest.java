package vn.motcua.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The due scans of the alert scheduler and the outbox read the due rows only, however many finished dossiers and delivered
 * messages the tables hold (decision 1010). Before the floor, H2 read every NULL index entry on each pass: 20,200 entries
 * for 200 due messages.
 */
class DueScanTest {

    private static final int FINISHED = 5_000;
    private static final int DUE = 3;
    private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

    @TempDir
    Path dir;
    private JdbiDossierStore store;

    @BeforeEach
    void open() {
        store = JdbiDossierStore.open(DatabaseSettings.h2File(dir), dir);
        Instant past = Instant.now().minusSeconds(60);
        store.inHandle(h -> {
            h.execute("INSERT INTO dossiers (code, unit_code, procedure_code, procedure_version, descriptor_hash, applicant_name,"
                    + " applicant_json, form_json, channel, result_channel, status, submitted_at, next_alert_at, alert_level,"
                    + " clock_stopped, version, event_count, updated_at) SELECT 'D' || X, '00004', '1.001193', '1', 'h', 'A', '{}',"
                    + " '{}', 'ONLINE', 'ONLINE', CASE WHEN X <= ? THEN 'IN_PROGRESS' ELSE 'RETURNED' END, CURRENT_TIMESTAMP,"
                    + " CASE WHEN X <= ? THEN ? ELSE NULL END, 0, FALSE, 1, 1, CURRENT_TIMESTAMP FROM SYSTEM_RANGE(1, ?)",
                    DUE, DUE, past.atOffset(java.time.ZoneOffset.UTC), FINISHED + DUE);
            h.execute("INSERT INTO outbox_messages (id, channel, recipient, template, body, status, attempts, next_attempt_at,"
                    + " created_at) SELECT 'M' || X, 'SMS', '0912345678', 'RECEIVED', 'b', CASE WHEN X <= ? THEN 'PENDING' ELSE 'SENT' END,"
                    + " 0, CASE WHEN X <= ? THEN ? ELSE NULL END, CURRENT_TIMESTAMP FROM SYSTEM_RANGE(1, ?)",
                    DUE, DUE, past.atOffset(java.time.ZoneOffset.UTC), FINISHED + DUE);
            return null;
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theAlertPassReadsOnlyTheDueDossiers() {
        assertEquals(DUE, store.inTransaction(tx -> tx.alertCandidates(Instant.now(), 100)).size());
        String plan = store.inHandle(h -> String.join("\n", h.createQuery("EXPLAIN ANALYZE " + JdbiStoreTransaction.ALERT_CANDIDATES)
                .bind("floor", SqlTime.ts(SqlTime.DUE_FLOOR)).bind("now", SqlTime.ts(Instant.now())).bind("limit", 100)
                .mapTo(String.class).list()));
        assertReadsAtMostTheDueRows(plan);
    }

    @Test
    void theOutboxReadsOnlyTheDueMessages() {
        assertEquals(DUE, store.inTransaction(tx -> tx.outbox().due(Instant.now(), List.of("SMS"), 100)).size());
        String plan = store.inHandle(h -> String.join("\n", h.createQuery("EXPLAIN ANALYZE " + JdbiOutboxTable.DUE)
                .bind("floor", SqlTime.ts(SqlTime.DUE_FLOOR)).bind("now", SqlTime.ts(Instant.now()))
                .bindList("channels", List.of("SMS")).bind("limit", 100).mapTo(String.class).list()));
        assertReadsAtMostTheDueRows(plan);
        assertTrue(plan.contains("index sorted"), "the batch is read in index order, not sorted: " + plan);
    }

    @Test
    void theConsoleReadsOnlyTheUnsentMessages() {
        assertEquals(DUE, store.inTransaction(tx -> tx.outbox().unsent(100)).size());
        assertEquals(java.util.Map.of("PENDING", (long) DUE, "SENT", (long) FINISHED),
                store.inTransaction(tx -> tx.outbox().countByStatus()));
        // V1423 (decision 1104): no index of its own, so the list and the counts must come from outbox_due's range
        String list = explain(JdbiOutboxTable.UNSENT_LIST.replace(":parked", "TIMESTAMP WITH TIME ZONE '9999-12-31 00:00:00+00'"));
        assertReadsAtMostTheDueRows(list);
        assertTrue(list.contains("index sorted"), "the list is read in index order, not sorted: " + list);
        assertReadsAtMostTheDueRows(explain(JdbiOutboxTable.UNSENT_COUNT));
    }

    private String explain(String sql) {
        return store.inHandle(h -> String.join("\n", h.createQuery("EXPLAIN ANALYZE " + sql)
                .bind("floor", SqlTime.ts(SqlTime.DUE_FLOOR)).bind("limit", 100).mapTo(String.class).list()));
    }

    private static void assertReadsAtMostTheDueRows(String plan) {
        Matcher m = SCAN_COUNT.matcher(plan);
        assertTrue(m.find(), plan);
        int scanned = Integer.parseInt(m.group(1));
        assertTrue(scanned <= DUE + 1, "read " + scanned + " index entries for " + DUE + " due rows: " + plan);
    }
}
