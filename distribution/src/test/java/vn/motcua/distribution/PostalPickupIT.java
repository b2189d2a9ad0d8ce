package vn.motcua.distribution;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.postal.internal.PostalSimulator;

/**
 * Issue 11, decision 1133, on the real platform: a citizen asks the post to collect the paper dossier of a certified copy
 * (a procedure without online submission) through the portal's form. The API refuses a pickup without an address by field
 * name and orders nothing; the portal's request orders exactly one pickup from the postal partner (a simulator this test
 * starts), whose consignment number the citizen and the officer see; the clock waits until the officer receives the
 * paper at the counter, found on the intake page.
 */
class PostalPickupIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PW = "Mật-khẩu-thử-nghiệm-2026";
    private static final String FORM = "/don-vi/00070/thu-tuc/2.000815/nop-qua-buu-chinh";
    private static final String ADDRESS = "Số 5 Phan Đình Phùng, Phường Ba Đình, Hà Nội";

    @TempDir
    Path temp;

    private static HttpResponse<String> postForm(RunningPlatform p, String path, String[][] parts) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(p.uri(path)).header("Content-Type", "multipart/form-data; boundary=XyZ")
                .POST(PortalIT.multipart("XyZ", parts));
        return p.http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String[][] request(String address) {
        return new String[][] {{"applicant.name", "Lê Thị Hoa"}, {"applicant.phone", "0987654321"}, {"applicant.address", address},
                {"hoTen", "Lê Thị Hoa"}, {"soDinhDanh", "001190054321"}, {"soDienThoai", "0987654321"},
                {"tenGiayTo", "Giấy khai sinh"}, {"soTrang", "1"}, {"soBan", "2"}, {"resultChannel", "COUNTER"}};
    }

    private static String cookie(HttpResponse<String> r, String name) {
        String c = r.headers().allValues("Set-Cookie").stream().filter(x -> x.startsWith(name + "=")).findFirst().orElseThrow();
        return c.substring(0, c.indexOf(';'));
    }

    @Test
    void aCitizenAsksThePostToCollectTheDossierAndTheOfficerReceivesThePaper() throws Exception {
        try (PostalSimulator post = PostalSimulator.start(0)) {
            Map<String, String> env = Map.of("JAVA_OPTS", "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dmotcua.postal.url="
                    + post.uri() + " -Dmotcua.postal.poll.seconds=600 -Dmotcua.outbox.interval.millis=100");
            RunningPlatform p = new RunningPlatform(temp.resolve("data"), env);
            try {
                String body = "{\"login\":\"mc70\",\"displayName\":\"Cán bộ một cửa\",\"password\":\"" + PW
                        + "\",\"grants\":[{\"unit\":\"00070\",\"role\":\"ONE_STOP_OFFICER\"}]}";
                assertEquals(201, p.admin("POST", "/api/v1/admin/accounts", body.getBytes(StandardCharsets.UTF_8)).statusCode());

                // The API: a pickup without an address is refused by field name, and nothing is ordered.
                HttpResponse<String> noAddress = p.postJson("/api/v1/dossiers", "{\"procedure\":\"2.000815\",\"unit\":\"00070\","
                        + "\"pickup\":true,\"resultChannel\":\"COUNTER\",\"applicant\":{\"name\":\"Lê Thị Hoa\",\"phone\":\"0987654321\"},"
                        + "\"form\":{\"hoTen\":\"Lê Thị Hoa\",\"soDinhDanh\":\"001190054321\",\"soDienThoai\":\"0987654321\","
                        + "\"tenGiayTo\":\"Giấy khai sinh\",\"soTrang\":1,\"soBan\":2}}", Map.of());
                assertEquals(422, noAddress.statusCode(), noAddress.body());
                assertTrue(noAddress.body().contains("\"applicant.address\"") && noAddress.body().contains("required_for_pickup"),
                        noAddress.body());

                // The portal: the procedure page offers it; the form says the address is needed, then takes the request.
                String page = p.get("/don-vi/00070/thu-tuc/2.000815").body();
                assertTrue(page.contains("href=\"" + FORM + "\"") && page.contains("Đề nghị bưu điện đến nhận hồ sơ tại nhà"), page);
                HttpResponse<String> form = p.get(FORM);
                assertEquals(200, form.statusCode());
                assertTrue(form.body().contains("Đề nghị bưu điện đến nhận hồ sơ") && form.body().contains("Thời hạn giải quyết chỉ bắt đầu"));
                HttpResponse<String> blank = postForm(p, FORM, request(""));
                assertEquals(422, blank.statusCode(), blank.body());
                assertTrue(blank.body().contains("Vui lòng nhập địa chỉ để nhân viên bưu điện đến nhận hồ sơ."), blank.body());

                HttpResponse<String> checked = postForm(p, FORM, request(ADDRESS));
                assertEquals(303, checked.statusCode(), checked.body());
                String check = checked.headers().firstValue("Location").orElseThrow();
                String pending = cookie(checked, "motcua_pending");
                String answers = p.send("GET", check, null, Map.of("Cookie", pending)).body();
                assertTrue(answers.contains("Địa chỉ bưu điện đến nhận hồ sơ") && answers.contains(ADDRESS), answers);
                HttpResponse<String> sent = p.send("POST", check, new byte[0], Map.of("Cookie", pending,
                        "Content-Type", "application/x-www-form-urlencoded"));
                assertEquals(303, sent.statusCode(), sent.body());
                String receipt = sent.headers().firstValue("Location").orElseThrow();
                String code = receipt.split("/")[2];
                String grant = cookie(sent, "motcua_grant");
                String receiptPage = p.send("GET", receipt, null, Map.of("Cookie", grant)).body();
                assertTrue(receiptPage.contains("Hồ sơ đang chờ bưu điện đến nhận") && receiptPage.contains("Thu gom hồ sơ tại địa chỉ của bạn"),
                        receiptPage);

                // One order at the partner: a pickup at the applicant's address, with the number the partner gave.
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (post.received().isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertEquals(1, post.received().size(), "one pickup order, none for the refused request");
                PostalSimulator.Received order = post.received().get(0);
                assertEquals(code, order.order().get("OrderCode"));
                assertEquals(ADDRESS, order.order().get("SenderAddress"));
                assertEquals("0987654321", order.order().get("SenderTel"));
                String number = order.itemCode();

                StaffBrowser officer = new StaffBrowser(p).login("mc70", PW);
                String intake = officer.get("/can-bo/tiep-nhan").body();
                while (!intake.contains("mã vận đơn " + number) && System.nanoTime() < deadline) {
                    Thread.sleep(100); // the number is written on the order just after the partner's answer
                    intake = officer.get("/can-bo/tiep-nhan").body();
                }
                assertTrue(intake.contains("Hồ sơ chờ bưu điện chuyển đến") && intake.contains("/can-bo/ho-so/" + code)
                        && intake.contains("mã vận đơn " + number), intake);
                String dossierPage = officer.get("/can-bo/ho-so/" + code).body();
                assertTrue(dossierPage.contains("Hồ sơ giấy chưa đến") && dossierPage.contains("Thu gom hồ sơ tại địa chỉ người nộp"), dossierPage);

                String token = p.bearer("mc70", PW);
                JsonNode before = JSON.readTree(p.send("GET", "/api/v1/dossiers/" + code, null, Map.of("Authorization", "Bearer " + token)).body());
                assertEquals("SUBMITTED", before.get("status").asText());
                assertTrue(before.path("receivedAt").isNull() || before.path("receivedAt").isMissingNode(), before.toString());
                HttpResponse<String> accepted = p.postJson("/api/v1/dossiers/" + code + "/actions", "{\"action\":\"accept\"}",
                        Map.of("Authorization", "Bearer " + token));
                assertEquals(200, accepted.statusCode(), accepted.body());
                JsonNode after = JSON.readTree(p.send("GET", "/api/v1/dossiers/" + code, null, Map.of("Authorization", "Bearer " + token)).body());
                assertEquals("PROCESSING", after.get("status").asText(), after.toString());
                assertTrue(after.hasNonNull("receivedAt") && after.hasNonNull("appointmentAt"), after.toString());
                assertFalse(officer.get("/can-bo/tiep-nhan").body().contains("/can-bo/ho-so/" + code), "received: no longer waiting");

                String citizen = p.send("GET", "/ho-so/" + code, null, Map.of("Cookie", grant)).body();
                assertTrue(citizen.contains("Thu gom hồ sơ tại địa chỉ của bạn") && citizen.contains("Mã vận đơn: " + number), citizen);
                assertEquals(1, post.received().size(), "receiving the paper orders nothing more");
            } finally {
                p.close();
            }
        }
    }
}
