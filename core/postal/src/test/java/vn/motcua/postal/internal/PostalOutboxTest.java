package vn.motcua.postal.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.outbox.internal.OutboxPass;
import vn.motcua.storage.OutboxRecord;
import vn.motcua.storage.PostalOrderRecord;
import vn.motcua.storage.TestDatabases;
import vn.motcua.storage.internal.JdbiDossierStore;

/**
 * A postal order through the real outbox worker to the partner simulator (H2 file and PostgreSQL): a 500 and a hang are
 * retried with the same key, the consignment number and fee land on the order, the status poller follows the item to
 * its delivery, and the partner never gets a second order.
 */
class PostalOutboxTest {

    @TempDir
    Path dir;

    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-04T02:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private PostalSimulator post;

    @BeforeEach
    void start() throws Exception {
        post = PostalSimulator.start(0);
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
        post.close();
    }

    /** What the engine writes on RESULT_READY of a POSTAL result (PostalOrders), in one transaction. */
    private String order(JdbiDossierStore store, String code) {
        String id = UUID.randomUUID().toString();
        store.inTransaction(tx -> {
            tx.outbox().insert(OutboxRecord.pending(id, code, "POSTAL", "Số 1 Hoàng Hoa Thám, Ba Đình", "postal-delivery",
                    "Chuyển phát kết quả hồ sơ " + code, "{\"kind\":\"DELIVERY\",\"dossierCode\":\"" + code + "\",\"senderUnit\":\"00070\","
                            + "\"receiverName\":\"Nguyễn Văn An\",\"receiverPhone\":\"0912345678\","
                            + "\"receiverAddress\":\"Số 1 Hoàng Hoa Thám, Ba Đình\",\"contents\":\"Kết quả hồ sơ " + code + "\"}", now.get()));
            tx.postal().insert(PostalOrderRecord.ordered(id, code, PostalOrderRecord.DELIVERY, now.get()));
            return null;
        });
        return id;
    }

    private static PostalOrderRecord row(JdbiDossierStore store, String code) {
        return store.inTransaction(tx -> tx.postal().ofDossier(code)).get(0);
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void anOrderSurvivesA500AndAHangThenIsTrackedToItsDelivery(TestDatabases db) {
        try (JdbiDossierStore store = db.open(dir)) {
            HttpPostalPartner partner = new HttpPostalPartner(post.uri(), null, Duration.ofSeconds(10));
            PostalTransport transport = new PostalTransport(partner, store, clock, Duration.ofMinutes(5));
            OutboxPass pass = new OutboxPass(store, c -> c.equals("POSTAL") ? Optional.of(transport) : Optional.empty(),
                    () -> List.of("POSTAL"), threads, clock, OutboxPass.Settings.of("node-1", 10, Duration.ofSeconds(2),
                    Duration.ofSeconds(30), 8));
            String code = "H26.00070-261204-0007";
            String id = order(store, code);

            post.failNext(1, 500);
            assertEquals(1, pass.round());
            OutboxRecord m = store.inTransaction(tx -> tx.outbox().find(code, id)).orElseThrow();
            assertEquals(OutboxRecord.PENDING, m.status());
            assertTrue(m.lastAnswer().startsWith("HTTP 500"), m.lastAnswer());
            assertEquals(PostalOrderRecord.ORDERED, row(store, code).status());

            post.hang(6_000);
            now.set(now.get().plusSeconds(120));
            long t0 = System.nanoTime();
            assertEquals(1, pass.round());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 5_500, "the worker stops waiting at its deadline (2 s), took " + ms + " ms");
            m = store.inTransaction(tx -> tx.outbox().find(code, id)).orElseThrow();
            assertEquals(OutboxRecord.PENDING, m.status());
            assertTrue(m.lastAnswer().contains("không trả lời"), m.lastAnswer());
            post.hang(0);

            now.set(now.get().plusSeconds(600));
            assertEquals(1, pass.round());
            m = store.inTransaction(tx -> tx.outbox().find(code, id)).orElseThrow();
            assertEquals(OutboxRecord.SENT, m.status(), m.lastAnswer());
            PostalOrderRecord accepted = row(store, code);
            assertEquals(PostalOrderRecord.ACCEPTED, accepted.status());
            assertEquals(m.partnerRef(), accepted.consignmentNo());
            assertTrue(accepted.consignmentNo().matches("EB\\d{9}VN"), accepted.consignmentNo());
            assertEquals(22_000L, accepted.feeVnd());
            // The hung attempt may have reached the post office after the worker gave up: the same key made it one order.
            assertEquals(1, post.received().size(), "one order at the partner, whatever the retries");
            assertEquals(id, post.received().get(0).idempotencyKey());

            StatusPoller poller = new StatusPoller(partner, store, clock, Duration.ofMinutes(5), 10);
            assertEquals(0, poller.round(), "not due before the first poll time");
            for (String expected : List.of("ACCEPTED", "PICKED_UP", "IN_TRANSIT", "DELIVERED")) {
                now.set(now.get().plus(Duration.ofMinutes(5)));
                poller.round();
                assertEquals(expected, row(store, code).status());
            }
            PostalOrderRecord delivered = row(store, code);
            assertNull(delivered.nextPollAt(), "a delivered item is not asked about again");
            assertEquals("Phát thành công", delivered.statusText());
            now.set(now.get().plus(Duration.ofHours(1)));
            assertEquals(0, poller.round());
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void aRepeatedAcceptanceAfterACrashChangesNothingAndAnUnreadableOrderIsADeadLetter(TestDatabases db) throws Exception {
        try (JdbiDossierStore store = db.open(dir)) {
            HttpPostalPartner partner = new HttpPostalPartner(post.uri(), null, Duration.ofSeconds(10));
            PostalTransport transport = new PostalTransport(partner, store, clock, Duration.ofMinutes(5));
            String code = "H26.00070-261204-0008";
            String id = order(store, code);
            OutboxRecord r = store.inTransaction(tx -> tx.outbox().find(code, id)).orElseThrow();
            var message = new vn.motcua.outbox.spi.OutgoingMessage(id, "POSTAL", r.recipient(), r.template(), r.subject(), r.body(), code, 1);
            String first = transport.deliver(message).partnerRef();
            store.inTransaction(tx -> tx.postal().status(id, "IN_TRANSIT", "Đang vận chuyển", now.get(), now.get()));
            // The node died before the outbox recorded SENT: the message is delivered again with the same key.
            assertEquals(first, transport.deliver(message).partnerRef());
            assertEquals("IN_TRANSIT", row(store, code).status(), "the second acceptance does not reset the status");
            assertEquals(1, post.received().size());

            var unreadable = new vn.motcua.outbox.spi.OutgoingMessage("k-x", "POSTAL", "?", "postal-delivery", null, "{\"kind\":\"DELIVERY\"}",
                    code, 1);
            assertEquals(vn.motcua.outbox.spi.Delivery.Outcome.REFUSED, transport.deliver(unreadable).outcome(),
                    "an order without an address is the operator's, not a retry loop");
        }
    }
}
