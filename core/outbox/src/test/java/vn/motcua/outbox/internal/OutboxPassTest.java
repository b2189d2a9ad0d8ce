package vn.motcua.outbox.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.outbox.spi.Delivery;
import vn.motcua.outbox.spi.OutgoingMessage;
import vn.motcua.outbox.spi.Transport;
import vn.motcua.storage.OutboxClaim;
import vn.motcua.storage.OutboxRecord;
import vn.motcua.storage.TestDatabases;
import vn.motcua.storage.internal.DatabaseSettings;
import vn.motcua.storage.internal.JdbiDossierStore;

/** The delivery worker against a real database (H2 file and PostgreSQL): claims, back-off, dead letters, leases. */
class OutboxPassTest {

    @TempDir
    Path dir;

    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-04T02:00:00Z"));
    private final java.util.Map<String, String> codes = new java.util.concurrent.ConcurrentHashMap<>();
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    /** A partner that records every delivery by idempotency key and answers what {@code answer} says. */
    static final class Partner implements Transport {
        final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
        volatile java.util.function.Function<OutgoingMessage, Delivery> answer = m -> Delivery.accepted("202 Accepted", "p-" + m.idempotencyKey());

        @Override
        public String channel() {
            return "EMAIL";
        }

        @Override
        public Delivery deliver(OutgoingMessage m) {
            received.computeIfAbsent(m.idempotencyKey(), k -> new AtomicInteger()).incrementAndGet();
            return answer.apply(m);
        }
    }

    private OutboxPass pass(JdbiDossierStore store, Transport partner, String node, int batch, Duration timeout, int attempts) {
        return new OutboxPass(store, c -> c.equals(partner.channel()) ? Optional.of(partner) : Optional.empty(),
                () -> List.of(partner.channel()), threads, clock,
                new OutboxPass.Settings(node, batch, timeout, Duration.ofMinutes(1),
                        new Backoff(Duration.ofSeconds(10), Duration.ofHours(1), attempts, () -> 0.5)));
    }

    private List<String> enqueue(JdbiDossierStore store, int n, String channel) {
        List<String> ids = new ArrayList<>();
        store.inTransaction(tx -> {
            for (int i = 0; i < n; i++) {
                String id = java.util.UUID.randomUUID().toString();
                String code = "H26.00070-261204-" + String.format("%04d", i);
                codes.put(id, code);
                tx.outbox().insert(OutboxRecord.pending(id, code, channel,
                        "an" + i + "@example.vn", "received", "Hồ sơ đã được tiếp nhận", "Nội dung " + i, now.get()));
                ids.add(id);
            }
            return null;
        });
        return ids;
    }

    private OutboxRecord record(JdbiDossierStore store, String id) {
        return store.inTransaction(tx -> tx.outbox().find(codes.get(id), id)).orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void twoNodesOnOneDatabaseDeliverEveryMessageExactlyOnce(TestDatabases db) throws Exception {
        DatabaseSettings settings = db.settings(dir);
        try (JdbiDossierStore one = JdbiDossierStore.open(settings, dir); JdbiDossierStore two = JdbiDossierStore.open(settings, dir)) {
            Partner partner = new Partner();
            List<String> ids = enqueue(one, 300, "EMAIL");
            enqueue(one, 5, "SMS"); // no SMS adapter here: those wait
            OutboxPass a = pass(one, partner, "node-a", 7, Duration.ofSeconds(10), 5);
            OutboxPass b = pass(two, partner, "node-b", 7, Duration.ofSeconds(10), 5);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService runners = Executors.newFixedThreadPool(2);
            Future<Integer> fa = runners.submit(() -> {
                start.await();
                return a.drain();
            });
            Future<Integer> fb = runners.submit(() -> {
                start.await();
                return b.drain();
            });
            start.countDown();
            int attempted = fa.get() + fb.get();
            runners.shutdown();
            assertEquals(300, attempted, "every message attempted once, by one node or the other");
            assertEquals(300, partner.received.size());
            partner.received.forEach((k, n) -> assertEquals(1, n.get(), "delivered twice: " + k));
            for (String id : ids) {
                OutboxRecord r = record(one, id);
                assertEquals(OutboxRecord.SENT, r.status());
                assertEquals(1, r.attempts());
                assertNull(r.nextAttemptAt());
                assertEquals("p-" + id, r.partnerRef());
                assertEquals("202 Accepted", r.lastAnswer());
            }
            Map<String, Long> counts = one.inTransaction(tx -> tx.outbox().countByStatus());
            assertEquals(Map.of("SENT", 300L, "PENDING", 5L), counts);
        }
    }

    /** The claimed message is found again by its lease end (decision 1104), which the column holds to the microsecond. */
    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void anOutcomeIsRecordedWhenTheClockHasNanoseconds(TestDatabases db) {
        now.set(Instant.parse("2026-12-04T02:00:00.123456789Z"));
        try (JdbiDossierStore store = db.open(dir)) {
            Partner partner = new Partner();
            String id = enqueue(store, 1, "EMAIL").get(0);
            assertEquals(1, pass(store, partner, "node-a", 10, Duration.ofSeconds(5), 3).round());
            assertEquals(OutboxRecord.SENT, record(store, id).status(), "the outcome found its claim");
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void aFailingPartnerIsRetriedWithGrowingBackOffThenDeadThenResentByHand(TestDatabases db) {
        try (JdbiDossierStore store = db.open(dir)) {
            Partner partner = new Partner();
            partner.answer = m -> Delivery.retry("HTTP 500 Internal Server Error");
            String id = enqueue(store, 1, "EMAIL").get(0);
            OutboxPass pass = pass(store, partner, "node-a", 10, Duration.ofSeconds(5), 3);

            assertEquals(1, pass.round());
            OutboxRecord r = record(store, id);
            assertEquals(OutboxRecord.PENDING, r.status());
            assertEquals(now.get().plusSeconds(10), r.nextAttemptAt(), "first back-off");
            assertEquals("HTTP 500 Internal Server Error", r.lastAnswer());
            assertEquals(0, pass.round(), "not due before its back-off");

            now.set(now.get().plusSeconds(10));
            assertEquals(1, pass.round());
            assertEquals(now.get().plusSeconds(20), record(store, id).nextAttemptAt(), "doubled");

            now.set(now.get().plusSeconds(20));
            assertEquals(1, pass.round());
            r = record(store, id);
            assertEquals(OutboxRecord.DEAD, r.status(), "third failure of three: a dead letter");
            assertNull(r.nextAttemptAt());
            assertTrue(r.lastAnswer().startsWith("HTTP 500"), r.lastAnswer());
            now.set(now.get().plus(Duration.ofDays(1)));
            assertEquals(0, pass.round(), "a dead letter is not retried by itself");

            partner.answer = m -> Delivery.accepted("250 OK", null);
            assertTrue((boolean) store.inTransaction(tx -> tx.outbox().resend(id, now.get())));
            assertFalse((boolean) store.inTransaction(tx -> tx.outbox().resend(id, now.get())), "only a dead letter is re-sent");
            assertEquals(1, pass.round());
            r = record(store, id);
            assertEquals(OutboxRecord.SENT, r.status());
            assertEquals(1, r.attempts(), "a fresh count after the manual re-send");
            assertEquals(4, partner.received.get(id).get(), "the same idempotency key every time");
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void aRefusalIsADeadLetterAtOnceAndAHangingPartnerCostsOneTimeoutNotTheWorker(TestDatabases db) {
        try (JdbiDossierStore store = db.open(dir)) {
            Partner partner = new Partner();
            partner.answer = m -> Delivery.refused("HTTP 422 invalid recipient");
            String refused = enqueue(store, 1, "EMAIL").get(0);
            OutboxPass pass = pass(store, partner, "node-a", 10, Duration.ofMillis(500), 5);
            pass.round();
            assertEquals(OutboxRecord.DEAD, record(store, refused).status());
            assertEquals(1, record(store, refused).attempts());

            partner.answer = m -> {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Delivery.accepted("late", null);
            };
            String hanging = enqueue(store, 1, "EMAIL").get(0);
            long t0 = System.nanoTime();
            assertEquals(1, pass.round());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 5_000, "the round ends at the timeout, took " + ms + " ms");
            OutboxRecord r = record(store, hanging);
            assertEquals(OutboxRecord.PENDING, r.status(), "retried later");
            assertTrue(r.lastAnswer().contains("không trả lời"), r.lastAnswer());

            partner.answer = m -> {
                throw new IllegalStateException("connection refused");
            };
            now.set(now.get().plusSeconds(10));
            pass.round();
            assertTrue(record(store, hanging).lastAnswer().contains("connection refused"));
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void aNodeThatDiesHoldingAClaimLosesItWhenTheLeaseEndsAndCannotOverwriteTheTakeOver(TestDatabases db) {
        try (JdbiDossierStore store = db.open(dir)) {
            String id = enqueue(store, 1, "EMAIL").get(0);
            Instant seen = record(store, id).nextAttemptAt();
            // node-a claims, then "dies" before recording the outcome
            Instant leaseA = now.get().plusSeconds(60);
            assertTrue((boolean) store.inTransaction(tx -> tx.outbox().claim(id, seen, leaseA, "node-a")));
            assertFalse((boolean) store.inTransaction(tx -> tx.outbox().claim(id, seen, now.get().plusSeconds(60), "node-b")),
                    "compare-and-set: the same claim cannot be won twice");
            Partner partner = new Partner();
            OutboxPass b = pass(store, partner, "node-b", 10, Duration.ofSeconds(5), 5);
            assertEquals(0, b.round(), "leased to node-a");
            now.set(now.get().plusSeconds(61));
            assertEquals(1, b.round(), "the lease ran out: node-b delivers");
            assertEquals(1, partner.received.get(id).get());
            OutboxRecord r = record(store, id);
            assertEquals(OutboxRecord.SENT, r.status());
            assertEquals(2, r.attempts());
            assertFalse((boolean) store.inTransaction(tx -> tx.outbox().markRetry(new OutboxClaim(id, leaseA, "node-a", 1), now.get(), "late")),
                    "node-a's late outcome is refused");
            assertEquals(OutboxRecord.SENT, record(store, id).status());
        }
    }
}
