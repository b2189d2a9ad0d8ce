package vn.motcua.outbox.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.outbox.OutboxEntry;
import vn.motcua.storage.OutboxRecord;
import vn.motcua.storage.TestDatabases;
import vn.motcua.storage.internal.JdbiDossierStore;

/** What the citizen's dossier page lists: the messages sent to them, not the orders and pushes to partners. */
class OutboxQueriesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void theCitizensListHasTheirMessagesButNotThePostalOrderOrTheNationalPortalPush(TestDatabases db) {
        try (JdbiDossierStore store = db.open(dir)) {
            Instant now = Instant.parse("2026-12-04T02:00:00Z");
            String code = "H26.00070-261204-0001";
            store.inTransaction(tx -> {
                tx.outbox().insert(OutboxRecord.pending("a", code, "SMS", "0912345678", "result-ready", null, "Ho so co ket qua", now));
                tx.outbox().insert(OutboxRecord.pending("b", code, "POSTAL", "Số 1 Hoàng Hoa Thám", "postal-delivery", null, "{}", now));
                tx.outbox().insert(OutboxRecord.pending("c", code, "DVCQG", "DVCQG", "dvcqg-status", null, "{}", now));
                return null;
            });
            OutboxQueries q = new OutboxQueries(store, Clock.systemUTC());
            List<OutboxEntry> citizen = q.sentFor(code);
            assertEquals(List.of("SMS"), citizen.stream().map(OutboxEntry::channel).toList());
            assertEquals("091****678", citizen.get(0).recipient());
            assertEquals(3, q.pending(10).size(), "the operator's console sees every message");
        }
    }
}
