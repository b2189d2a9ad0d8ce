package vn.motcua.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The officer workspace over HTTP, as a browser uses it, on the real platform (PostgreSQL, so that a queue row can be
 * made overdue deterministically): HTML login, counter intake of a building permit (1.013225) with attachments,
 * acceptance and the receipt, inter-agency appraisal at SXD, the leader's apology (once), decision, result, return,
 * the control sheet and tracking book as PDF, and the verified history naming every account that acted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkspaceJourneyIT {

    static final String PW = "Mật-khẩu-thử-nghiệm-2026";
    static final String PROCEDURE = "1.013225";
    static final String WARD = "00070";
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectMapper JSON = new ObjectMapper();

    EmbeddedPostgres pg;
    RunningPlatform platform;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        pg = EmbeddedPostgres.builder().start();
        platform = new RunningPlatform(dir.resolve("data"), Map.of(
                "MOTCUA_DB_URL", "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres", "MOTCUA_DB_USER", "postgres",
                "JAVA_OPTS", "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"));
        assertEquals(200, platform.awaitGet("/api/v1/procedures/" + PROCEDURE + "?unit=" + WARD, r -> r.statusCode() == 200,
                Duration.ofSeconds(60)).statusCode());
        account(platform, "mc.it70", WARD, "ONE_STOP_OFFICER");
        account(platform, "cv.itsxd", "SXD", "SPECIALIST");
        account(platform, "ld.it70", WARD, "LEADER");
    }

    @AfterAll
    void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
        if (pg != null) {
            pg.close();
        }
    }

    static void account(RunningPlatform platform, String login, String unit, String role) throws Exception {
        String body = "{\"login\":\"" + login + "\",\"displayName\":\"Cán bộ " + login + "\",\"password\":\"" + PW
                + "\",\"grants\":[{\"unit\":\"" + unit + "\",\"role\":\"" + role + "\"}]}";
        HttpResponse<String> r = platform.admin("POST", "/api/v1/admin/accounts", body.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, r.statusCode(), r.body());
    }

    /** Fills the counter form of 1.013225 as an officer would and posts it (multipart, with two attachments). */
    static String intake(StaffBrowser b, String applicant, boolean receiveNow) throws Exception {
        HttpResponse<String> form = b.get("/can-bo/tiep-nhan/" + WARD + "/" + PROCEDURE);
        assertEquals(200, form.statusCode(), form.body());
        assertTrue(form.body().contains("enctype=\"multipart/form-data\""));
        Map<String, List<String>> f = new LinkedHashMap<>();
        f.put("khoa", StaffBrowser.inputValues(form.body(), "khoa"));
        f.put("nguoi-nop", List.of(applicant));
        f.put("dinh-danh", List.of("001090012345"));
        f.put("dien-thoai", List.of("0912345678"));
        f.put("dia-chi", List.of("Số 12 phố Hàng Bạc, phường Hoàn Kiếm"));
        f.put("kenh", List.of("COUNTER"));
        f.put("kenh-tra", List.of("COUNTER"));
        f.put("hoTen", List.of(applicant));
        f.put("soDinhDanh", List.of("001090012345"));
        f.put("soDienThoai", List.of("0912345678"));
        f.put("diaChiCongTrinh", List.of("Số 12 phố Hàng Bạc, phường Hoàn Kiếm"));
        f.put("soThua", List.of("125"));
        f.put("soToBanDo", List.of("34"));
        f.put("loaiGiayToDat", List.of("gcn"));
        f.put("dienTichDat", List.of("80"));
        f.put("dienTichXayDung", List.of("70"));
        f.put("soTang", List.of("5"));
        f.put("tongDienTichSan", List.of("350"));
        f.put("camKet", List.of("true"));
        if (receiveNow) {
            f.put("tiep-nhan-ngay", List.of("true"));
        }
        HttpResponse<String> r = b.multipart("/can-bo/tiep-nhan/" + WARD + "/" + PROCEDURE, f, List.of(
                new StaffBrowser.FilePart("banVe", "ban-ve-mat-bang.pdf", "application/pdf", PDF),
                new StaffBrowser.FilePart("giayChungNhanDat", "giay-chung-nhan.pdf", "application/pdf", PDF)));
        String location = StaffBrowser.location(r);
        Matcher m = Pattern.compile("/can-bo/ho-so/([^?]+)\\?").matcher(location);
        assertTrue(m.find(), location);
        return m.group(1);
    }

    /** Posts one action from the dossier page's own form (its version and token); returns the redirect's message. */
    static String act(StaffBrowser b, String code, String action, Map<String, String> extra) throws Exception {
        HttpResponse<String> page = b.get("/can-bo/ho-so/" + code);
        assertEquals(200, page.statusCode(), page.body());
        List<String> versions = StaffBrowser.inputValues(page.body(), "version");
        Map<String, List<String>> f = new LinkedHashMap<>();
        f.put("action", List.of(action));
        f.put("version", List.of(versions.isEmpty() ? "0" : versions.get(0)));
        extra.forEach((k, v) -> f.put(k, List.of(v)));
        String location = StaffBrowser.location(b.submit("/can-bo/ho-so/" + code + "/thao-tac", f));
        assertTrue(location.startsWith("/can-bo/ho-so/" + code), location);
        return StaffBrowser.message(location);
    }

    static boolean offers(StaffBrowser b, String code, String action) throws Exception {
        return b.get("/can-bo/ho-so/" + code).body().contains("name=\"action\" value=\"" + action + "\"");
    }

    static String pdfText(HttpResponse<byte[]> r) throws Exception {
        assertEquals(200, r.statusCode());
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        try (PDDocument doc = Loader.loadPDF(r.body())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void aCounterDossierGoesThroughTwoAgenciesWithAnApologyAndEveryHandOverIsOnTheControlSheet() throws Exception {
        StaffBrowser counter = new StaffBrowser(platform).login("mc.it70", PW);
        assertTrue(counter.get("/can-bo/tiep-nhan").body().contains("/can-bo/tiep-nhan/" + WARD + "/" + PROCEDURE));

        // Intake with attachments, not yet received: no receipt before acceptance.
        String code = intake(counter, "Trịnh Văn Quyết", false);
        String page = counter.get("/can-bo/ho-so/" + code).body();
        assertTrue(page.contains("Trịnh Văn Quyết"), "the applicant's name arrives in UTF-8");
        assertTrue(page.contains("ban-ve-mat-bang.pdf") && page.contains("giay-chung-nhan.pdf"), "both attachments are stored");
        assertFalse(page.contains("sha256="), "form data shows no stored file descriptors");
        assertTrue(page.contains("<dd>Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất</dd>"),
                "a choice is shown by its label");
        assertEquals(404, counter.getBytes("/can-bo/ho-so/" + code + "/giay-to/receipt").statusCode());

        assertTrue(act(counter, code, "accept", Map.of()).startsWith("Đã thực hiện"));
        String receipt = pdfText(counter.getBytes("/can-bo/ho-so/" + code + "/giay-to/receipt"));
        assertTrue(receipt.contains(code), receipt);
        assertTrue(receipt.contains("Trịnh Văn Quyết"), "Vietnamese diacritics survive in the PDF: " + receipt);

        // Forward to the appraisal at the Department of Construction (inter-agency).
        assertFalse(offers(counter, code, "approve"), "a one-stop officer is not offered the leader's decision");
        assertTrue(act(counter, code, "forward", Map.of()).startsWith("Đã thực hiện"));
        assertFalse(offers(counter, code, "forward"), "the step is now SXD's");

        StaffBrowser sxd = new StaffBrowser(platform).login("cv.itsxd", PW);
        String queue = sxd.get("/can-bo/").body();
        assertTrue(queue.contains("/can-bo/ho-so/" + code), "the SXD specialist's queue shows the dossier:\n" + queue);
        assertTrue(act(sxd, code, "forward", Map.of("note", "Đủ điều kiện cấp phép.")).startsWith("Đã thực hiện"));
        assertFalse(sxd.get("/can-bo/").body().contains("/can-bo/ho-so/" + code), "gone from SXD's queue");

        // The leader: an apology with a new appointment, once; the second is refused citing the rule.
        StaffBrowser leader = new StaffBrowser(platform).login("ld.it70", PW);
        assertTrue(leader.get("/can-bo/").body().contains("/can-bo/ho-so/" + code));
        JsonNode view = JSON.readTree(leader.get("/api/v1/dossiers/" + code).body());
        Instant appointment = Instant.parse(view.get("appointmentAt").asText());
        // The form proposes the new appointment (issue 13: a fixed "+7 days" fell on 01/01/2027, a holiday, now refused).
        String sunday = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(appointment.atZone(VN).toLocalDate()
                .with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SUNDAY)).atTime(10, 0));
        assertTrue(act(leader, code, "issue-apology", Map.of("newAppointment", sunday, "note", "Chủ nhật."))
                .contains("giờ làm việc"), "a Sunday is refused with the reason");
        java.util.regex.Matcher proposed = java.util.regex.Pattern.compile("name=\"newAppointment\"[^>]*value=\"([^\"]+)\"")
                .matcher(leader.get("/can-bo/ho-so/" + code).body());
        assertTrue(proposed.find(), "the apology form is pre-filled with a proposal");
        String later = proposed.group(1);
        assertTrue(java.time.LocalDateTime.parse(later).atZone(VN).toInstant().isAfter(appointment), later);
        assertTrue(offers(leader, code, "issue-apology"));
        assertTrue(act(leader, code, "issue-apology", Map.of("newAppointment", later, "note", "Cần kiểm tra thực địa bổ sung do mưa lớn."))
                .startsWith("Đã thực hiện"));
        assertTrue(leader.getBytes("/can-bo/ho-so/" + code + "/giay-to/apology").statusCode() == 200);
        assertFalse(offers(leader, code, "issue-apology"), "the apology is offered once");
        String refused = act(leader, code, "issue-apology", Map.of("newAppointment", later, "note", "Lần hai."));
        assertTrue(refused.contains("chỉ được hẹn lại ngày trả kết quả một lần"), refused);
        assertTrue(act(leader, code, "approve", Map.of()).startsWith("Đã thực hiện"));

        // Back at the counter: result ready, returned.
        assertTrue(act(counter, code, "result-ready", Map.of()).startsWith("Đã thực hiện"));
        assertTrue(act(counter, code, "return-result", Map.of()).startsWith("Đã thực hiện"));
        assertTrue(counter.get("/can-bo/ho-so/" + code).body().contains("Đã trả kết quả"));
        // A closed dossier is no longer in the work list, but its code typed in the search still finds it.
        String byCode = counter.get("/can-bo/?q=" + code).body();
        assertTrue(byCode.contains("href=\"/can-bo/ho-so/" + code + "\"") && byCode.contains("không có trong danh sách việc cần làm"), byCode);
        // So does the applicant's phone number, written as people write it (issue 13: search by phone or citizen id).
        String byPhone = counter.get("/can-bo/?q=" + java.net.URLEncoder.encode("0912 345 678", java.nio.charset.StandardCharsets.UTF_8)).body();
        assertTrue(byPhone.contains("Hồ sơ của người nộp có số") && byPhone.contains("href=\"/can-bo/ho-so/" + code + "\""), byPhone);

        // The control sheet: reception, three step hand-overs and the return, each classed.
        String sheet = pdfText(counter.getBytes("/can-bo/ho-so/" + code + "/giay-to/control-sheet"));
        for (String login : List.of("mc.it70", "cv.itsxd", "ld.it70")) {
            assertTrue(sheet.contains(login), login + " on the control sheet:\n" + sheet);
        }
        assertTrue(sheet.contains("Sở Xây dựng"), "the inter-agency step's unit:\n" + sheet);
        int classed = count(sheet, "Trước hạn") + count(sheet, "Đúng hạn") + count(sheet, "Quá hạn");
        assertTrue(classed >= 4, "forward, forward, approve and return are each early/on time/late (" + classed + "):\n" + sheet);
        assertTrue(sheet.contains("Trịnh Văn Quyết"), sheet);

        // The tracking book for the unit and the day of receipt.
        LocalDate day = Instant.parse(JSON.readTree(counter.get("/api/v1/dossiers/" + code).body()).get("receivedAt").asText())
                .atZone(VN).toLocalDate();
        String book = pdfText(counter.getBytes("/can-bo/so-theo-doi?don-vi=" + WARD + "&tu=" + day + "&den=" + day));
        assertTrue(book.replaceAll("\\s+", "").contains(code.replaceAll("\\s+", "")), "the book lists the dossier:\n" + book);
        assertEquals(404, sxd.getBytes("/can-bo/so-theo-doi?don-vi=" + WARD + "&tu=" + day + "&den=" + day).statusCode(),
                "another unit's officer has no book of the ward, though the dossier passed through their unit");

        // The history verifies, and names every staff account that acted.
        JsonNode verification = JSON.readTree(counter.get("/api/v1/dossiers/" + code + "/history/verification").body());
        assertTrue(verification.get("intact").asBoolean(), verification.toString());
        JsonNode events = JSON.readTree(counter.get("/api/v1/dossiers/" + code).body()).get("events");
        List<String> actors = new ArrayList<>();
        events.forEach(e -> actors.add(e.get("actor").asText() + ":" + e.get("action").asText()));
        for (String expected : List.of("mc.it70:accept", "mc.it70:forward", "cv.itsxd:forward", "ld.it70:issue-apology",
                "ld.it70:approve", "mc.it70:result-ready", "mc.it70:return-result")) {
            assertTrue(actors.contains(expected), expected + " in " + actors);
        }
        String history = counter.get("/can-bo/ho-so/" + code).body();
        for (String login : List.of("mc.it70", "cv.itsxd", "ld.it70")) {
            assertTrue(history.contains(login), login + " in the page's history");
        }
    }

    @Test
    void overdueAndDueSoonRowsAreHighlightedAndComeFirst() throws Exception {
        StaffBrowser counter = new StaffBrowser(platform).login("mc.it70", PW);
        String normal = intake(counter, "Lý Thị Bình Thường", true);
        String dueSoon = intake(counter, "Mai Văn Sắp Hạn", true);
        String overdue = intake(counter, "Tạ Văn Quá Hạn", true);
        String waiting = intake(counter, "Đỗ Văn Chờ Kiểm Tra", false); // not received: no step deadline yet
        // Received at once: the receipt is ready without a separate acceptance.
        assertEquals(200, counter.getBytes("/can-bo/ho-so/" + overdue + "/giay-to/receipt").statusCode());
        // The step budget is hours; instead of waiting, the stored deadlines are moved the way time would move them.
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE dossiers SET step_due_at = now() - interval '2 hours', due_soon_at = now() - interval '1 day' WHERE code = ?")) {
                s.setString(1, overdue);
                assertEquals(1, s.executeUpdate());
            }
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE dossiers SET step_due_at = now() + interval '1 hour', due_soon_at = now() - interval '1 minute' WHERE code = ?")) {
                s.setString(1, dueSoon);
                assertEquals(1, s.executeUpdate());
            }
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE dossiers SET step_due_at = now() + interval '5 days', due_soon_at = now() + interval '4 days' WHERE code = ?")) {
                s.setString(1, normal);
                assertEquals(1, s.executeUpdate());
            }
        }
        String queue = counter.get("/can-bo/").body();
        String rowOverdue = row(queue, overdue);
        String rowDueSoon = row(queue, dueSoon);
        String rowNormal = row(queue, normal);
        assertTrue(rowOverdue.startsWith("<tr class=\"overdue\">") && rowOverdue.contains("Quá hạn"), rowOverdue);
        assertTrue(rowDueSoon.startsWith("<tr class=\"due-soon\">") && rowDueSoon.contains("Sắp đến hạn"), rowDueSoon);
        assertTrue(rowNormal.startsWith("<tr>"), rowNormal);
        assertTrue(queue.indexOf(rowOverdue) < queue.indexOf(rowDueSoon) && queue.indexOf(rowDueSoon) < queue.indexOf(rowNormal),
                "sorted by due time, nearest first");
        // Decision 1323: a dossier waiting for the counter's check is owed since it arrived, not listed after everything.
        String rowWaiting = row(queue, waiting);
        assertTrue(queue.indexOf(rowOverdue) < queue.indexOf(rowWaiting) && queue.indexOf(rowWaiting) < queue.indexOf(rowNormal),
                "the unchecked dossier before later deadlines:\n" + queue);
        assertTrue(queue.contains("accesskey=\"t\"") && queue.contains("Phím tắt"), "keyboard shortcuts, written on the page");

        // After an action the clerk goes on to the next dossier of the list without going back to it.
        String dossierPage = counter.get("/can-bo/ho-so/" + overdue).body();
        assertTrue(dossierPage.contains("Hồ sơ tiếp theo: " + waiting), dossierPage);

        // Bulk "result ready": each dossier gets its own outcome; one that cannot move does not stop the page.
        Map<String, List<String>> bulk = new LinkedHashMap<>();
        bulk.put("action", List.of("result-ready"));
        bulk.put("ma", List.of(normal, "X-000000-0000"));
        HttpResponse<String> outcome = counter.submit("/can-bo/hang-loat", bulk);
        assertEquals(200, outcome.statusCode(), outcome.body());
        String outcomeRow = row(outcome.body(), normal);
        assertTrue(outcomeRow.contains("Không thực hiện"), outcomeRow);
        assertTrue(outcome.body().contains("X-000000-0000") && outcome.body().contains("Không tìm thấy"), outcome.body());
        assertTrue(outcome.body().contains("Đã thực hiện 0/2 hồ sơ."), outcome.body());

        // Stopping at the applicant's request needs a reason and a confirmation, both checked by the server (decision 1322).
        String withdrawForm = counter.get("/can-bo/ho-so/" + waiting).body();
        assertTrue(withdrawForm.contains("name=\"xac-nhan\""), "the stop form asks for a confirmation");
        String noReason = act(counter, waiting, "withdraw", Map.of("xac-nhan", "1"));
        assertTrue(noReason.startsWith("Chưa thực hiện") && noReason.contains("lý do"), noReason);
        String unconfirmed = act(counter, waiting, "withdraw", Map.of("note", "Người nộp đề nghị dừng để bổ sung hồ sơ khác"));
        assertTrue(unconfirmed.startsWith("Chưa thực hiện") && unconfirmed.contains("xác nhận"), unconfirmed);
        assertTrue(counter.get("/can-bo/ho-so/" + waiting).body().contains("Chờ kiểm tra (nộp trực tuyến)"), "nothing stopped yet");
        String stopped = act(counter, waiting, "withdraw", Map.of("note", "Người nộp đề nghị dừng để bổ sung hồ sơ khác", "xac-nhan", "1"));
        assertTrue(stopped.startsWith("Đã thực hiện"), stopped);
        // Search without diacritics finds the applicant.
        String found = counter.get("/can-bo/?q=qua+han").body();
        assertTrue(found.contains(overdue) && !found.contains(normal), found);
    }

    private static String row(String html, String code) {
        Matcher m = Pattern.compile("<tr[^>]*>(?:(?!</tr>).)*/can-bo/ho-so/" + Pattern.quote(code) + "\".*?</tr>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), code + " in the queue:\n" + html);
        return m.group();
    }
}
