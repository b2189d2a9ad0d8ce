package vn.motcua.channels.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.outbox.spi.Delivery;
import vn.motcua.outbox.spi.OutgoingMessage;

/** The SMS adapter against the gateway simulator the test starts: accepted, repeated, failing and hanging partner. */
class HttpSmsTransportTest {

    private SmsGatewaySimulator gateway;
    private HttpSmsTransport sms;

    @BeforeEach
    void start() throws Exception {
        gateway = SmsGatewaySimulator.start(0);
        // 5 s, not 1: on a loaded 2-core machine the first request to a fresh simulator took over 1 s.
        sms = new HttpSmsTransport(gateway.uri(), "demo-token", Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    private static OutgoingMessage message(String key) {
        return new OutgoingMessage(key, "SMS", "0912345678", "received",
                null, "Ho so H26.00070-261204-0001 da duoc tiep nhan, hen tra ket qua 16:00 ngay 08/12/2026.", "H26.00070-261204-0001", 1);
    }

    @Test
    void aMessageIsDeliveredOnceEvenWhenSentAgainWithTheSameKey() throws Exception {
        Delivery first = sms.deliver(message("k-1"));
        assertEquals(Delivery.Outcome.ACCEPTED, first.outcome(), first.answer());
        assertTrue(first.answer().startsWith("HTTP 201"), first.answer());
        Delivery again = sms.deliver(message("k-1"));
        assertEquals(Delivery.Outcome.ACCEPTED, again.outcome());
        assertEquals(first.partnerRef(), again.partnerRef(), "the gateway recognised the key");
        assertEquals(2, gateway.posts());
        assertEquals(1, gateway.received().size());
        assertEquals("0912345678", gateway.received().get(0).to());
        assertEquals("H26.00070-261204-0001", gateway.received().get(0).reference());
    }

    @Test
    void fiveHundredIsRetriedFourHundredIsRefusedAndAHangIsATimeout() throws Exception {
        gateway.failNext(1, 500);
        Delivery failed = sms.deliver(message("k-2"));
        assertEquals(Delivery.Outcome.RETRY, failed.outcome());
        assertTrue(failed.answer().startsWith("HTTP 500"), failed.answer());
        gateway.failNext(1, 400);
        assertEquals(Delivery.Outcome.REFUSED, sms.deliver(message("k-2")).outcome());
        gateway.failNext(1, 429);
        assertEquals(Delivery.Outcome.RETRY, sms.deliver(message("k-2")).outcome());
        assertTrue(gateway.received().isEmpty());

        gateway.hang(8_000);
        long t0 = System.nanoTime();
        Delivery hung = sms.deliver(message("k-3"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(Delivery.Outcome.RETRY, hung.outcome());
        assertTrue(ms < 7_500, "gave up at the timeout, took " + ms + " ms");
        gateway.hang(0);
        assertEquals(Delivery.Outcome.ACCEPTED, sms.deliver(message("k-3")).outcome());
    }

    @Test
    void aGatewayThatIsNotThereIsRetried() throws Exception {
        java.net.URI gone = gateway.uri();
        gateway.close();
        Delivery d = new HttpSmsTransport(gone, null, Duration.ofSeconds(1)).deliver(message("k-4"));
        assertEquals(Delivery.Outcome.RETRY, d.outcome());
    }
}
