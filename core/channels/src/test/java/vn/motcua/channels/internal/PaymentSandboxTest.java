package vn.motcua.channels.internal;

import static org.junit.jupiter.api.Assertions.*;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.engine.payment.GatewayNotice;
import vn.motcua.engine.payment.PaymentOrder;
import vn.motcua.engine.payment.RefundOrder;
import vn.motcua.outbox.spi.Delivery;
import vn.motcua.outbox.spi.OutgoingMessage;

/** The HMAC signature, and the sandbox gateway over real HTTP: pay page, signed callback, redirect back, refunds. */
class PaymentSandboxTest {

    private static final String SECRET = "thu-nghiem-0123456789abcdef";

    private PaymentSandbox sandbox;
    private HttpServer platform;
    private final List<String> callbacks = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() throws Exception {
        sandbox = PaymentSandbox.start(0, SECRET);
        // The platform's callback endpoint, as the test sees it: records each signed form it is posted.
        platform = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
        platform.createContext("/callback", x -> {
            try (x) {
                callbacks.add(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                x.sendResponseHeaders(200, -1);
            }
        });
        platform.start();
    }

    @AfterEach
    void stop() {
        sandbox.close();
        platform.stop(0);
    }

    @Test
    void theSignatureCoversEveryParameterInAnyOrderAndAWrongSecretOrChangedAmountFails() {
        PaymentSignature s = new PaymentSignature(SECRET);
        Map<String, String> p = new HashMap<>(Map.of("txnRef", "abc", "amount", "100000", "orderInfo", "Lệ phí hồ sơ H26 & co"));
        Map<String, String> signed = s.signed(p);
        assertTrue(s.verify(signed));
        assertEquals("amount=100000&orderInfo=L%E1%BB%87+ph%C3%AD+h%E1%BB%93+s%C6%A1+H26+%26+co&txnRef=abc",
                PaymentSignature.canonical(signed), "sorted by name, values URL-encoded, without the signature");
        assertEquals(64, signed.get("signature").length(), "HMAC-SHA256 in hex");
        assertTrue(s.verify(new java.util.TreeMap<>(signed).descendingMap()), "order does not matter");

        Map<String, String> tampered = new HashMap<>(signed);
        tampered.put("amount", "1000");
        assertFalse(s.verify(tampered));
        Map<String, String> unsigned = new HashMap<>(signed);
        unsigned.remove("signature");
        assertFalse(s.verify(unsigned));
        assertFalse(new PaymentSignature("another-secret-0123456789").verify(signed));
        assertThrows(IllegalArgumentException.class, () -> new PaymentSignature("short"));
    }

    @Test
    void thePayPageCallsThePlatformBackSignedAndRedirectsTheCitizenBack() throws Exception {
        SandboxPaymentGateway gateway = new SandboxPaymentGateway(sandbox.uri(), SECRET);
        URI back = URI.create("http://portal.test/ho-so/H26-261205-0001?x=1");
        URI notify = URI.create("http://127.0.0.1:" + platform.getAddress().getPort() + "/callback");
        URI pay = gateway.checkout(new PaymentOrder("ref-1", "H26-261205-0001", 100000, "Phí, lệ phí hồ sơ H26-261205-0001",
                Instant.now().plusSeconds(900), back, notify));

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(pay).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("100.000 đồng"), page.body());
        assertTrue(page.body().contains(">Thanh toán</button>") && page.body().contains(">Huỷ</button>"), page.body());

        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(pay.toString().replace("amount=100000", "amount=1000")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, forged.statusCode(), "a changed amount is refused by the gateway");

        HttpResponse<String> confirmed = confirm(page.body(), "pay");
        assertEquals(303, confirmed.statusCode());
        String location = confirmed.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith("http://portal.test/ho-so/H26-261205-0001?x=1&"), location);

        assertEquals(1, callbacks.size());
        Map<String, String> notified = PaymentSignature.parse(callbacks.get(0));
        GatewayNotice n = gateway.verify(notified).orElseThrow();
        assertEquals(new GatewayNotice("ref-1", 100000, true, notified.get("transactionNo")), n);
        Map<String, String> returned = PaymentSignature.parse(URI.create(location).getRawQuery());
        assertEquals(n, gateway.verify(returned).orElseThrow(), "the return carries the same signed result");
        assertEquals(200, sandbox.settled().get(0).notifyStatus());

        Map<String, String> tampered = new HashMap<>(notified);
        tampered.put("amount", "1");
        assertTrue(gateway.verify(tampered).isEmpty());
        assertEquals(404, confirm(page.body(), "pay").statusCode(), "a pay page is confirmed once");
    }

    @Test
    void cancellingIsCalledBackAsNotPaid() throws Exception {
        SandboxPaymentGateway gateway = new SandboxPaymentGateway(sandbox.uri(), SECRET);
        URI pay = gateway.checkout(new PaymentOrder("ref-2", "D", 5000, "x", Instant.now().plusSeconds(900),
                URI.create("http://portal.test/back"), URI.create("http://127.0.0.1:" + platform.getAddress().getPort() + "/callback")));
        String page = http.send(HttpRequest.newBuilder(pay).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertEquals(303, confirm(page, "cancel").statusCode());
        GatewayNotice n = gateway.verify(PaymentSignature.parse(callbacks.get(0))).orElseThrow();
        assertFalse(n.paid());
    }

    @Test
    void refundsAreSignedAndARetriedOrderWithTheSameKeyRefundsOnce() throws Exception {
        SandboxPaymentGateway gateway = new SandboxPaymentGateway(sandbox.uri(), SECRET);
        PaymentRefundTransport refunds = new PaymentRefundTransport(gateway, Duration.ofSeconds(5));
        OutgoingMessage m = new OutgoingMessage("key-1", "PAYMENT", "sandbox", "refund", null,
                new RefundOrder("ref-3", "SBX00000001", 75000, "late").toBody(), "D", 1);
        Delivery first = refunds.deliver(m);
        Delivery again = refunds.deliver(m);
        assertEquals(Delivery.Outcome.ACCEPTED, first.outcome());
        assertEquals(Delivery.Outcome.ACCEPTED, again.outcome());
        assertEquals(first.partnerRef(), again.partnerRef());
        assertEquals(1, sandbox.refunds().size());
        assertEquals(75000, sandbox.refunds().get(0).amount());
        assertEquals("late", sandbox.refunds().get(0).reason());

        PaymentRefundTransport forger = new PaymentRefundTransport(new SandboxPaymentGateway(sandbox.uri(), "another-secret-0123456789"),
                Duration.ofSeconds(5));
        assertEquals(Delivery.Outcome.REFUSED, forger.deliver(new OutgoingMessage("key-2", "PAYMENT", "sandbox", "refund", null,
                m.body(), "D", 1)).outcome());
        sandbox.close();
        assertEquals(Delivery.Outcome.RETRY, refunds.deliver(new OutgoingMessage("key-3", "PAYMENT", "sandbox", "refund", null,
                m.body(), "D", 1)).outcome(), "gateway gone: retried later");
    }

    private HttpResponse<String> confirm(String page, String choice) throws Exception {
        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(token.find(), page);
        return http.send(HttpRequest.newBuilder(sandbox.uri().resolve("pay/confirm"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + token.group(1) + "&choice=" + choice)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
