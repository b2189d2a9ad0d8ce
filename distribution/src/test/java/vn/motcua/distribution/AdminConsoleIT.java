package vn.motcua.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin console over HTTP, form by form with the session's anti-forgery token: bundle upload and rollback by a
 * city administrator, a procedure switched off for one ward and the citizen portal following at once, accounts and
 * roles, a unit's record and closures; a unit administrator confined to their unit, an officer kept out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminConsoleIT {

    static final String PW = WorkspaceJourneyIT.PW;
    static final String BUNDLE = "vn.motcua.plugin-ho-kinh-doanh";
    static final String PROCEDURE = "MAU.HKD001";

    RunningPlatform platform;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        platform = new RunningPlatform(dir.resolve("data"), Map.of("JAVA_OPTS", "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"));
        assertEquals(200, platform.awaitGet("/api/v1/procedures/" + PROCEDURE + "?unit=00070", r -> r.statusCode() == 200,
                Duration.ofSeconds(60)).statusCode());
        WorkspaceJourneyIT.account(platform, "qt.it70", "00070", "UNIT_ADMIN");
        WorkspaceJourneyIT.account(platform, "mc.it70", "00070", "ONE_STOP_OFFICER");
        WorkspaceJourneyIT.account(platform, "mc.it82", "00082", "ONE_STOP_OFFICER");
    }

    @AfterAll
    void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    private StaffBrowser admin() throws Exception {
        return new StaffBrowser(platform).login("admin", RunningPlatform.ADMIN_PASSWORD);
    }

    private static String version(String console) {
        Matcher m = Pattern.compile("<td>" + Pattern.quote(BUNDLE) + "</td><td>([^<]+)</td>").matcher(console);
        assertTrue(m.find(), "the bundle's row in the console:\n" + console);
        return m.group(1);
    }

    private static long bundleId(String console) {
        Matcher m = Pattern.compile("<td>" + Pattern.quote(BUNDLE) + "</td>.*?action=\"/quan-tri/goi/(\\d+)/", Pattern.DOTALL).matcher(console);
        assertTrue(m.find(), console);
        return Long.parseLong(m.group(1));
    }

    /** The shipped sample jar with a new bundle version and a new descriptor version, as a vendor would ship it. */
    private byte[] nextVersion() throws Exception {
        return nextVersion(platform.home);
    }

    static byte[] nextVersion(Path home) throws Exception {
        Path sample;
        try (Stream<Path> s = Files.list(home.resolve("samples"))) {
            sample = s.filter(p -> p.getFileName().toString().contains("ho-kinh-doanh")).findFirst().orElseThrow();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JarInputStream in = new JarInputStream(Files.newInputStream(sample))) {
            Manifest m = new Manifest(in.getManifest());
            m.getMainAttributes().putValue("Bundle-Version", "0.2.0");
            try (JarOutputStream jar = new JarOutputStream(out, m)) {
                for (JarEntry e; (e = in.getNextJarEntry()) != null; ) {
                    byte[] bytes = in.readAllBytes();
                    if (e.getName().endsWith(".yaml")) {
                        bytes = new String(bytes, StandardCharsets.UTF_8).replace("version: \"2025.1\"", "version: \"2025.2\"")
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    jar.putNextEntry(new JarEntry(e.getName()));
                    jar.write(bytes);
                    jar.closeEntry();
                }
            }
        }
        return out.toByteArray();
    }

    /**
     * Issue 12: before deploying, the console previews a jar: its steps with units and roles, and the citizen's
     * procedure page and form rendered by the portal itself (the appointment if submitted now, the legal extension);
     * nothing is installed.
     */
    @Test
    void aJarIsPreviewedAsCitizensWouldSeeItWithoutInstallingIt() throws Exception {
        String code = "9.900012";
        String descriptor = TestBundles.descriptor(code, "1", TestBundles.communeWide()).replace(
                "  timeLimit: {unit: working_days, amount: 2}\n",
                "  timeLimit: {unit: working_days, amount: 2}\n  timeLimitExtension: {workingDays: 5, when: Cần xác minh thêm,"
                        + " legalBasis: \"Luật Hộ tịch 2014, Điều 18 khoản 2\"}\n");
        byte[] jar = TestBundles.bundle("it.preview", "1.0.0", "p.yaml", descriptor);
        StaffBrowser admin = admin();
        admin.get("/quan-tri/");
        HttpResponse<String> page = admin.multipart("/quan-tri/goi/kiem-tra", Map.of(), List.of(
                new StaffBrowser.FilePart("goi", "it-preview.jar", "application/java-archive", jar)));
        assertEquals(200, page.statusCode(), page.body());
        String body = page.body();
        assertTrue(body.contains("Gói có thể triển khai. Chưa có gì được cài đặt."), body);
        assertTrue(body.contains("Xem trước: " + code), body);
        assertTrue(body.contains("Xử lý hồ sơ (xu-ly)") && body.contains("Chuyên viên, công chức chuyên môn")
                && body.contains("8 giờ làm việc"), "the steps with role and budget: " + body);
        int frame = body.indexOf("srcdoc=");
        assertTrue(frame > 0, "the citizen's pages in a frame: " + body);
        String citizen = body.substring(frame);
        assertTrue(citizen.contains("Nếu nộp bây giờ, ngày hẹn trả kết quả là"), "the appointment if submitted now");
        assertTrue(citizen.contains("Tối đa 5 ngày làm việc khi: Cần xác minh thêm (Luật Hộ tịch 2014, Điều 18 khoản 2)"),
                "the legal extension in the disclosure");
        assertTrue(citizen.contains("Không mất phí") && citizen.contains("Nộp hồ sơ trực tuyến") && citizen.contains("Họ và tên"),
                "the fees, and the form as the portal renders it");
        assertEquals(404, platform.get("/api/v1/procedures/" + code + "?unit=00070").statusCode(), "nothing was installed");
    }

    @Test
    void aCityAdministratorUploadsANewVersionAndRollsItBack() throws Exception {
        StaffBrowser admin = admin();
        String before = version(admin.get("/quan-tri/").body());
        HttpResponse<String> up = admin.multipart("/quan-tri/goi", Map.of(), List.of(
                new StaffBrowser.FilePart("goi", "motcua-plugin-ho-kinh-doanh-0.2.0.jar", "application/java-archive", nextVersion())));
        assertTrue(StaffBrowser.message(StaffBrowser.location(up)).startsWith("Đã triển khai"), StaffBrowser.location(up));
        String console = admin.get("/quan-tri/").body();
        assertEquals("0.2.0", version(console));
        assertTrue(platform.awaitGet("/api/v1/procedures/" + PROCEDURE + "?unit=00070", r -> r.body().contains("2025.2"),
                Duration.ofSeconds(30)).body().contains("2025.2"), "the new descriptor version is offered");

        HttpResponse<String> back = admin.submit("/quan-tri/goi/" + bundleId(console) + "/rollback", Map.of());
        assertFalse(StaffBrowser.location(back).contains("loi="), StaffBrowser.location(back));
        assertEquals(before, version(admin.get("/quan-tri/").body()), "back to the shipped version");

        // Without the anti-forgery token the same form is refused and nothing changes.
        HttpResponse<String> forged = admin.post("/quan-tri/goi/" + bundleId(admin.get("/quan-tri/").body()) + "/stop", Map.of(), false);
        assertEquals(403, forged.statusCode());
        assertTrue(admin.get("/quan-tri/").body().contains("Đang chạy"), "still active");
    }

    @Test
    void theConsoleShowsPlatformLibrariesApartReadOnlyInVietnameseAndWithoutServerPaths() throws Exception {
        StaffBrowser admin = admin();
        String console = admin.get("/quan-tri/").body();
        int platformPart = console.indexOf("Thư viện của nền tảng");
        assertTrue(platformPart > 0, console);
        String libraries = console.substring(platformPart, console.indexOf("</details>", platformPart));
        assertTrue(libraries.contains("org.apache.felix.scr"), libraries);
        assertFalse(libraries.contains("action=\"/quan-tri/goi/"), "no buttons the server would refuse: " + libraries);
        assertFalse(console.substring(0, platformPart).contains("org.apache.felix.scr"), "not among the procedure bundles");
        assertFalse(console.contains(">ACTIVE<") || console.contains(">RESOLVED<"), "states in Vietnamese");
        assertFalse(console.contains(platform.home.toString()), "no server path");
        assertFalse(admin.get("/quan-tri/lich/2026").body().contains(platform.home.toString()), "no server path");
    }

    @Test
    void uninstallingABundleWithoutAReasonOrConfirmationRemovesNothing() throws Exception {
        StaffBrowser admin = admin();
        long id = bundleId(admin.get("/quan-tri/").body());
        HttpResponse<String> noReason = admin.submit("/quan-tri/goi/" + id + "/uninstall", Map.of("xac-nhan", List.of("1")));
        assertTrue(StaffBrowser.message(StaffBrowser.location(noReason)).contains("lý do"), StaffBrowser.location(noReason));
        HttpResponse<String> unconfirmed = admin.submit("/quan-tri/goi/" + id + "/uninstall", Map.of("ly-do", List.of("Thay gói khác")));
        assertTrue(StaffBrowser.message(StaffBrowser.location(unconfirmed)).contains("xác nhận"), StaffBrowser.location(unconfirmed));
        assertEquals(id, bundleId(admin.get("/quan-tri/").body()), "the bundle is still installed");
        assertEquals(200, platform.get("/api/v1/procedures/" + PROCEDURE + "?unit=00070").statusCode());
    }

    @Test
    void aProcedureSwitchedOffForOneWardDisappearsFromThatWardsPortalOnly() throws Exception {
        StaffBrowser admin = admin();
        assertTrue(platform.get("/don-vi/00070").body().contains(PROCEDURE));
        String unitPage = admin.get("/quan-tri/don-vi/00070").body();
        assertTrue(unitPage.contains("action=\"/quan-tri/thu-tuc/" + PROCEDURE + "/don-vi/00070\""), unitPage);
        // Without a reason, or an end date, or the confirmation, nothing is paused.
        HttpResponse<String> bare = admin.submit("/quan-tri/thu-tuc/" + PROCEDURE + "/don-vi/00070", Map.of("bat", List.of("false")));
        assertTrue(StaffBrowser.message(StaffBrowser.location(bare)).startsWith("Chưa tạm dừng"), StaffBrowser.location(bare));
        HttpResponse<String> unconfirmed = admin.submit("/quan-tri/thu-tuc/" + PROCEDURE + "/don-vi/00070", Map.of("bat", List.of("false"),
                "ly-do", List.of("Cập nhật mẫu tờ khai"), "den-ngay", List.of("2099-01-31")));
        assertTrue(StaffBrowser.message(StaffBrowser.location(unconfirmed)).startsWith("Chưa tạm dừng"));
        assertTrue(platform.get("/don-vi/00070").body().contains(PROCEDURE), "still offered");

        HttpResponse<String> off = admin.submit("/quan-tri/thu-tuc/" + PROCEDURE + "/don-vi/00070", Map.of("bat", List.of("false"),
                "ly-do", List.of("Cập nhật mẫu tờ khai"), "den-ngay", List.of("2099-01-31"), "xac-nhan", List.of("1")));
        assertTrue(StaffBrowser.message(StaffBrowser.location(off)).startsWith("Đã tạm dừng"));
        String told = platform.get("/don-vi/00070/thu-tuc/" + PROCEDURE).body();
        assertTrue(told.contains("đến hết ngày 31/01/2099") && told.contains("Lý do: Cập nhật mẫu tờ khai"), told);
        assertFalse(platform.get("/don-vi/00070").body().contains(PROCEDURE), "ward 00070 no longer offers it");
        assertTrue(platform.get("/don-vi/00082").body().contains(PROCEDURE), "ward 00082 still does");
        assertTrue(admin.get("/quan-tri/don-vi/00070").body().contains("Tạm dừng tiếp nhận"));

        HttpResponse<String> on = admin.submit("/quan-tri/thu-tuc/" + PROCEDURE + "/don-vi/00070", Map.of("bat", List.of("true")));
        assertTrue(StaffBrowser.message(StaffBrowser.location(on)).startsWith("Đã bật lại"));
        assertTrue(platform.get("/don-vi/00070").body().contains(PROCEDURE));
    }

    @Test
    void aUnitAdministratorManagesOnlyTheirUnitAndNeverBundles() throws Exception {
        StaffBrowser unitAdmin = new StaffBrowser(platform).login("qt.it70", PW);
        String console = unitAdmin.get("/quan-tri/").body();
        assertFalse(console.contains("/quan-tri/goi"), "no bundle controls for a unit administrator");
        assertFalse(console.contains(BUNDLE));
        assertTrue(console.contains("/quan-tri/don-vi/00070"));
        assertFalse(console.contains("/quan-tri/don-vi/00082"));

        long id = bundleId(admin().get("/quan-tri/").body());
        assertEquals(403, unitAdmin.submit("/quan-tri/goi/" + id + "/stop", Map.of()).statusCode());
        assertEquals(403, unitAdmin.multipart("/quan-tri/goi", Map.of(), List.of(
                new StaffBrowser.FilePart("goi", "x.jar", "application/java-archive", nextVersion()))).statusCode());
        assertTrue(admin().get("/quan-tri/").body().contains("Đang chạy"));

        assertFalse(unitAdmin.get("/quan-tri/lich/2026").body().contains("action=\"/quan-tri/lich/2026\""), "no calendar import");
        assertEquals(404, unitAdmin.get("/quan-tri/don-vi/00082").statusCode());
        assertEquals(404, unitAdmin.submit("/quan-tri/thu-tuc/" + PROCEDURE + "/don-vi/00082", Map.of("bat", List.of("false"))).statusCode());
        assertTrue(platform.get("/don-vi/00082").body().contains(PROCEDURE), "another unit's switch is untouched");
        assertEquals(404, unitAdmin.submit("/quan-tri/don-vi/00082/dong-cua",
                Map.of("tu", List.of("2026-12-24"), "den", List.of("2026-12-24"), "ly-do", List.of("x"))).statusCode());

        // Accounts: their unit only; another unit's account is unknown to them; no CITY_ADMIN to grant.
        assertTrue(console.contains("mc.it70") && !console.contains("mc.it82"), console);
        assertFalse(console.contains("value=\"CITY_ADMIN\""));
        assertEquals(404, unitAdmin.get("/quan-tri/tai-khoan/mc.it82").statusCode());
        assertEquals(404, unitAdmin.submit("/quan-tri/tai-khoan/mc.it82/vai-tro",
                Map.of("don-vi", List.of("00070"), "vai-tro", List.of("LEADER"))).statusCode());
        HttpResponse<String> elsewhere = unitAdmin.submit("/quan-tri/tai-khoan", Map.of("login", List.of("mc.sai82"),
                "ten", List.of("Cán bộ sai đơn vị"), "mat-khau", List.of(PW), "don-vi", List.of("00082"), "vai-tro", List.of("LEADER")));
        assertTrue(StaffBrowser.message(StaffBrowser.location(elsewhere)).startsWith("Không có quyền"), StaffBrowser.location(elsewhere));
        HttpResponse<String> created = unitAdmin.submit("/quan-tri/tai-khoan", Map.of("login", List.of("cv.moi70"),
                "ten", List.of("Chuyên viên Nguyễn Thị Mới"), "mat-khau", List.of(PW), "don-vi", List.of("00070"), "vai-tro", List.of("SPECIALIST")));
        assertTrue(StaffBrowser.location(created).startsWith("/quan-tri/tai-khoan/cv.moi70"));
        assertTrue(unitAdmin.get("/quan-tri/tai-khoan/cv.moi70").body().contains("Chuyên viên Nguyễn Thị Mới"), "UTF-8 name kept");
        new StaffBrowser(platform).login("cv.moi70", PW);

        // Closures of their own unit: add, see, remove.
        HttpResponse<String> add = unitAdmin.submit("/quan-tri/don-vi/00070/dong-cua",
                Map.of("tu", List.of("2026-12-24"), "den", List.of("2026-12-25"), "ly-do", List.of("Sửa chữa trụ sở")));
        assertTrue(StaffBrowser.message(StaffBrowser.location(add)).startsWith("Đã thêm"));
        String unitPage = unitAdmin.get("/quan-tri/don-vi/00070").body();
        assertTrue(unitPage.contains("Sửa chữa trụ sở"), unitPage);
        assertFalse(unitPage.contains("action=\"/quan-tri/don-vi/00070\""), "only a city administrator edits the unit's record");
        HttpResponse<String> remove = unitAdmin.submit("/quan-tri/don-vi/00070/dong-cua/xoa",
                Map.of("tu", List.of("2026-12-24"), "den", List.of("2026-12-25")));
        assertTrue(StaffBrowser.message(StaffBrowser.location(remove)).startsWith("Đã xóa"));
        assertFalse(unitAdmin.get("/quan-tri/don-vi/00070").body().contains("Sửa chữa trụ sở"));
        HttpResponse<String> rename = unitAdmin.submit("/quan-tri/don-vi/00070",
                Map.of("ten", List.of("Tên khác"), "ma-dinh-danh", List.of("H26.99")));
        assertTrue(StaffBrowser.message(StaffBrowser.location(rename)).startsWith("Chỉ quản trị Thành phố"));
    }

    @Test
    void aCityAdministratorCreatesAnAccountEditsItsRolesAndEditsAUnit() throws Exception {
        StaffBrowser admin = admin();
        // No password given: one is generated and shown in this one answer only.
        HttpResponse<String> created = admin.submit("/quan-tri/tai-khoan", Map.of("login", List.of("ld.moi82"),
                "ten", List.of("Lãnh đạo Trần Văn Mới"), "mat-khau", List.of(""), "don-vi", List.of("00082"), "vai-tro", List.of("LEADER")));
        assertEquals(201, created.statusCode(), created.body());
        Matcher m = Pattern.compile("<p class=\"secret\">([^<]+)</p>").matcher(created.body());
        assertTrue(m.find(), created.body());
        String generated = m.group(1);
        assertFalse(admin.get("/quan-tri/tai-khoan/ld.moi82").body().contains(generated), "never shown again");
        assertFalse(platform.logText().contains(generated), "never logged");
        new StaffBrowser(platform).login("ld.moi82", generated);

        // Roles: keep the leader role at 00082, add one-stop officer at 00070.
        HttpResponse<String> roles = admin.submit("/quan-tri/tai-khoan/ld.moi82/vai-tro", Map.of("giu", List.of("LEADER@00082"),
                "don-vi", List.of("00070"), "vai-tro", List.of("ONE_STOP_OFFICER")));
        assertTrue(StaffBrowser.message(StaffBrowser.location(roles)).startsWith("Đã lưu"));
        String page = admin.get("/quan-tri/tai-khoan/ld.moi82").body();
        assertTrue(page.contains("Lãnh đạo – 00082") && page.contains("Cán bộ một cửa – 00070"), page);
        // Unticking removes a role.
        admin.submit("/quan-tri/tai-khoan/ld.moi82/vai-tro", Map.of("giu", List.of("ONE_STOP_OFFICER@00070"), "don-vi", List.of("")));
        page = admin.get("/quan-tri/tai-khoan/ld.moi82").body();
        assertFalse(page.contains("Lãnh đạo – 00082"), page);
        assertTrue(page.contains("Cán bộ một cửa – 00070"));

        // A new generated password (shown once) replaces the old one; locking stops logins, unlocking restores them.
        HttpResponse<String> reset = admin.submit("/quan-tri/tai-khoan/ld.moi82/mat-khau", Map.of());
        assertEquals(200, reset.statusCode(), reset.body());
        Matcher again = Pattern.compile("<p class=\"secret\">([^<]+)</p>").matcher(reset.body());
        assertTrue(again.find(), reset.body());
        String second = again.group(1);
        assertEquals(401, platform.login("ld.moi82", generated).status(), "the old password no longer works");
        assertEquals(200, platform.login("ld.moi82", second).status());
        assertTrue(StaffBrowser.message(StaffBrowser.location(admin.submit("/quan-tri/tai-khoan/ld.moi82/khoa", Map.of()))).startsWith("Đã khóa"));
        assertEquals(401, platform.login("ld.moi82", second).status(), "a locked account cannot log in");
        assertTrue(admin.get("/quan-tri/tai-khoan/ld.moi82").body().contains("Mở khóa tài khoản"));
        admin.submit("/quan-tri/tai-khoan/ld.moi82/mo-khoa", Map.of());
        assertEquals(200, platform.login("ld.moi82", second).status());

        // The unit's record: name, agency code, whether it is official.
        String before = admin.get("/quan-tri/don-vi/00082").body();
        assertTrue(before.contains("action=\"/quan-tri/don-vi/00082\""));
        HttpResponse<String> saved = admin.submit("/quan-tri/don-vi/00082", Map.of("ten", List.of("Phường Cửa Nam (đổi tên thử)"),
                "ma-dinh-danh", List.of("H26.38.99"), "chinh-thuc", List.of("true")));
        assertTrue(StaffBrowser.message(StaffBrowser.location(saved)).startsWith("Đã lưu"), StaffBrowser.location(saved));
        String after = admin.get("/quan-tri/don-vi/00082").body();
        assertTrue(after.contains("Phường Cửa Nam (đổi tên thử)") && after.contains("H26.38.99") && !after.contains("(mã mẫu)"), after);
        assertTrue(platform.get("/api/v1/units").body().contains("H26.38.99"));
        HttpResponse<String> bad = admin.submit("/quan-tri/don-vi/00082", Map.of("ten", List.of("X"), "ma-dinh-danh", List.of("không hợp lệ")));
        assertTrue(StaffBrowser.message(StaffBrowser.location(bad)).startsWith("Không lưu được"), StaffBrowser.location(bad));
        assertNotEquals(-1, platform.get("/api/v1/units").body().indexOf("H26.38.99"), "a refused change changes nothing");
    }

    @Test
    void anOfficerDoesNotSeeTheConsole() throws Exception {
        StaffBrowser officer = new StaffBrowser(platform).login("mc.it70", PW);
        assertEquals(404, officer.get("/quan-tri/").statusCode());
        assertEquals(404, officer.get("/quan-tri/don-vi/00070").statusCode());
        assertEquals(404, officer.submit("/quan-tri/thu-tuc/" + PROCEDURE + "/don-vi/00070", Map.of("bat", List.of("false"))).statusCode());
        assertFalse(officer.get("/can-bo/").body().contains("href=\"/quan-tri/\""), "no console link in the officer's menu");
        // Anonymous: the console sends to the login page.
        HttpResponse<String> anonymous = new StaffBrowser(platform).get("/quan-tri/");
        assertEquals(303, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").startsWith("/can-bo/dang-nhap"));
    }
}
