package vn.motcua.channels.internal;

import static org.junit.jupiter.api.Assertions.*;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.motcua.outbox.spi.Delivery;
import vn.motcua.outbox.spi.OutgoingMessage;

/** E-mail over real SMTP, to a GreenMail server the test starts. */
class SmtpTransportTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    private static OutgoingMessage message(String to) {
        return new OutgoingMessage("4f9c2a1e-0000-4000-8000-000000000001", "EMAIL", to, "received",
                "Hồ sơ H26.00070-261204-0001 đã được tiếp nhận",
                "Hồ sơ H26.00070-261204-0001 (Đăng ký khai sinh) đã được tiếp nhận. Ngày hẹn trả kết quả: 16:00 ngày 08/12/2026.",
                "H26.00070-261204-0001", 1);
    }

    private static SmtpTransport transport(int port) {
        return new SmtpTransport(new SmtpTransport.Settings("127.0.0.1", port, "motcua@hanoi.gov.vn", null, null, false,
                Duration.ofSeconds(3)));
    }

    @Test
    void aVietnameseMessageArrivesWithItsSubjectBodyAndTheIdempotencyKeyAsMessageId() throws Exception {
        Delivery d = transport(MAIL.getSmtp().getPort()).deliver(message("an@example.vn"));
        assertEquals(Delivery.Outcome.ACCEPTED, d.outcome(), d.answer());
        assertTrue(MAIL.waitForIncomingEmail(5000, 1));
        MimeMessage got = MAIL.getReceivedMessages()[0];
        assertEquals("Hồ sơ H26.00070-261204-0001 đã được tiếp nhận", got.getSubject());
        assertEquals("an@example.vn", got.getAllRecipients()[0].toString());
        assertTrue(got.getFrom()[0].toString().contains("motcua@hanoi.gov.vn"));
        assertTrue(GreenMailUtil.getBody(got).length() > 0);
        assertTrue(((String) got.getContent()).contains("Đăng ký khai sinh"), String.valueOf(got.getContent()));
        assertEquals("<4f9c2a1e-0000-4000-8000-000000000001@motcua>", got.getMessageID());
        assertEquals(d.partnerRef(), got.getMessageID());
    }

    @Test
    void anInvalidAddressIsRefusedAndAServerThatIsDownIsRetried() throws Exception {
        assertEquals(Delivery.Outcome.REFUSED, transport(MAIL.getSmtp().getPort()).deliver(message("not an address")).outcome());
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Delivery down = transport(closed).deliver(message("an@example.vn"));
        assertEquals(Delivery.Outcome.RETRY, down.outcome());
        assertTrue(down.answer().contains("127.0.0.1:" + closed), down.answer());
    }
}
