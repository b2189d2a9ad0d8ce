package vn.motcua.postal.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.postal.spi.OrderAnswer;
import vn.motcua.postal.spi.PostalOrder;
import vn.motcua.postal.spi.Tracking;

/** The HTTP postal adapter against the partner simulator the test starts on a free port. */
class HttpPostalPartnerTest {

    private PostalSimulator post;
    private HttpPostalPartner partner;

    @BeforeEach
    void start() throws Exception {
        post = PostalSimulator.start(0);
        // 5 s: on a loaded 2-core machine a fresh simulator's first answer took over 1 s (HttpSmsTransportTest).
        partner = new HttpPostalPartner(post.uri(), "demo-token", Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        post.close();
    }

    private static PostalOrder order(String key) {
        return new PostalOrder(key, "DELIVERY", "H26.00070-261204-0001", "00070", "Nguyễn Văn An", "0912345678",
                "Số 1 Hoàng Hoa Thám, Phường Ba Đình, Hà Nội", "Kết quả giải quyết thủ tục hành chính, hồ sơ H26.00070-261204-0001");
    }

    @Test
    void anOrderGetsAConsignmentNumberAndFeeOnceEvenWhenSentAgainWithTheSameKey() throws Exception {
        OrderAnswer first = partner.order(order("k-1"));
        assertEquals(OrderAnswer.Outcome.ACCEPTED, first.outcome(), first.answer());
        assertTrue(first.consignmentNo().matches("EB\\d{9}VN"), first.consignmentNo());
        assertEquals(22_000L, first.feeVnd());
        OrderAnswer again = partner.order(order("k-1"));
        assertEquals(first.consignmentNo(), again.consignmentNo(), "the partner recognised the key: no second postman");
        assertEquals(2, post.posts());
        assertEquals(1, post.received().size());
        var sent = post.received().get(0).order();
        assertEquals("H26.00070-261204-0001", sent.get("OrderCode"));
        assertEquals("Nguyễn Văn An", sent.get("ReceiverFullname"));
        assertEquals("Số 1 Hoàng Hoa Thám, Phường Ba Đình, Hà Nội", sent.get("ReceiverAddress"));
        assertEquals("0912345678", sent.get("ReceiverTel"));
    }

    @Test
    void theStatusMovesOnAndAnUnknownNumberIsEmpty() throws Exception {
        String no = partner.order(order("k-2")).consignmentNo();
        assertEquals("ACCEPTED", partner.track(no).orElseThrow().status());
        assertEquals("PICKED_UP", partner.track(no).orElseThrow().status());
        post.setStatus(no, "RETURNED");
        Tracking t = partner.track(no).orElseThrow();
        assertEquals("RETURNED", t.status());
        assertTrue(t.text().contains("không có người nhận"), t.text());
        assertEquals(Optional.empty(), partner.track("EB999999999VN"));
    }

    @Test
    void fiveHundredIsRetriedFourHundredIsRefusedAndAHangIsATimeout() throws Exception {
        post.failNext(1, 500);
        assertEquals(OrderAnswer.Outcome.RETRY, partner.order(order("k-3")).outcome());
        post.failNext(1, 400);
        assertEquals(OrderAnswer.Outcome.REFUSED, partner.order(order("k-3")).outcome());
        assertTrue(post.received().isEmpty());

        post.hang(8_000);
        long t0 = System.nanoTime();
        OrderAnswer hung = partner.order(order("k-4"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(OrderAnswer.Outcome.RETRY, hung.outcome());
        assertTrue(ms < 7_500, "gave up at the timeout, took " + ms + " ms");
        post.hang(0);
        assertEquals(OrderAnswer.Outcome.ACCEPTED, partner.order(order("k-4")).outcome());
    }

    @Test
    void aPartnerThatIsNotThereIsRetried() throws Exception {
        URI gone = post.uri();
        post.close();
        assertEquals(OrderAnswer.Outcome.RETRY, new HttpPostalPartner(gone, null, Duration.ofSeconds(1)).order(order("k-5")).outcome());
    }

    @Test
    void consignmentNumbersCarryTheUpuS10CheckDigit() {
        // By hand: 4·8 + 7·6 + 3·4 + 1·2 + 2·3 + 4·5 + 8·9 + 2·7 = 200; 11 − 200 mod 11 = 9.
        assertEquals("RR473124829VN", PostalSimulator.s10("RR", 47312482));
        // 00000001: 7; 11 − 7 = 4. 00000003: 21 mod 11 = 10, 11 − 10 = 1.
        assertEquals("EB000000014VN", PostalSimulator.s10("EB", 1));
        assertEquals("EB000000031VN", PostalSimulator.s10("EB", 3));
    }
}
