package vn.motcua.distribution;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.channels.internal.PaymentSandbox;

/**
 * Issue 11, online payment (decision 1130), over real HTTP: a citizen submits to a fully-online procedure with a fee
 * (MAU.HKD001, 100.000 đồng); the officer cannot accept it; the citizen pays on the gateway sandbox (started by this
 * test, outside the platform, with the secret the platform is configured with); the gateway's signed callback is
 * accepted, a replay changes nothing, a forged or mismatched one is refused; the dossier page says "Đã thanh toán" and
 * the officer can then accept.
 */
class PaymentJourneyIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "bi-mat-chung-cua-cong-thanh-toan-2026";
    private static final String PW = "Mật-khẩu-thử-nghiệm-2026";
    private static final String PHONE = "0987654321";

    @TempDir
    Path temp;

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static String submission() {
        return """
                {"procedure":"MAU.HKD001","unit":"00082","channel":"online","resultChannel":"online",
                 "applicant":{"name":"Trần Thị Bình","citizenId":"001185012345","phone":"%s"},
                 "form":{"tenHoKinhDoanh":"Hộ kinh doanh Phở Bình","diaChiTruSo":"12 Hàng Bông, Phường Cửa Nam","nganhNghe":"Ăn uống",
                  "vonKinhDoanh":50000000,"hoTen":"Trần Thị Bình","ngaySinh":"1985-03-02","soDinhDanh":"001185012345","soDienThoai":"%s"}}
                """.formatted(PHONE, PHONE);
    }

    /** The documented signature (openapi.json): HMAC-SHA256 over name=URL-encoded value, sorted, joined with &. */
    private static Map<String, String> signed(Map<String, String> p) throws Exception {
        Map<String, String> sorted = new TreeMap<>(p);
        String canonical = sorted.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        sorted.put("signature", HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8))));
        return sorted;
    }

    private static String form(Map<String, String> p) {
        return p.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(String uri) {
        Map<String, String> out = new TreeMap<>();
        for (String pair : URI.create(uri).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static HttpResponse<String> callback(RunningPlatform p, Map<String, String> parameters) throws Exception {
        return p.send("POST", "/api/v1/payments/callback", form(parameters).getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
    }

    private HttpResponse<String> browse(String uri, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(10));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return browser.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aCitizenPaysOnTheGatewayAndOnlyThenTheOfficerMayAccept() throws Exception {
        try (PaymentSandbox gateway = PaymentSandbox.start(0, SECRET)) {
            // The secret through the environment, as docs/settings.md asks of secrets.
            RunningPlatform p = new RunningPlatform(temp.resolve("data"), Map.of("JAVA_OPTS",
                    "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dmotcua.payment.enabled=true -Dmotcua.payment.url="
                            + gateway.uri() + " -Dmotcua.payment.timeout.minutes=15", "MOTCUA_PAYMENT_SECRET", SECRET));
            try {
                String account = "{\"login\":\"mc82\",\"displayName\":\"Cán bộ một cửa\",\"password\":\"" + PW
                        + "\",\"grants\":[{\"unit\":\"00082\",\"role\":\"ONE_STOP_OFFICER\"}]}";
                assertEquals(201, p.admin("POST", "/api/v1/admin/accounts", account.getBytes(StandardCharsets.UTF_8)).statusCode());
                Map<String, String> officer = Map.of("Authorization", "Bearer " + p.bearer("mc82", PW));

                HttpResponse<String> submitted = p.postJson("/api/v1/dossiers", submission(), Map.of());
                assertEquals(201, submitted.statusCode(), submitted.body());
                String code = JSON.readTree(submitted.body()).get("code").asText();

                // The engine refuses the officer's acceptance, naming the rule.
                HttpResponse<String> refused = p.postJson("/api/v1/dossiers/" + code + "/actions", "{\"action\":\"accept\"}", officer);
                assertEquals(409, refused.statusCode(), refused.body());
                assertTrue(refused.body().contains("chưa được thanh toán"), refused.body());
                JsonNode view = JSON.readTree(p.send("GET", "/api/v1/dossiers/" + code, null, officer).body());
                assertEquals("AWAITING", view.get("payment").get("state").asText(), view.toString());
                StaffBrowser workspace = new StaffBrowser(p).login("mc82", PW);
                String officerPage = workspace.get("/can-bo/ho-so/" + code).body();
                assertTrue(officerPage.contains("100.000 đồng – Chưa thanh toán; chỉ tiếp nhận được sau khi người nộp thanh toán"), officerPage);

                // The citizen's dossier page: the fee, "Chưa thanh toán" and «Thanh toán trực tuyến».
                HttpResponse<String> lookup = p.send("POST", "/tra-cuu", ("code=" + code + "&factor=" + PHONE).getBytes(StandardCharsets.UTF_8),
                        Map.of("Content-Type", "application/x-www-form-urlencoded"));
                assertEquals(303, lookup.statusCode());
                String cookie = lookup.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
                String page = browse(p.uri("/ho-so/" + code).toString(), cookie).body();
                assertTrue(page.contains("100.000 đồng") && page.contains("Chưa thanh toán") && page.contains("Thanh toán trực tuyến"), page);

                // «Thanh toán trực tuyến» → the gateway's pay page, over real HTTP.
                HttpResponse<String> toGateway = browse(p.uri("/ho-so/" + code + "/thanh-toan").toString(), cookie);
                assertEquals(303, toGateway.statusCode(), toGateway.body());
                String payUrl = toGateway.headers().firstValue("Location").orElseThrow();
                assertTrue(payUrl.startsWith(gateway.uri() + "pay?"), payUrl);
                HttpResponse<String> payPage = browse(payUrl, null);
                assertEquals(200, payPage.statusCode(), payPage.body());
                assertTrue(payPage.body().contains("100.000 đồng") && payPage.body().contains(">Huỷ</button>"), payPage.body());
                Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(payPage.body());
                assertTrue(token.find());

                // "Thanh toán": the gateway calls the platform back (signed), then sends the citizen back.
                HttpResponse<String> paid = browser.send(HttpRequest.newBuilder(gateway.uri().resolve("pay/confirm"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("token=" + token.group(1) + "&choice=pay")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(303, paid.statusCode());
                assertEquals(200, gateway.settled().get(0).notifyStatus(), "the platform accepted the server-to-server callback");
                String back = paid.headers().firstValue("Location").orElseThrow();
                assertTrue(back.startsWith(p.uri("/ho-so/" + code + "/thanh-toan/ket-qua?").toString()), back);
                HttpResponse<String> returned = browse(back, null); // no cookie: the browser comes from another site
                assertEquals(200, returned.statusCode(), returned.body());
                assertTrue(returned.body().contains("Đã thanh toán"), returned.body());
                assertTrue(browse(p.uri("/ho-so/" + code).toString(), cookie).body().contains("Đã thanh toán"));

                // The callback: a replay changes nothing; a forged, unknown or mismatched one is refused.
                Map<String, String> result = query(back);
                HttpResponse<String> replay = callback(p, result);
                assertEquals(200, replay.statusCode(), replay.body());
                assertEquals("ALREADY_SETTLED", JSON.readTree(replay.body()).get("outcome").asText());
                Map<String, String> forged = new TreeMap<>(result);
                forged.put("amount", "1000");
                HttpResponse<String> badSignature = callback(p, forged);
                assertEquals(401, badSignature.statusCode(), badSignature.body());
                assertTrue(badSignature.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
                Map<String, String> unknown = new TreeMap<>(result);
                unknown.remove("signature");
                unknown.put("txnRef", "00000000-0000-0000-0000-000000000000");
                assertEquals(404, callback(p, signed(unknown)).statusCode());
                Map<String, String> mismatch = new TreeMap<>(result);
                mismatch.remove("signature");
                mismatch.put("amount", "1000");
                HttpResponse<String> wrongAmount = callback(p, signed(mismatch));
                assertEquals(422, wrongAmount.statusCode(), wrongAmount.body());
                assertTrue(wrongAmount.body().contains("amount"), wrongAmount.body());

                JsonNode citizen = JSON.readTree(p.postJson("/api/v1/dossiers/" + code + "/lookup", "{\"phone\":\"" + PHONE + "\"}", Map.of()).body());
                assertEquals("PAID", citizen.get("payment").get("state").asText(), citizen.toString());
                assertEquals(100000, citizen.get("payment").get("amountVnd").asLong());
                assertEquals(409, p.postJson("/api/v1/dossiers/" + code + "/payment", "{\"phone\":\"" + PHONE + "\"}", Map.of()).statusCode(),
                        "no second payment of a paid dossier");

                assertTrue(workspace.get("/can-bo/ho-so/" + code).body().contains("100.000 đồng – Đã thanh toán"));

                // Now the officer may accept.
                HttpResponse<String> accepted = p.postJson("/api/v1/dossiers/" + code + "/actions", "{\"action\":\"accept\"}", officer);
                assertEquals(200, accepted.statusCode(), accepted.body());
                assertEquals("PROCESSING", JSON.readTree(accepted.body()).get("to").asText());
                JsonNode staffView = JSON.readTree(p.send("GET", "/api/v1/dossiers/" + code, null, officer).body());
                boolean payEvent = false;
                for (JsonNode e : staffView.get("events")) {
                    payEvent |= "pay".equals(e.get("action").asText()) && e.get("note").asText().contains("100.000 đồng");
                }
                assertTrue(payEvent, "the payment is in the dossier's history: " + staffView.get("events"));
            } finally {
                p.close();
            }
        }
    }

    /** Opens the gateway's pay page and presses «Thanh toán»; returns the redirect back to the portal. */
    private String payOnGateway(PaymentSandbox gateway, String payUrl) throws Exception {
        HttpResponse<String> page = browse(payUrl, null);
        assertEquals(200, page.statusCode(), page.body());
        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(token.find(), page.body());
        HttpResponse<String> paid = browser.send(HttpRequest.newBuilder(gateway.uri().resolve("pay/confirm"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + token.group(1) + "&choice=pay")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, paid.statusCode());
        return paid.headers().firstValue("Location").orElseThrow();
    }

    /**
     * Two attempts paid (two tabs, the first opened more than half the timeout before the second): the first success is
     * accepted, the second is refunded through the outbox, which delivers the refund order to the gateway once.
     */
    @Test
    void aSecondPaymentIsRefundedThroughTheOutboxToTheGateway() throws Exception {
        try (PaymentSandbox gateway = PaymentSandbox.start(0, SECRET)) {
            RunningPlatform p = new RunningPlatform(temp.resolve("data2"), Map.of("JAVA_OPTS",
                    "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dmotcua.payment.enabled=true -Dmotcua.payment.url="
                            + gateway.uri() + " -Dmotcua.payment.timeout.minutes=1 -Dmotcua.outbox.interval.millis=200",
                    "MOTCUA_PAYMENT_SECRET", SECRET));
            try {
                HttpResponse<String> submitted = p.postJson("/api/v1/dossiers", submission(), Map.of());
                assertEquals(201, submitted.statusCode(), submitted.body());
                String code = JSON.readTree(submitted.body()).get("code").asText();
                String factor = "{\"phone\":\"" + PHONE + "\"}";
                String first = JSON.readTree(p.postJson("/api/v1/dossiers/" + code + "/payment", factor, Map.of()).body()).get("redirect").asText();
                Thread.sleep(31_000); // past half of the 1-minute attempt: the next start opens a second attempt
                String second = JSON.readTree(p.postJson("/api/v1/dossiers/" + code + "/payment", factor, Map.of()).body()).get("redirect").asText();
                assertNotEquals(query(first).get("txnRef"), query(second).get("txnRef"));

                payOnGateway(gateway, second);
                payOnGateway(gateway, first); // the older tab, still within its time
                assertEquals(List.of(200, 200), gateway.settled().stream().map(PaymentSandbox.Settled::notifyStatus).toList());

                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (gateway.refunds().isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                Thread.sleep(1000); // a duplicate delivery would arrive now
                assertEquals(1, gateway.refunds().size(), "refunded once: " + gateway.refunds());
                PaymentSandbox.Refund refund = gateway.refunds().get(0);
                assertEquals(query(first).get("txnRef"), refund.txnRef());
                assertEquals(100000, refund.amount());
                assertEquals("duplicate", refund.reason());

                JsonNode payment = JSON.readTree(p.postJson("/api/v1/dossiers/" + code + "/lookup", factor, Map.of()).body()).get("payment");
                assertEquals("PAID", payment.get("state").asText(), payment.toString());
                assertEquals(1, payment.get("refunds").asInt());
            } finally {
                p.close();
            }
        }
    }
}
