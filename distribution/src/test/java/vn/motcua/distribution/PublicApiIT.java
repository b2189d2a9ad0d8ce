package vn.motcua.distribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public API through the real platform: every path of the OpenAPI document answers as documented, bad input of
 * every kind is a clear problem (never a 500), and a citizen's whole journey over the API: submit, grant, receipt
 * PDF, supplement, rating once, feedback and its answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicApiIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PW = "Mật-khẩu-thử-nghiệm-2026";
    static final String UNIT = "00070";
    static final String BIRTH = "1.001193";

    RunningPlatform platform;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        platform = new RunningPlatform(dir.resolve("data"), Map.of("JAVA_OPTS", "-Xmx512m -XX:TieredStopAtLevel=1"));
        assertEquals(200, platform.awaitGet("/api/v1/procedures/" + BIRTH + "?unit=" + UNIT, r -> r.statusCode() == 200,
                Duration.ofSeconds(60)).statusCode());
        account("mc70", "ONE_STOP_OFFICER");
        account("cv70", "SPECIALIST");
        account("ld70", "LEADER");
    }

    @AfterAll
    void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    private void account(String login, String role) throws Exception {
        String body = "{\"login\":\"" + login + "\",\"displayName\":\"Cán bộ " + login + "\",\"password\":\"" + PW
                + "\",\"grants\":[{\"unit\":\"" + UNIT + "\",\"role\":\"" + role + "\"}]}";
        HttpResponse<String> r = platform.admin("POST", "/api/v1/admin/accounts", body.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, r.statusCode(), r.body());
    }

    HttpResponse<String> as(String login, String method, String path, String body) throws Exception {
        Map<String, String> headers = new HashMap<>();
        if (login != null) {
            headers.put("Authorization", "Bearer " + platform.bearer(login, PW));
        }
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        return platform.send(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
    }

    HttpResponse<String> post(String path, String body, Map<String, String> headers) throws Exception {
        Map<String, String> h = new HashMap<>(headers);
        h.put("Content-Type", "application/json");
        return platform.send("POST", path, body.getBytes(StandardCharsets.UTF_8), h);
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    static void assertProblem(HttpResponse<String> r, int status, String code) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.headers().map().toString());
        assertEquals(code, json(r).get("code").asText(), r.body());
        assertFalse(json(r).get("title").asText().isBlank());
    }

    static List<String> errorFields(HttpResponse<String> r) throws Exception {
        List<String> fields = new ArrayList<>();
        json(r).path("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    /** Every documented operation, called anonymously with its examples, answers a documented status with the documented media type. */
    @Test
    void everyDocumentedPathAnswersAsDocumented() throws Exception {
        HttpResponse<String> docResponse = platform.get("/api/v1/openapi.json");
        assertEquals(200, docResponse.statusCode());
        JsonNode doc = json(docResponse);
        assertEquals("3.1.0", doc.get("openapi").asText());
        List<String> failures = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                operations++;
                String url = path.getKey();
                StringBuilder query = new StringBuilder();
                for (JsonNode p : op.getValue().path("parameters")) {
                    if (!p.has("example")) {
                        continue;
                    }
                    String value = java.net.URLEncoder.encode(p.get("example").asText(), StandardCharsets.UTF_8);
                    if (p.get("in").asText().equals("path")) {
                        url = url.replace("{" + p.get("name").asText() + "}", value);
                    } else if (p.get("in").asText().equals("query")) {
                        query.append(query.length() == 0 ? "?" : "&").append(p.get("name").asText()).append('=').append(value);
                    }
                }
                byte[] body = null;
                Map<String, String> headers = new HashMap<>();
                JsonNode content = op.getValue().path("requestBody").path("content");
                if (content.has("application/json")) {
                    body = JSON.writeValueAsBytes(content.get("application/json").path("example"));
                    headers.put("Content-Type", "application/json");
                } else if (content.size() > 0) {
                    String type = content.fieldNames().next();
                    body = new byte[] {1, 2, 3};
                    headers.put("Content-Type", type);
                }
                HttpResponse<String> r = platform.send(op.getKey().toUpperCase(), url + query, body, headers);
                String status = Integer.toString(r.statusCode());
                JsonNode documented = op.getValue().path("responses").path(status);
                String what = op.getKey().toUpperCase() + " " + url + query + " → " + status;
                if (documented.isMissingNode()) {
                    failures.add(what + " is not documented: " + r.body());
                    continue;
                }
                String type = r.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
                if (documented.has("content") && !documented.get("content").has(type)) {
                    failures.add(what + " answered " + type + ", documented " + documented.get("content").fieldNames().next());
                }
                if (r.statusCode() >= 500) {
                    failures.add(what + " is a server error: " + r.body());
                }
            }
        }
        assertTrue(operations >= 50, "operations documented: " + operations);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    static String submission(String unit, String procedure, String applicant, Map<String, Object> form) throws Exception {
        ObjectNode b = JSON.createObjectNode();
        b.put("procedure", procedure).put("unit", unit).put("channel", "ONLINE").put("resultChannel", "ONLINE");
        b.set("applicant", JSON.readTree(applicant));
        b.set("form", JSON.valueToTree(form));
        return JSON.writeValueAsString(b);
    }

    static Map<String, Object> birthForm() {
        Map<String, Object> f = new java.util.LinkedHashMap<>();
        f.put("hoTenTre", "Nguyễn Văn Bé");
        f.put("ngaySinhTre", "2026-11-20");
        f.put("gioiTinhTre", "nam");
        f.put("noiSinhTre", "Bệnh viện Phụ sản Hà Nội");
        f.put("danTocTre", "Kinh");
        f.put("quocTichTre", "Việt Nam");
        f.put("chaMe", List.of(Map.of("vaiTro", "me", "hoTen", "Trần Thị Mẹ", "ngaySinh", "1995-01-01", "quocTich", "Việt Nam")));
        f.put("hoTenNguoiYeuCau", "Trần Thị Mẹ");
        f.put("ngaySinh", "1995-01-01");
        f.put("soDinhDanh", "001195012345");
        f.put("soDienThoai", "0912345678");
        f.put("quanHe", "me");
        f.put("camDoan", true);
        return f;
    }

    @Test
    void theJavaHookOfTheBirthRegistrationBundleRunsOnEverySubmission() throws Exception {
        // plugins/khai-sinh registers BirthOrderValidator for 1.001193: parents are born before the child.
        ObjectNode b = (ObjectNode) JSON.readTree(birthSubmission("Trần Thị Mẹ"));
        ((ObjectNode) b.get("form").get("chaMe").get(0)).put("ngaySinh", "2026-01-01");
        HttpResponse<String> r = post("/api/v1/dossiers", JSON.writeValueAsString(b), Map.of());
        assertProblem(r, 422, "invalid_input");
        JsonNode error = json(r).get("errors").get(0);
        assertEquals("chaMe[0].ngaySinh", error.get("field").asText(), r.body());
        assertEquals("birth_order", error.get("code").asText());
        assertTrue(error.get("message").asText().contains("2026"), error.toString());
    }

    static String pdfBase64(int size) {
        byte[] pdf = new byte[size];
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, pdf, 0, head.length);
        return Base64.getEncoder().encodeToString(pdf);
    }

    String birthSubmission(String applicantName) throws Exception {
        ObjectNode b = (ObjectNode) JSON.readTree(submission(UNIT, BIRTH,
                "{\"name\":" + JSON.writeValueAsString(applicantName) + ",\"phone\":\"0912345678\",\"citizenId\":\"001195012345\"}", birthForm()));
        b.set("attachments", JSON.readTree("[{\"field\":\"giayChungSinh\",\"name\":\"giay-chung-sinh.pdf\",\"type\":\"application/pdf\",\"contentBase64\":\""
                + pdfBase64(2048) + "\"}]"));
        return JSON.writeValueAsString(b);
    }

    @Test
    void badInputIsAClearProblemNeverAServerError() throws Exception {
        assertProblem(post("/api/v1/dossiers", "{\"procedure\": \"1.001193\",", Map.of()), 400, "malformed_json");
        assertProblem(post("/api/v1/dossiers", "{\"procedure\":\"1.001193\",\"unit\":\"00070\",\"applicant\":5}", Map.of()), 400, "wrong_type");
        assertProblem(post("/api/v1/dossiers", "{\"procedure\":\"1.001193\",\"unit\":\"00070\",\"applicant\":{\"name\":\"A\"},\"colour\":\"red\"}", Map.of()), 400, "unknown_field");
        HttpResponse<String> missing = post("/api/v1/dossiers", "{}", Map.of());
        assertProblem(missing, 422, "invalid_input");
        assertTrue(errorFields(missing).containsAll(List.of("procedure", "unit", "applicant.name")), missing.body());
        assertProblem(platform.send("POST", "/api/v1/dossiers", new byte[0], Map.of("Content-Type", "application/json")), 400, "empty_body");

        assertProblem(post("/api/v1/dossiers/H26.00070-261129-0001/lookup", "{\"phone\":\"" + "9".repeat(5000) + "\"}", Map.of()), 413, "body_too_large");

        HttpResponse<String> badIds = post("/api/v1/dossiers", submission(UNIT, BIRTH,
                "{\"name\":\"Nguyễn Văn An\",\"phone\":\"0123\",\"citizenId\":\"12345\"}", birthForm()), Map.of());
        assertProblem(badIds, 422, "invalid_input");
        assertTrue(errorFields(badIds).containsAll(List.of("applicant.phone", "applicant.citizenId")), badIds.body());

        Map<String, Object> wrongForm = new java.util.LinkedHashMap<>(birthForm());
        wrongForm.put("soDinhDanh", "abc");
        wrongForm.put("soDienThoai", "12");
        wrongForm.put("ngaySinhTre", "2099-01-01");
        HttpResponse<String> formErrors = post("/api/v1/dossiers", submission(UNIT, BIRTH,
                "{\"name\":\"Nguyễn Văn An\",\"phone\":\"0912345678\"}", wrongForm), Map.of());
        assertProblem(formErrors, 422, "invalid_input");
        assertTrue(errorFields(formErrors).containsAll(List.of("soDinhDanh", "soDienThoai", "ngaySinhTre", "giayChungSinh")), formErrors.body());
        json(formErrors).get("errors").forEach(e -> assertFalse(e.get("message").asText().isBlank()));

        ObjectNode wrongType = (ObjectNode) JSON.readTree(birthSubmission("Nguyễn Văn An"));
        wrongType.set("attachments", JSON.readTree("[{\"field\":\"giayChungSinh\",\"name\":\"a.exe\",\"type\":\"application/x-msdownload\",\"contentBase64\":\"TVqQAAMAAAAEAAAA\"}]"));
        HttpResponse<String> exe = post("/api/v1/dossiers", JSON.writeValueAsString(wrongType), Map.of());
        assertProblem(exe, 422, "invalid_input");
        assertTrue(errorFields(exe).stream().anyMatch(f -> f.startsWith("giayChungSinh")), exe.body());

        ObjectNode tooBig = (ObjectNode) JSON.readTree(birthSubmission("Nguyễn Văn An"));
        tooBig.set("attachments", JSON.readTree("[{\"field\":\"giayChungSinh\",\"name\":\"big.pdf\",\"type\":\"application/pdf\",\"contentBase64\":\""
                + pdfBase64(6 * 1024 * 1024) + "\"}]"));
        HttpResponse<String> big = post("/api/v1/dossiers", JSON.writeValueAsString(tooBig), Map.of());
        assertProblem(big, 422, "invalid_input");
        assertTrue(errorFields(big).stream().anyMatch(f -> f.startsWith("giayChungSinh")), big.body());

        // A multipart form over the servlet's limit (one file up to 20 MB) is refused as such, not as unreadable.
        String boundary = "motcua-it-boundary";
        java.io.ByteArrayOutputStream form = new java.io.ByteArrayOutputStream();
        form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"dossier\"\r\nContent-Type: application/json"
                + "\r\n\r\n" + birthSubmission("Nguyễn Văn An") + "\r\n--" + boundary + "\r\nContent-Disposition: form-data;"
                + " name=\"giayChungSinh\"; filename=\"big.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        form.writeBytes(new byte[21 * 1024 * 1024]);
        form.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        assertProblem(platform.send("POST", "/api/v1/dossiers", form.toByteArray(),
                Map.of("Content-Type", "multipart/form-data; boundary=" + boundary)), 413, "upload_too_large");

        assertProblem(platform.get("/api/v1/procedures?unit=99999"), 400, "invalid_parameter");
        assertProblem(platform.get("/api/v1/procedures/9.999999?unit=" + UNIT), 404, "procedure_not_offered");
        assertProblem(platform.get("/api/v1/procedures/9.999999"), 404, "no_such_procedure");
        HttpResponse<String> unknownUnit = post("/api/v1/dossiers", submission("99999", BIRTH, "{\"name\":\"A\",\"phone\":\"0912345678\"}", birthForm()), Map.of());
        assertEquals(404, unknownUnit.statusCode(), unknownUnit.body());
        assertProblem(platform.get("/api/v1/calendar/abc"), 400, "invalid_parameter");
        assertProblem(platform.get("/api/v1/procedures/" + BIRTH + "/appointment?unit=" + UNIT + "&receivedAt=yesterday"), 400, "invalid_parameter");
        assertProblem(platform.get("/api/v1/nothing-here"), 404, "no_such_path");
    }

    @Test
    void aDisabledProcedureSaysSoClearly() throws Exception {
        HttpResponse<String> off = platform.admin("PUT", "/api/v1/admin/procedures/" + BIRTH + "/units/00082",
                "{\"enabled\":false}".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, off.statusCode(), off.body());
        HttpResponse<String> detail = platform.get("/api/v1/procedures/" + BIRTH + "?unit=00082");
        assertProblem(detail, 404, "procedure_disabled");
        assertTrue(json(detail).get("detail").asText().contains("tạm dừng tiếp nhận"), detail.body());
        HttpResponse<String> submit = post("/api/v1/dossiers", submission("00082", BIRTH, "{\"name\":\"A\",\"phone\":\"0912345678\"}", birthForm()), Map.of());
        assertProblem(submit, 404, "procedure_disabled");
        HttpResponse<String> page = platform.get("/don-vi/00082/thu-tuc/" + BIRTH);
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("tạm dừng tiếp nhận"), page.body());
        platform.admin("PUT", "/api/v1/admin/procedures/" + BIRTH + "/units/00082", "{\"enabled\":true}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void searchIgnoresDiacriticsCaseAndNormalForm() throws Exception {
        for (String q : List.of("dang ky khai sinh", "ĐĂNG KÝ KHAI SINH", java.text.Normalizer.normalize("Đăng ký khai sinh", java.text.Normalizer.Form.NFD))) {
            JsonNode list = json(platform.get("/api/v1/procedures?unit=" + UNIT + "&q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8)));
            assertEquals(BIRTH, list.get("procedures").get(0).get("code").asText(), q);
        }
    }

    /** Issue 11: officers open the files a citizen uploaded, only where they may see the dossier, and it is audited. */
    @Test
    void staffOpenAttachmentsOnlyWhereTheyMaySeeTheDossierAndEveryAccessIsAudited() throws Exception {
        HttpResponse<String> submitted = post("/api/v1/dossiers", birthSubmission("Trần Thị Bình"), Map.of());
        assertEquals(201, submitted.statusCode(), submitted.body());
        String code = json(submitted).get("code").asText();
        String id = json(as("mc70", "GET", "/api/v1/dossiers/" + code, null)).get("attachments").get(0).get("id").asText();
        String path = "/api/v1/dossiers/" + code + "/attachments/" + id;

        HttpResponse<byte[]> inline = bytesAs("mc70", path);
        assertEquals(200, inline.statusCode());
        assertEquals("application/pdf", inline.headers().firstValue("Content-Type").orElse(""));
        assertEquals(2048, inline.body().length);
        assertArrayEquals("%PDF".getBytes(StandardCharsets.US_ASCII), java.util.Arrays.copyOf(inline.body(), 4));
        assertTrue(inline.headers().firstValue("Content-Disposition").orElse("").startsWith("inline; filename=\"giay-chung-sinh.pdf\""),
                inline.headers().map().toString());
        assertEquals("nosniff", inline.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(inline.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"));
        HttpResponse<byte[]> download = bytesAs("cv70", path + "?download=true");
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));

        assertProblem(platform.send("GET", path, null, Map.of()), 401, "unauthenticated");
        assertProblem(as("mc70", "GET", "/api/v1/dossiers/" + code + "/attachments/no-such-file", null), 404, "no_such_attachment");
        String body = "{\"login\":\"mc82\",\"displayName\":\"Cán bộ phường khác\",\"password\":\"" + PW
                + "\",\"grants\":[{\"unit\":\"00082\",\"role\":\"ONE_STOP_OFFICER\"}]}";
        assertEquals(201, platform.admin("POST", "/api/v1/admin/accounts", body.getBytes(StandardCharsets.UTF_8)).statusCode());
        assertProblem(as("mc82", "GET", path, null), 404, "no_such_dossier");

        String audit = platform.admin("GET", "/api/v1/admin/audit?limit=100", null).body();
        assertTrue(audit.contains("attachment_opened") && audit.contains("attachment_downloaded"), audit);
        assertTrue(audit.contains("dossier " + code + " file " + id), audit);
    }

    private HttpResponse<byte[]> bytesAs(String login, String path) throws Exception {
        return platform.http.send(HttpRequest.newBuilder(platform.uri(path)).header("Authorization", "Bearer " + platform.bearer(login, PW))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aCitizensJourneyOverTheApi() throws Exception {
        String script = "<script>alert(1)</script> Nguyễn Văn An";
        HttpResponse<String> submitted = post("/api/v1/dossiers", birthSubmission(script), Map.of());
        assertEquals(201, submitted.statusCode(), submitted.body());
        String code = json(submitted).get("code").asText();
        assertFalse(submitted.headers().firstValue("Location").orElse("").contains("0912345678"));

        assertProblem(post("/api/v1/dossiers/" + code + "/grants", "{\"phone\":\"0999999999\"}", Map.of()), 404, "no_such_dossier");
        HttpResponse<String> opened = post("/api/v1/dossiers/" + code + "/grants", "{\"phone\":\"0912345678\"}", Map.of());
        assertEquals(201, opened.statusCode(), opened.body());
        String cookie = opened.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        Map<String, String> grant = Map.of("X-Dossier-Grant", json(opened).get("grant").asText());

        assertProblem(platform.send("GET", "/api/v1/dossiers/" + code + "/documents/receipt", null, Map.of()), 401, "unauthenticated");
        assertProblem(platform.send("GET", "/api/v1/dossiers/" + code + "/documents/receipt", null, grant), 404, "document_not_issued");
        assertProblem(post("/api/v1/dossiers/" + code + "/evaluation", "{\"overall\":3,\"timeliness\":3,\"attitude\":3,\"publicity\":3,\"counterContacts\":0,\"agencies\":1}", grant), 409, "not_returned");

        assertEquals(200, as("mc70", "POST", "/api/v1/dossiers/" + code + "/actions", "{\"action\":\"accept\"}").statusCode());
        HttpResponse<byte[]> pdf = platform.http.send(HttpRequest.newBuilder(platform.uri("/api/v1/dossiers/" + code + "/documents/receipt"))
                .header("X-Dossier-Grant", grant.get("X-Dossier-Grant")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertArrayEquals("%PDF".getBytes(StandardCharsets.US_ASCII), java.util.Arrays.copyOf(pdf.body(), 4));
        assertProblem(platform.send("GET", "/api/v1/dossiers/" + code + "/documents/receipt", null,
                Map.of("X-Dossier-Grant", "forged")), 401, "grant_required");

        assertEquals(200, as("mc70", "POST", "/api/v1/dossiers/" + code + "/actions", "{\"action\":\"forward\"}").statusCode());
        assertEquals(200, as("cv70", "POST", "/api/v1/dossiers/" + code + "/actions", "{\"action\":\"forward\"}").statusCode());
        assertEquals(200, as("ld70", "POST", "/api/v1/dossiers/" + code + "/actions", "{\"action\":\"approve\"}").statusCode());
        assertEquals(200, as("mc70", "POST", "/api/v1/dossiers/" + code + "/actions", "{\"action\":\"result-ready\"}").statusCode());
        assertEquals(200, as("mc70", "POST", "/api/v1/dossiers/" + code + "/actions", "{\"action\":\"return-result\"}").statusCode());

        HttpResponse<String> bad = post("/api/v1/dossiers/" + code + "/evaluation", "{\"overall\":7}", grant);
        assertProblem(bad, 422, "invalid_input");
        assertTrue(errorFields(bad).containsAll(List.of("overall", "timeliness")), bad.body());
        HttpResponse<String> rated = post("/api/v1/dossiers/" + code + "/evaluation",
                "{\"overall\":3,\"timeliness\":3,\"attitude\":2,\"publicity\":3,\"counterContacts\":0,\"agencies\":1,\"comment\":\"Nhanh\"}", grant);
        assertEquals(201, rated.statusCode(), rated.body());
        assertProblem(post("/api/v1/dossiers/" + code + "/evaluation",
                "{\"overall\":1,\"timeliness\":1,\"attitude\":1,\"publicity\":1,\"counterContacts\":3,\"agencies\":2}", grant), 409, "already_evaluated");
        assertEquals(2, json(platform.send("GET", "/api/v1/dossiers/" + code + "/evaluation", null, grant)).get("ratings").get("attitude").asInt());

        HttpResponse<String> sent = post("/api/v1/feedback", "{\"subject\":\"DOSSIER\",\"dossier\":\"" + code
                + "\",\"senderName\":" + JSON.writeValueAsString(script) + ",\"phone\":\"0912345678\",\"content\":\"<b>Cảm ơn</b>\"}", Map.of());
        assertEquals(201, sent.statusCode(), sent.body());
        String reference = json(sent).get("reference").asText();
        assertEquals(UNIT, json(sent).get("unit").asText());
        assertProblem(post("/api/v1/feedback/" + reference + "/lookup", "{\"phone\":\"0999999999\"}", Map.of()), 404, "no_such_feedback");
        assertProblem(post("/api/v1/feedback", "{\"subject\":\"UNIT\",\"unit\":\"99999\",\"senderName\":\"A\",\"phone\":\"1\",\"content\":\"\"}", Map.of()), 422, "invalid_input");
        HttpResponse<String> answered = as("mc70", "POST", "/api/v1/feedback/" + reference + "/answer", "{\"answer\":\"Cảm ơn anh/chị\"}");
        assertEquals(200, answered.statusCode(), answered.body());
        assertProblem(as("mc70", "POST", "/api/v1/feedback/" + reference + "/answer", "{\"answer\":\"lần hai\"}"), 409, "already_answered");
        JsonNode tracked = json(post("/api/v1/feedback/" + reference + "/lookup", "{\"phone\":\"0912345678\"}", Map.of()));
        assertEquals("ANSWERED", tracked.get("status").asText());
        assertEquals("Cảm ơn anh/chị", tracked.get("answer").asText());

        // The portal prints the same data as text, never as markup.
        String page = platform.send("GET", "/ho-so/" + code, null, Map.of("Cookie", "motcua_grant=" + grant.get("X-Dossier-Grant"))).body();
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; Nguyễn Văn An"), page);
        assertFalse(page.contains("<script>alert(1)"), page);
    }
}
