package vn.motcua.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feedback desk end to end over HTTP on the real platform, as browsers use it: a citizen picks the procedure and
 * unit from lists and sends feedback; the ward's officer takes it and forwards it to the Department of Construction
 * with a reason (other units see nothing, a POST without the anti-forgery token is refused); SXD's officer may not
 * publish, its leader answers and publishes; the answer appears on the procedure page; the citizen rates it once;
 * the compliance cost shows on the procedure page and the console compares a draft.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedbackDeskIT {

    static final String PW = WorkspaceJourneyIT.PW;
    static final String PROCEDURE = "1.013225";
    static final String WARD = "00070";

    RunningPlatform platform;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        platform = new RunningPlatform(dir.resolve("data"), Map.of("JAVA_OPTS", "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"));
        assertEquals(200, platform.awaitGet("/api/v1/procedures/" + PROCEDURE + "?unit=" + WARD, r -> r.statusCode() == 200,
                Duration.ofSeconds(60)).statusCode());
        WorkspaceJourneyIT.account(platform, "cv.fb70", WARD, "SPECIALIST");
        WorkspaceJourneyIT.account(platform, "cv.fb82", "00082", "SPECIALIST");
        WorkspaceJourneyIT.account(platform, "cv.fbsxd", "SXD", "SPECIALIST");
        WorkspaceJourneyIT.account(platform, "ld.fbsxd", "SXD", "LEADER");
        WorkspaceJourneyIT.account(platform, "mc.fb70", WARD, "ONE_STOP_OFFICER");
        WorkspaceJourneyIT.account(platform, "ld.fb70", WARD, "LEADER");
    }

    @Test
    void theCounterOpensAOneTimeRatingLinkAfterTheResultIsReturned() throws Exception {
        String body = "{\"procedure\":\"2.000815\",\"unit\":\"" + WARD + "\",\"channel\":\"COUNTER\",\"resultChannel\":\"COUNTER\","
                + "\"receiveNow\":true,\"applicant\":{\"name\":\"Nguyễn Văn An\",\"citizenId\":\"001090012345\",\"phone\":\"0912345678\"},"
                + "\"form\":{\"hoTen\":\"Nguyễn Văn An\",\"soDinhDanh\":\"001090012345\",\"soDienThoai\":\"0912345678\","
                + "\"tenGiayTo\":\"Giấy khai sinh\",\"soTrang\":1,\"soBan\":2}}";
        HttpResponse<String> submitted = api("mc.fb70", "POST", "/api/v1/dossiers", body);
        assertEquals(201, submitted.statusCode(), submitted.body());
        String code = new com.fasterxml.jackson.databind.ObjectMapper().readTree(submitted.body()).get("code").asText();
        StaffBrowser counter = new StaffBrowser(platform).login("mc.fb70", PW);
        assertFalse(counter.get("/can-bo/ho-so/" + code).body().contains("danh-gia-tai-quay"), "not before the result is returned");
        for (String[] step : new String[][] {{"mc.fb70", "forward"}, {"ld.fb70", "approve"}, {"mc.fb70", "result-ready"}, {"mc.fb70", "return-result"}}) {
            HttpResponse<String> r = api(step[0], "POST", "/api/v1/dossiers/" + code + "/actions", "{\"action\":\"" + step[1] + "\"}");
            assertEquals(200, r.statusCode(), step[1] + ": " + r.body());
        }
        assertTrue(counter.get("/can-bo/ho-so/" + code).body().contains("Mời công dân đánh giá tại quầy"));
        assertEquals(404, new StaffBrowser(platform).login("cv.fb82", PW).submit("/can-bo/ho-so/" + code + "/danh-gia-tai-quay", Map.of()).statusCode());
        String link = StaffBrowser.location(counter.submit("/can-bo/ho-so/" + code + "/danh-gia-tai-quay", Map.of()));
        assertTrue(link.matches("/danh-gia-tai-quay/[A-Za-z0-9_-]{43}"), link);

        HttpResponse<String> tablet = platform.get(link);
        assertEquals(200, tablet.statusCode());
        assertTrue(tablet.body().contains(code) && tablet.body().contains("name=\"overall\""), tablet.body());
        HttpResponse<String> incomplete = citizenPost(link, Map.of("overall", "3"));
        assertEquals(422, incomplete.statusCode(), "missing answers are named, the link stays usable");
        Map<String, String> ratings = Map.of("overall", "3", "timeliness", "3", "attitude", "3", "publicity", "2",
                "counterContacts", "1", "agencies", "1");
        HttpResponse<String> rated = citizenPost(link, ratings);
        assertEquals(200, rated.statusCode(), rated.body());
        assertTrue(rated.body().contains("Đánh giá đã được ghi nhận"), rated.body());
        assertEquals(410, citizenPost(link, ratings).statusCode(), "used once");
        assertEquals(410, platform.get(link).statusCode());
        String again = StaffBrowser.message(StaffBrowser.location(counter.submit("/can-bo/ho-so/" + code + "/danh-gia-tai-quay", Map.of())));
        assertTrue(again.contains("đã được đánh giá"), again);
    }

    private HttpResponse<String> api(String login, String method, String path, String json) throws Exception {
        return platform.send(method, path, json.getBytes(StandardCharsets.UTF_8), Map.of("Authorization", "Bearer " + platform.bearer(login, PW),
                "Content-Type", "application/json"));
    }

    @AfterAll
    void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void feedbackIsForwardedToTheDepartmentAnsweredPublishedAndRatedThroughThePages() throws Exception {
        // The citizen's form offers procedures and units as lists sorted by Vietnamese name, not code boxes.
        HttpResponse<String> form = platform.get("/phan-anh");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("<select id=\"f-procedureCode\" name=\"procedureCode\""), "a list of procedures");
        List<String> procedures = options(form.body(), "f-procedureCode");
        assertTrue(procedures.stream().anyMatch(o -> o.contains("(" + PROCEDURE + ")")), procedures.toString());
        assertEquals(sortedVietnamese(procedures), procedures, "procedures sorted by name");
        List<String> units = options(form.body(), "f-unitCode");
        assertEquals(sortedVietnamese(units), units, "units sorted by name");

        HttpResponse<String> sent = citizenPost("/phan-anh", Map.of("subject", "PROCEDURE", "unitCode", WARD,
                "procedureCode", PROCEDURE, "senderName", "Phạm Thị Dung", "phone", "0987654321",
                "content", "Hồ sơ cấp phép xây dựng nộp từ tháng trước chưa có kết quả thẩm định."));
        assertEquals(201, sent.statusCode(), sent.body());
        Matcher ref = Pattern.compile("PA-\\d{6}-[A-Z2-9]{6}").matcher(sent.body());
        assertTrue(ref.find(), sent.body());
        String reference = ref.group();
        String item = "/can-bo/phan-anh/" + reference;

        // Only the responsible ward sees it; another ward gets "not found", and a POST without the token is refused.
        StaffBrowser ward = new StaffBrowser(platform).login("cv.fb70", PW);
        HttpResponse<String> inbox = ward.get("/can-bo/phan-anh");
        assertEquals(200, inbox.statusCode());
        assertTrue(inbox.body().contains(reference) && inbox.body().contains("Phạm Thị Dung"), inbox.body());
        StaffBrowser other = new StaffBrowser(platform).login("cv.fb82", PW);
        assertFalse(other.get("/can-bo/phan-anh").body().contains(reference));
        assertEquals(404, other.get(item).statusCode());
        assertEquals(404, other.submit(item + "/tra-loi", Map.of("answer", List.of("không phải của tôi"))).statusCode());
        assertEquals(403, ward.post(item + "/nhan", Map.of(), false).statusCode());

        HttpResponse<String> page = ward.get(item);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Hạn trả lời"), page.body());
        assertTrue(StaffBrowser.message(StaffBrowser.location(ward.submit(item + "/nhan", Map.of()))).contains("Đã nhận xử lý"));
        assertTrue(ward.get(item).body().contains("<dd>cv.fb70</dd>"));

        String noReason = StaffBrowser.message(StaffBrowser.location(ward.submit(item + "/chuyen", Map.of("toUnit", List.of("SXD")))));
        assertTrue(noReason.contains("lý do chuyển"), noReason);
        String forwarded = StaffBrowser.location(ward.submit(item + "/chuyen", Map.of("toUnit", List.of("SXD"),
                "reason", List.of("Thẩm định hồ sơ cấp phép do Sở Xây dựng thực hiện"))));
        assertTrue(forwarded.startsWith("/can-bo/phan-anh?"), "back to the inbox: " + forwarded);
        assertEquals(404, ward.get(item).statusCode(), "no longer the ward's");

        StaffBrowser sxd = new StaffBrowser(platform).login("cv.fbsxd", PW);
        HttpResponse<String> atSxd = sxd.get(item);
        assertEquals(200, atSxd.statusCode());
        assertTrue(atSxd.body().contains("Chuyển đến SXD") && atSxd.body().contains("Lý do: Thẩm định hồ sơ cấp phép do Sở Xây dựng thực hiện"),
                atSxd.body());
        assertFalse(atSxd.body().contains("name=\"publish\""), "an officer is not offered publication");
        String refused = StaffBrowser.message(StaffBrowser.location(sxd.submit(item + "/tra-loi",
                Map.of("answer", List.of("x"), "publish", List.of("1")))));
        assertTrue(refused.contains("Chỉ lãnh đạo"), refused);

        StaffBrowser leader = new StaffBrowser(platform).login("ld.fbsxd", PW);
        String answer = "Sở Xây dựng đã hoàn thành thẩm định ngày 03/12; Phường sẽ trả kết quả trong tuần.";
        String answered = StaffBrowser.message(StaffBrowser.location(leader.submit(item + "/tra-loi",
                Map.of("answer", List.of(answer), "publish", List.of("1")))));
        assertTrue(answered.contains("công khai"), answered);
        String again = StaffBrowser.message(StaffBrowser.location(sxd.submit(item + "/tra-loi", Map.of("answer", List.of("lần hai")))));
        assertTrue(again.contains("đã được trả lời"), again);

        // The portal's procedure page shows the published answer (not the sender) and the compliance cost.
        HttpResponse<String> procedurePage = platform.get("/don-vi/" + WARD + "/thu-tuc/" + PROCEDURE);
        assertEquals(200, procedurePage.statusCode());
        assertTrue(procedurePage.body().contains(answer), "published answer on the procedure page");
        assertFalse(procedurePage.body().contains("Phạm Thị Dung"), "never the sender's name");
        assertTrue(procedurePage.body().contains("Chi phí tuân thủ thủ tục"), "compliance cost section");
        // 16 + 4 h × 38.000 + 75.000 lệ phí = 835.000 once; × 1 × 30.000 subjects = 25.050.000.000 a year.
        assertTrue(procedurePage.body().contains("835.000 đồng") && procedurePage.body().contains("25.050.000.000 đồng"), procedurePage.body());

        // The citizen sees the answer and rates it, once.
        HttpResponse<String> tracked = citizenPost("/phan-anh/tra-cuu", Map.of("reference", reference, "phone", "0987654321"));
        assertTrue(tracked.body().contains(answer) && tracked.body().contains("/phan-anh/danh-gia"), tracked.body());
        assertTrue(citizenPost("/phan-anh/danh-gia", Map.of("reference", reference, "phone", "0911111111", "rating", "1"))
                .body().contains("Không tìm thấy phản ánh"), "a wrong phone rates nothing");
        HttpResponse<String> rated = citizenPost("/phan-anh/danh-gia", Map.of("reference", reference, "phone", "0987654321", "rating", "3"));
        assertEquals(200, rated.statusCode(), rated.body());
        assertTrue(rated.body().contains("đã được ghi nhận") && !rated.body().contains("/phan-anh/danh-gia\""), rated.body());
        assertEquals(409, citizenPost("/phan-anh/danh-gia", Map.of("reference", reference, "phone", "0987654321", "rating", "1")).statusCode());
        HttpResponse<String> done = leader.get(item);
        assertTrue(done.body().contains("Rất hài lòng") && done.body().contains("Người gửi đánh giá"), done.body());
    }

    @Test
    void theConsoleComparesADraftWithTheRunningVersion() throws Exception {
        StaffBrowser admin = new StaffBrowser(platform).login("admin", RunningPlatform.ADMIN_PASSWORD);
        HttpResponse<String> list = admin.get("/quan-tri/chi-phi");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("25.050.000.000 đồng"), list.body());
        String running = StaffBrowser.inputValues(list.body().replace("<option value=", "name=\"truoc\" value="), "truoc").stream()
                .filter(v -> v.startsWith(PROCEDURE + "@")).findFirst().orElseThrow();
        String draft = Files.readString(Path.of("../plugins/xay-dung/src/main/resources/procedures/giay-phep-xay-dung-nha-o.yaml"))
                .replace("{name: Thuê lập bản vẽ thiết kế, hours: 16}", "{name: Dùng thiết kế mẫu của Thành phố, hours: 8}")
                .replace("version: \"2025.1\"", "version: \"2026.1\"");
        HttpResponse<String> compared = admin.submit("/quan-tri/chi-phi", Map.of("truoc", List.of(running), "du-thao", List.of(draft)));
        assertEquals(200, compared.statusCode(), compared.body());
        // 8 h less × 38.000 = 304.000 a time; × 30.000 = 9.120.000.000 a year; 304.000 / 835.000 = 36,41 %.
        assertTrue(compared.body().contains("304.000 đồng") && compared.body().contains("9.120.000.000 đồng (36,41 %)"), compared.body());
        HttpResponse<String> broken = admin.submit("/quan-tri/chi-phi", Map.of("truoc", List.of(running), "du-thao", List.of("code: [")));
        assertEquals(422, broken.statusCode());
        assertTrue(broken.body().contains("Dòng "), broken.body());
    }

    private HttpResponse<String> citizenPost(String path, Map<String, String> fields) throws Exception {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpRequest req = HttpRequest.newBuilder(platform.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        return platform.http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The labels of a select's options, without the empty first choice. */
    private static List<String> options(String html, String selectId) {
        int start = html.indexOf("<select id=\"" + selectId + "\"");
        String select = html.substring(start, html.indexOf("</select>", start));
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<option value=\"([^\"]+)\"[^>]*>([^<]*)</option>").matcher(select);
        while (m.find()) {
            out.add(m.group(2));
        }
        return out;
    }

    private static List<String> sortedVietnamese(List<String> labels) {
        java.text.Collator vi = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi-VN"));
        return labels.stream().sorted(vi).toList();
    }
}
