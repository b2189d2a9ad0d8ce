package vn.motcua.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.storage.internal.DatabaseSettings;
import vn.motcua.storage.internal.JdbiDossierStore;

class JdbiDossierStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-29T02:00:00.123Z");

    @TempDir
    Path dir;

    static DossierRecord dossier(String code, String unit) {
        DossierRecord.Builder b = new DossierRecord.Builder();
        b.code = code; b.unitCode = unit; b.procedureCode = "1.001193"; b.procedureVersion = "2025.1";
        b.descriptorHash = "a".repeat(64); b.applicantName = "Nguyễn Văn A"; b.applicantJson = "{}"; b.formJson = "{}";
        b.channel = "COUNTER"; b.resultChannel = "COUNTER"; b.status = "SUBMITTED"; b.currentUnit = unit;
        b.currentRole = "ONE_STOP_OFFICER"; b.submittedAt = T0; b.updatedAt = T0; b.version = 1;
        return b.build();
    }

    static void saveVersion(StoreTransaction tx) {
        tx.saveProcedureVersion(new ProcedureVersionRecord("a".repeat(64), "1.001193", "2025.1", "code: 1.001193", "{}", T0));
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void dossierRoundTripsWithInstantsAndOptimisticLock(TestDatabases db) {
        try (JdbiDossierStore store = db.open(dir)) {
            store.inTransaction(tx -> {
                saveVersion(tx);
                saveVersion(tx); // stored once per hash
                tx.insertDossier(dossier("H26-261129-0001", "H26"));
                return null;
            });
            DossierRecord read = store.inTransaction(tx -> tx.dossier("H26-261129-0001")).orElseThrow();
            assertEquals(dossier("H26-261129-0001", "H26"), read);

            DossierRecord.Builder b = read.toBuilder();
            b.status = "PROCESSING"; b.version = 2; b.stepDueAt = T0.plus(3, ChronoUnit.DAYS);
            DossierRecord changed = b.build();
            assertTrue(store.<Boolean>inTransaction(tx -> tx.updateDossier(changed, 1)));
            assertFalse(store.<Boolean>inTransaction(tx -> tx.updateDossier(changed, 1)), "stale version must lose");
            assertEquals(changed, store.inTransaction(tx -> tx.dossier("H26-261129-0001")).orElseThrow());
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void duplicateEventSequenceIsADuplicateKeyAndRollsBackTheWholeTransaction(TestDatabases db) {
        try (JdbiDossierStore store = db.open(dir)) {
            store.inTransaction(tx -> {
                saveVersion(tx);
                tx.insertDossier(dossier("X-261129-0001", "X"));
                tx.appendEvent(event("X-261129-0001", 1));
                return null;
            });
            assertThrows(DuplicateKeyException.class, () -> store.inTransaction(tx -> {
                tx.insertClockStop(new ClockStopRecord("X-261129-0001", 1, T0, null, "bổ sung", "rule"));
                tx.appendEvent(event("X-261129-0001", 1));
                return null;
            }));
            assertEquals(List.of(), store.inTransaction(tx -> tx.clockStops("X-261129-0001")), "rolled back");
            assertEquals(1, store.inTransaction(tx -> tx.events("X-261129-0001")).size());
        }
    }

    static EventRecord event(String code, int seq) {
        return new EventRecord(code, seq, T0, "officer1", "ONE_STOP_OFFICER", "X", "submit", null, "SUBMITTED", "ghi chú",
                false, "{}", "p".repeat(64), "0".repeat(64), "h".repeat(64));
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void dailySequencesAreGaplessAndUniqueUnderConcurrencyAndPerDay(TestDatabases db) throws Exception {
        try (JdbiDossierStore store = db.open(dir)) {
            LocalDate day = LocalDate.of(2026, 11, 29);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<Long>> futures = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                futures.add(pool.submit(() -> store.inTransaction(tx -> tx.nextDailySequence("H26.1", day))));
            }
            List<Long> numbers = new ArrayList<>();
            for (Future<Long> f : futures) {
                numbers.add(f.get());
            }
            pool.shutdown();
            Collections.sort(numbers);
            for (int i = 0; i < 80; i++) {
                assertEquals(i + 1L, (long) numbers.get(i));
            }
            assertEquals(1L, (long) store.inTransaction(tx -> tx.nextDailySequence("H26.1", day.plusDays(1))));
            assertEquals(1L, (long) store.inTransaction(tx -> tx.nextDailySequence("H26.2", day)));
        }
    }

    /** More transactions than pooled connections start a new day at once: none may wait for a second connection. */
    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void theFirstSequencesOfADayNeedNoSecondConnection(TestDatabases db) throws Exception {
        try (JdbiDossierStore store = db.open(dir)) {
            LocalDate day = LocalDate.of(2026, 12, 1);
            int threads = 48;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
            List<Future<Long>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return store.inTransaction(tx -> tx.nextDailySequence("NEWDAY", day));
                }));
            }
            List<Long> numbers = new ArrayList<>();
            for (Future<Long> f : futures) {
                numbers.add(f.get(20, java.util.concurrent.TimeUnit.SECONDS));
            }
            pool.shutdown();
            Collections.sort(numbers);
            for (int i = 0; i < threads; i++) {
                assertEquals(i + 1L, (long) numbers.get(i));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void alertsAreClaimedOnceThroughTheIndexedAlertTime(TestDatabases db) {
        try (JdbiDossierStore store = db.open(dir)) {
            store.inTransaction(tx -> {
                saveVersion(tx);
                for (int i = 1; i <= 3; i++) {
                    DossierRecord.Builder b = dossier("A-261129-000" + i, "A").toBuilder();
                    b.nextAlertAt = T0.plus(i, ChronoUnit.HOURS);
                    tx.insertDossier(b.build());
                }
                return null;
            });
            List<AlertCandidate> due = store.inTransaction(tx -> tx.alertCandidates(T0.plus(2, ChronoUnit.HOURS), 10));
            assertEquals(List.of("A-261129-0001", "A-261129-0002"), due.stream().map(AlertCandidate::dossierCode).toList());
            AlertCandidate first = due.get(0);
            assertTrue(store.<Boolean>inTransaction(tx -> tx.claimAlert(first.dossierCode(), first.nextAlertAt(), null, 2)));
            assertFalse(store.<Boolean>inTransaction(tx -> tx.claimAlert(first.dossierCode(), first.nextAlertAt(), null, 2)),
                    "a second node loses the same claim");
            assertEquals(Map.of("SUBMITTED", 3L), store.inTransaction(StoreTransaction::countByStatus));
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void anAlertClaimAppendsItsEventOnlyOnTheHeadItWasBuiltOn(TestDatabases db) {
        try (JdbiDossierStore store = db.open(dir)) {
            DossierRecord.Builder b = dossier("A-261129-0001", "A").toBuilder();
            b.nextAlertAt = T0;
            b.eventCount = 1;
            b.lastEventHash = "1".repeat(64);
            store.inTransaction(tx -> {
                saveVersion(tx);
                tx.insertDossier(b.build());
                return null;
            });
            EventRecord alert = new EventRecord("A-261129-0001", 2, T0, "system", "SYSTEM", "A", "due-soon", "SUBMITTED",
                    "SUBMITTED", "Sắp đến hạn", true, "{}", "p".repeat(64), "1".repeat(64), "2".repeat(64));
            EventRecord staleHead = new EventRecord("A-261129-0001", 2, T0, "system", "SYSTEM", "A", "due-soon", "SUBMITTED",
                    "SUBMITTED", "Sắp đến hạn", true, "{}", "p".repeat(64), "9".repeat(64), "3".repeat(64));
            assertFalse(store.<Boolean>inTransaction(tx -> tx.claimAlert("A-261129-0001", T0, null, 1, staleHead)),
                    "an event built on another head must not fork the chain");
            assertTrue(store.<Boolean>inTransaction(tx -> tx.claimAlert("A-261129-0001", T0, T0.plusSeconds(60), 1, alert)));
            assertFalse(store.<Boolean>inTransaction(tx -> tx.claimAlert("A-261129-0001", T0, T0.plusSeconds(60), 1, alert)),
                    "a second node loses the same claim");
            DossierRecord after = store.inTransaction(tx -> tx.dossier("A-261129-0001")).orElseThrow();
            assertEquals(2, after.eventCount());
            assertEquals("2".repeat(64), after.lastEventHash());
            assertEquals(1, after.alertLevel());
            assertEquals(T0.plusSeconds(60), after.nextAlertAt());
            assertEquals(1, after.version(), "an alert leaves the version an officer decided on alone");
            assertEquals(List.of("due-soon"), store.inTransaction(tx -> tx.events("A-261129-0001")).stream()
                    .map(EventRecord::action).toList());
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void dossiersWrittenBeforeTheForeignKeysWereDroppedReadAndMoveTheSame(TestDatabases db) throws Exception {
        DatabaseSettings settings = db.settings(dir);
        // The schema as it was before V900, with a dossier and its first event in it.
        org.flywaydb.core.Flyway.configure().dataSource(settings.url(), settings.user(), settings.password())
                .locations("classpath:db/migration").target("800").load().migrate();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(settings.url(), settings.user(), settings.password());
                java.sql.Statement s = c.createStatement()) {
            s.execute("INSERT INTO procedure_versions VALUES ('" + "a".repeat(64) + "', '1.001193', '2025.1', 'x', '{}',"
                    + " TIMESTAMP WITH TIME ZONE '2026-11-29 02:00:00+00')");
            s.execute("INSERT INTO dossiers (code, unit_code, procedure_code, procedure_version, descriptor_hash,"
                    + " applicant_name, applicant_json, form_json, channel, result_channel, status, current_step, queue_unit,"
                    + " queue_role, submitted_at, step_due_at, alert_level, clock_stopped, version, event_count, updated_at)"
                    + " VALUES ('M-261129-0001', 'M', '1.001193', '2025.1', '" + "a".repeat(64) + "', 'Nguyễn Văn A', '{}',"
                    + " '{}', 'COUNTER', 'COUNTER', 'PROCESSING', 'tham-dinh', 'M', 'SPECIALIST', TIMESTAMP WITH TIME ZONE"
                    + " '2026-11-29 02:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-30 03:00:00+00', 0, FALSE, 3, 1,"
                    + " TIMESTAMP WITH TIME ZONE '2026-11-29 03:00:00+00')");
        }
        try (JdbiDossierStore store = JdbiDossierStore.open(settings, dir)) {
            DossierRecord read = store.inTransaction(tx -> tx.dossier("M-261129-0001")).orElseThrow();
            assertEquals("PROCESSING", read.status());
            assertEquals(Instant.parse("2026-11-30T03:00:00Z"), read.stepDueAt());
            DossierRecord.Builder b = read.toBuilder();
            b.status = "DECIDED"; b.version = 4;
            assertTrue(store.<Boolean>inTransaction(tx -> tx.updateDossier(b.build(), 3)));
            store.inTransaction(tx -> {
                tx.appendEvent(event("M-261129-0001", 1));
                return null;
            });
            assertEquals(b.build(), store.inTransaction(tx -> tx.dossier("M-261129-0001")).orElseThrow());
            assertEquals(1, store.inTransaction(tx -> tx.events("M-261129-0001")).size());
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(settings.url(), settings.user(), settings.password())) {
            java.sql.DatabaseMetaData meta = c.getMetaData();
            for (String table : List.of("dossiers", "events", "clock_stops", "attachments")) {
                String stored = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(java.util.Locale.ROOT) : table;
                try (java.sql.ResultSet keys = meta.getImportedKeys(c.getCatalog(), c.getSchema(), stored)) {
                    assertFalse(keys.next(), table + " still has a foreign key");
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void queueListsTheUnitAndRoleMostUrgentFirst(TestDatabases db) {
        try (JdbiDossierStore store = db.open(dir)) {
            store.inTransaction(tx -> {
                saveVersion(tx);
                for (int i = 1; i <= 3; i++) {
                    DossierRecord.Builder b = dossier("Q-261129-000" + i, "Q").toBuilder();
                    b.status = "PROCESSING"; b.currentRole = "SPECIALIST";
                    b.stepDueAt = T0.plus(10 - i, ChronoUnit.HOURS);
                    tx.insertDossier(b.build());
                }
                tx.insertDossier(dossier("Q-261129-0009", "Q"));
                return null;
            });
            List<DossierRecord> q = store.inTransaction(tx -> tx.queue(new QueueQuery("Q", "SPECIALIST", List.of("PROCESSING"), null, 10, 0)));
            assertEquals(List.of("Q-261129-0003", "Q-261129-0002", "Q-261129-0001"), q.stream().map(DossierRecord::code).toList());
            assertEquals(1, store.inTransaction(tx -> tx.queue(new QueueQuery("Q", "ONE_STOP_OFFICER", List.of(), null, 10, 0))).size());
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void anOnlineDossierWaitingForTheCounterIsNotListedAfterEverythingWithADeadline(TestDatabases db) {
        try (JdbiDossierStore store = db.open(dir)) {
            store.inTransaction(tx -> {
                saveVersion(tx);
                // received at the counter, its step due in 2 h and in 1 day
                for (int i = 1; i <= 2; i++) {
                    DossierRecord.Builder b = dossier("C-261129-000" + i, "C").toBuilder();
                    b.status = "PROCESSING";
                    b.submittedAt = T0.minus(2, ChronoUnit.DAYS);
                    b.stepDueAt = T0.plus(i == 1 ? 2 : 24, ChronoUnit.HOURS);
                    tx.insertDossier(b.build());
                }
                // submitted online 1 h ago, waiting for the counter's check: no step deadline yet
                DossierRecord.Builder online = dossier("C-261129-0009", "C").toBuilder();
                online.channel = "ONLINE";
                online.submittedAt = T0.minus(1, ChronoUnit.HOURS);
                tx.insertDossier(online.build());
                return null;
            });
            List<DossierRecord> q = store.inTransaction(tx -> tx.queue(new QueueQuery("C", "ONE_STOP_OFFICER", List.of(), null, 10, 0)));
            // decision 1323: the time by which the counter owes an answer; for an unchecked dossier that is its submission
            assertEquals(List.of("C-261129-0009", "C-261129-0001", "C-261129-0002"), q.stream().map(DossierRecord::code).toList());
        }
    }

    @Test
    void attachmentsGetGeneratedNamesChecksumsAndSizeLimits() throws Exception {
        try (JdbiDossierStore store = TestDatabases.H2.open(dir)) {
            AttachmentFiles files = store.files();
            AttachmentFiles.StoredFile f = files.write(new ByteArrayInputStream("%PDF-1.7 hello".getBytes()), 100);
            assertEquals(14, f.sizeBytes());
            assertEquals("a5c7e3b3f3b6ad8bd1b9446bc9cfeb1a09de9c7b1e3e3f9f2c5c1ad63d20bc72".length(), f.sha256().length());
            assertTrue(Files.exists(files.path(f.id())));
            assertThrows(AttachmentTooLargeException.class, () -> files.write(new ByteArrayInputStream(new byte[101]), 100));
            assertThrows(IllegalArgumentException.class, () -> files.path("../../etc/passwd"));
            try (var dirList = Files.list(dir.resolve("attachments"))) {
                assertEquals(1, dirList.count(), "the refused file left nothing behind");
            }
        }
    }

    @Test
    void h2FileStaysDurableAcrossReopen() {
        try (JdbiDossierStore store = TestDatabases.H2.open(dir)) {
            store.inTransaction(tx -> {
                saveVersion(tx);
                tx.insertDossier(dossier("R-261129-0001", "R"));
                return tx.nextDailySequence("R", LocalDate.of(2026, 11, 29));
            });
        }
        try (JdbiDossierStore store = TestDatabases.H2.open(dir)) {
            assertTrue(store.inTransaction(tx -> tx.dossier("R-261129-0001")).isPresent());
            assertEquals(2L, (long) store.inTransaction(tx -> tx.nextDailySequence("R", LocalDate.of(2026, 11, 29))));
        }
    }
}
