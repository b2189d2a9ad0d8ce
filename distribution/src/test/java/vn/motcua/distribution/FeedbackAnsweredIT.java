package vn.motcua.distribution;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.channels.internal.SmsGatewaySimulator;

/**
 * Issue 11, decision 1132: a citizen who asks to be told sends feedback from the portal's form; when the unit answers it,
 * the "feedback answered" SMS reaches the gateway (a simulator this test starts). Feedback without the opt-in sends
 * nothing.
 */
class FeedbackAnsweredIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PW = "Mật-khẩu-thử-nghiệm-2026";

    @TempDir
    Path temp;

    private static String reference(HttpResponse<String> sent) {
        var m = java.util.regex.Pattern.compile("PA-\\d{6}-[A-Z2-9]{6}").matcher(sent.body());
        assertTrue(m.find(), sent.body());
        return m.group();
    }

    private static HttpResponse<String> send(RunningPlatform p, String form) throws Exception {
        return p.send("POST", "/phan-anh", form.getBytes(StandardCharsets.UTF_8), Map.of("Content-Type", "application/x-www-form-urlencoded"));
    }

    @Test
    void aSenderWhoTickedTheBoxGetsAnSmsWhenTheFeedbackIsAnswered() throws Exception {
        try (SmsGatewaySimulator gateway = SmsGatewaySimulator.start(0)) {
            RunningPlatform p = new RunningPlatform(temp.resolve("data"), Map.of("JAVA_OPTS", "-Xmx512m -XX:+UseSerialGC"
                    + " -XX:TieredStopAtLevel=1 -Dmotcua.sms.url=" + gateway.uri() + " -Dmotcua.outbox.interval.millis=100"));
            try {
                String body = "{\"login\":\"mc70\",\"displayName\":\"Cán bộ một cửa\",\"password\":\"" + PW
                        + "\",\"grants\":[{\"unit\":\"00070\",\"role\":\"ONE_STOP_OFFICER\"}]}";
                assertEquals(201, p.admin("POST", "/api/v1/admin/accounts", body.getBytes(StandardCharsets.UTF_8)).statusCode());
                String token = p.bearer("mc70", PW);
                String common = "subject=UNIT&unitCode=00070&senderName=Nguy%E1%BB%85n+V%C4%83n+An&phone=0912345678";
                HttpResponse<String> noMail = send(p, common + "&content=Ph%C3%B2ng+ch%E1%BB%9D&notify=EMAIL");
                assertEquals(422, noMail.statusCode(), "e-mail ticked without an address");
                assertTrue(noMail.body().contains("thư điện tử hợp lệ"), noMail.body());
                HttpResponse<String> asked = send(p, common + "&content=Ph%C3%B2ng+ch%E1%BB%9D+c%E1%BA%A7n+th%C3%AAm+gh%E1%BA%BF&notify=SMS");
                assertEquals(201, asked.statusCode(), asked.body());
                HttpResponse<String> quiet = send(p, common + "&content=Kh%C3%B4ng+c%E1%BA%A7n+b%C3%A1o");
                assertEquals(201, quiet.statusCode(), quiet.body());
                String ref = reference(asked);

                for (String r : new String[] {reference(quiet), ref}) {
                    HttpResponse<String> a = p.postJson("/api/v1/feedback/" + r + "/answer", "{\"answer\":\"Đã bố trí thêm ghế.\"}",
                            Map.of("Authorization", "Bearer " + token));
                    assertEquals(200, a.statusCode(), a.body());
                }
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (gateway.received().isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                Thread.sleep(1_000); // a message for the quiet one would arrive now
                assertEquals(1, gateway.received().size(), gateway.received().toString());
                SmsGatewaySimulator.Received sms = gateway.received().get(0);
                assertEquals("0912345678", sms.to());
                assertTrue(sms.text().startsWith("Phan anh " + ref + " da duoc tra loi"), sms.text());
            } finally {
                p.close();
            }
        }
    }
}
