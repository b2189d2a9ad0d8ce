package vn.motcua.channels.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.outbox.spi.Delivery;
import vn.motcua.outbox.spi.OutgoingMessage;

/** The national portal adapter against the portal simulator the test starts (decision 1132). */
class DvcqgTransportTest {

    private DvcqgSimulator portal;
    private DvcqgTransport transport;

    @BeforeEach
    void start() throws Exception {
        portal = new DvcqgSimulator();
        transport = new DvcqgTransport(portal.uri(), "token", Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private static OutgoingMessage push(String key) {
        return new OutgoingMessage(key, "DVCQG", "DVCQG", "dvcqg-status", null,
                "{\"MaHoSo\":\"H26.00070-261204-0001\",\"MaTTHC\":\"1.013225\",\"NgayTiepNhan\":\"20261204090000\","
                        + "\"NgayHenTra\":\"20261225160000\",\"TrangThaiHoSo\":2}", "H26.00070-261204-0001", 1);
    }

    @Test
    void aStatusChangeReachesThePortalOnceEvenWhenPushedAgainWithTheSameKey() throws Exception {
        Delivery first = transport.deliver(push("k-1"));
        assertEquals(Delivery.Outcome.ACCEPTED, first.outcome(), first.answer());
        assertEquals(Delivery.Outcome.ACCEPTED, transport.deliver(push("k-1")).outcome());
        assertEquals(2, portal.posts());
        assertEquals(1, portal.pushes().size());
        assertEquals("H26.00070-261204-0001", portal.pushes().get(0).get("MaHoSo").asText());
        assertEquals(2, portal.pushes().get(0).get("TrangThaiHoSo").asInt());
    }

    @Test
    void fiveHundredIsRetriedRejectedDataIsADeadLetterAndAHangIsATimeout() throws Exception {
        portal.failNext(1, 503);
        assertEquals(Delivery.Outcome.RETRY, transport.deliver(push("k-2")).outcome());
        portal.rejectData(true);
        Delivery rejected = transport.deliver(push("k-2"));
        assertEquals(Delivery.Outcome.REFUSED, rejected.outcome());
        assertTrue(rejected.answer().contains("MaTTHC"), rejected.answer());
        portal.rejectData(false);

        portal.hang(8_000);
        long t0 = System.nanoTime();
        assertEquals(Delivery.Outcome.RETRY, transport.deliver(push("k-3")).outcome());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 7_500, "gave up at the timeout, took " + ms + " ms");
        portal.hang(0);
        assertEquals(Delivery.Outcome.ACCEPTED, transport.deliver(push("k-3")).outcome());
    }
}
