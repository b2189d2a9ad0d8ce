package vn.motcua.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statistics dashboard over HTTP on the real platform (issue 10): a counter dossier reaches the figures through the
 * roll-up, the number drills to that dossier, tables export to CSV and XLSX, bad input is a 400 naming the parameter;
 * who sees what: the city administrator everything, a leader and a control officer their unit, nobody another unit's
 * figures, a counter officer no statistics; the control officer reads the unit's dossiers without any action.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardIT {

    static final String PW = WorkspaceJourneyIT.PW;

    RunningPlatform platform;
    String code;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        platform = new RunningPlatform(dir.resolve("data"), Map.of("JAVA_OPTS",
                "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dmotcua.reports.intervalSeconds=1"));
        assertEquals(200, platform.awaitGet("/api/v1/procedures/1.013225?unit=00070", r -> r.statusCode() == 200,
                Duration.ofSeconds(60)).statusCode());
        WorkspaceJourneyIT.account(platform, "mc.d70", "00070", "ONE_STOP_OFFICER");
        WorkspaceJourneyIT.account(platform, "ld.d70", "00070", "LEADER");
        WorkspaceJourneyIT.account(platform, "ks.d70", "00070", "CONTROL_OFFICER");
        WorkspaceJourneyIT.account(platform, "ld.d82", "00082", "LEADER");
        code = WorkspaceJourneyIT.intake(new StaffBrowser(platform).login("mc.d70", PW), "Trần Thị Bình", true);
    }

    @AfterAll
    void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    private String awaitFigures(StaffBrowser b, String path) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        HttpResponse<String> page = b.get(path);
        while (!page.body().contains(code) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            page = b.get(path);
        }
        assertEquals(200, page.statusCode(), page.body());
        return page.body();
    }

    @Test
    void theCityAdministratorSeesTheNumberTheDossierBehindItAndExportsBoth() throws Exception {
        StaffBrowser admin = new StaffBrowser(platform).login("admin", RunningPlatform.ADMIN_PASSWORD);
        String list = awaitFigures(admin, "/quan-tri/thong-ke/ho-so?don-vi=00070&chi-so=received-counter");
        assertTrue(list.contains("/can-bo/ho-so/" + code), "the dossier behind 'received at the counter' links to it");
        String page = admin.get("/quan-tri/thong-ke?don-vi=00070").body();
        assertTrue(page.contains("<svg"), "charts are inline SVG");
        assertFalse(page.contains("style="), "no inline style under the CSP");
        assertTrue(page.contains("Tiếp nhận trực tiếp tại Bộ phận Một cửa"), page);
        assertTrue(page.contains("Tỷ lệ thanh toán trực tuyến") && page.contains("Thanh toán trực tuyến"), "766 indicators, online payment counted (decision 1130)");
        assertTrue(page.contains("Đầu mối") || page.contains("Vi phạm cần kiểm soát"), page);

        HttpResponse<byte[]> csv = admin.getBytes("/quan-tri/thong-ke/xuat?don-vi=00070&bang=ho-so&chi-so=received&dinh-dang=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(new String(csv.body(), StandardCharsets.UTF_8).contains(code));
        HttpResponse<byte[]> xlsx = admin.getBytes("/quan-tri/thong-ke/xuat?bang=don-vi&dinh-dang=xlsx");
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
        // read through the central directory: fastexcel streams entries with data descriptors, which ZipInputStream rejects
        Path file = java.nio.file.Files.createTempFile("thong-ke", ".xlsx");
        java.nio.file.Files.write(file, xlsx.body());
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertTrue(zip.getEntry("xl/worksheets/sheet1.xml") != null, "a worksheet");
            StringBuilder xml = new StringBuilder();
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().startsWith("xl/")) {
                    xml.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            assertTrue(xml.toString().contains("00070"), "the workbook holds the unit row (sheet or shared strings)");
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    @Test
    void badInputIsA400NamingTheParameter() throws Exception {
        StaffBrowser admin = new StaffBrowser(platform).login("admin", RunningPlatform.ADMIN_PASSWORD);
        HttpResponse<String> month = admin.get("/quan-tri/thong-ke?tu=2026-13");
        assertEquals(400, month.statusCode());
        assertTrue(month.body().contains("'tu'") && month.body().contains("năm-tháng"), month.body());
        HttpResponse<String> export = admin.get("/quan-tri/thong-ke/xuat?bang=khong-co&dinh-dang=xlsx");
        assertEquals(400, export.statusCode());
        assertTrue(export.body().contains("\"field\":\"bang\""), export.body());
        assertEquals(400, admin.get("/quan-tri/thong-ke/ho-so?chi-so=khong-co").statusCode());
    }

    @Test
    void leadersAndControlOfficersSeeTheirUnitOnlyAndCounterOfficersNoStatistics() throws Exception {
        StaffBrowser leader = new StaffBrowser(platform).login("ld.d70", PW);
        assertTrue(awaitFigures(leader, "/quan-tri/thong-ke/ho-so?chi-so=received").contains(code));
        StaffBrowser other = new StaffBrowser(platform).login("ld.d82", PW);
        assertEquals(404, other.get("/quan-tri/thong-ke?don-vi=00070").statusCode(), "another unit's figures");
        assertFalse(other.get("/quan-tri/thong-ke/ho-so?chi-so=received").body().contains(code), "not in 00082's lists");
        StaffBrowser counter = new StaffBrowser(platform).login("mc.d70", PW);
        assertEquals(404, counter.get("/quan-tri/thong-ke").statusCode());

        StaffBrowser control = new StaffBrowser(platform).login("ks.d70", PW);
        String page = control.get("/quan-tri/thong-ke").body();
        assertTrue(page.contains("Thống kê, kiểm soát") && page.contains("Vi phạm cần kiểm soát"), page);
        HttpResponse<String> dossier = control.get("/can-bo/ho-so/" + code);
        assertEquals(200, dossier.statusCode(), "the control officer reads every dossier of the unit");
        assertFalse(dossier.body().contains("name=\"action\""), "and acts on none");
        assertEquals(404, control.get("/quan-tri/").statusCode(), "no administration");
    }

    static String thisMonth() {
        return YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    }
}
