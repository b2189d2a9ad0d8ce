package vn.motcua.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The portal over plain HTTP, as a browser without JavaScript sees it: headers, server-side errors, escaping, grants. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalIT {

    static final String FORM = "/don-vi/00070/thu-tuc/1.001193/nop";
    RunningPlatform platform;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        platform = new RunningPlatform(dir.resolve("data"), Map.of("JAVA_OPTS", "-Xmx512m -XX:TieredStopAtLevel=1"));
        assertEquals(200, platform.awaitGet(FORM, r -> r.statusCode() == 200, Duration.ofSeconds(60)).statusCode());
    }

    @AfterAll
    void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    /** A multipart body; values are UTF-8 text parts, {@code file:name:type:size} entries are file parts. */
    static HttpRequest.BodyPublisher multipart(String boundary, String[][] parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String[] p : parts) {
            StringBuilder head = new StringBuilder("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p[0] + "\"");
            byte[] content;
            if (p.length == 4) {
                head.append("; filename=\"").append(p[1]).append("\"\r\nContent-Type: ").append(p[2]);
                content = new byte[Integer.parseInt(p[3])];
                System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, content, 0, 9);
            } else {
                content = p[1].getBytes(StandardCharsets.UTF_8);
            }
            head.append("\r\n\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return HttpRequest.BodyPublishers.ofByteArray(out.toByteArray());
    }

    /**
     * Issue 13: answers are read back before sending. The form's POST checks and keeps them (nothing stored yet), the
     * check page shows them, its POST sends them once; returns the answer of that send.
     */
    HttpResponse<String> submitChecked(String[][] parts) throws Exception {
        HttpResponse<String> checked = postForm(FORM, parts, null);
        assertEquals(303, checked.statusCode(), checked.body());
        String check = checked.headers().firstValue("Location").orElseThrow();
        assertEquals("/don-vi/00070/thu-tuc/1.001193/kiem-tra", check);
        String cookie = checked.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        String pending = cookie.substring(0, cookie.indexOf(';'));
        HttpResponse<String> page = platform.send("GET", check, null, Map.of("Cookie", pending));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Kiểm tra thông tin trước khi gửi") && page.body().contains("Nguyễn Văn Bé")
                && page.body().contains("gcs.pdf") && page.body().contains("20/11/2026"), page.body());
        assertFalse(page.body().contains("<script>") || page.body().contains("style="), "no inline script or style on the check page");
        HttpResponse<String> sent = platform.send("POST", check, new byte[0], Map.of("Cookie", pending,
                "Content-Type", "application/x-www-form-urlencoded"));
        HttpResponse<String> again = platform.send("POST", check, new byte[0], Map.of("Cookie", pending,
                "Content-Type", "application/x-www-form-urlencoded"));
        assertEquals("/don-vi/00070/thu-tuc/1.001193/nop", again.headers().firstValue("Location").orElse(""),
                "the same answers are sent once");
        return sent;
    }

    HttpResponse<String> postForm(String path, String[][] parts, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(platform.uri(path)).header("Content-Type", "multipart/form-data; boundary=XyZ")
                .POST(multipart("XyZ", parts));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return platform.http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static final String[][] VALID = {
            {"applicant.name", "<script>alert('x')</script> Trần Thị Mẹ"}, {"applicant.phone", "0912345678"},
            {"hoTenTre", "Nguyễn Văn Bé"}, {"ngaySinhTre", "2026-11-20"}, {"gioiTinhTre", "nam"},
            {"noiSinhTre", "Bệnh viện Phụ sản Hà Nội"}, {"danTocTre", "Kinh"}, {"quocTichTre", "Việt Nam"},
            {"chaMe[0].vaiTro", "me"}, {"chaMe[0].hoTen", "Trần Thị Mẹ"}, {"chaMe[0].ngaySinh", "1995-01-01"},
            {"chaMe[0].quocTich", "Việt Nam"}, {"giayChungSinh", "gcs.pdf", "application/pdf", "2048"},
            {"hoTenNguoiYeuCau", "Trần Thị Mẹ"}, {"ngaySinh", "1995-01-01"}, {"soDinhDanh", "001195012345"},
            {"soDienThoai", "0912345678"}, {"quanHe", "me"}, {"camDoan", "true"}, {"resultChannel", "ONLINE"}};

    @Test
    void pagesCarryAStrictPolicyAndAssetsAreImmutable() throws Exception {
        HttpResponse<String> home = platform.get("/");
        assertEquals(200, home.statusCode());
        String csp = home.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("default-src 'none'") && csp.contains("script-src 'self'") && !csp.contains("unsafe"), csp);
        assertEquals("no-referrer", home.headers().firstValue("Referrer-Policy").orElseThrow());
        assertTrue(home.body().startsWith("<!DOCTYPE html><html lang=\"vi\">"));
        assertFalse(home.body().contains("<script>") || home.body().contains("style="), "no inline script or style");
        Matcher css = Pattern.compile("href=\"(/static/[0-9a-f]+/portal\\.css)\"").matcher(home.body());
        assertTrue(css.find());
        HttpResponse<String> asset = platform.get(css.group(1));
        assertEquals(200, asset.statusCode());
        assertTrue(asset.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
        assertEquals(404, platform.get("/static/000000000000/portal.css").statusCode());
        assertEquals(404, platform.get("/khong-co").statusCode());
        assertEquals(404, platform.get("/don-vi/99999").statusCode());
        assertEquals(404, platform.get("/don-vi/00070/thu-tuc/9.999999").statusCode());
        assertTrue(platform.get("/don-vi/00070?q=DANG%20KY%20KHAI%20SINH").body().contains("Đăng ký khai sinh"));
        assertTrue(platform.get("/?q=hoan%20kiem").body().contains("Phường Hoàn Kiếm"));
    }

    @Test
    void withoutJavaScriptTheServerExplainsEveryErrorNextToItsField() throws Exception {
        HttpResponse<String> r = postForm(FORM, new String[][] {{"applicant.name", "A"}, {"applicant.phone", "0123"},
                {"soDinhDanh", "12345"}, {"giayChungSinh", "virus.exe", "application/x-msdownload", "100"}}, null);
        assertEquals(422, r.statusCode());
        String page = r.body();
        assertTrue(page.contains("id=\"error-summary\"") && page.contains("role=\"alert\""), page);
        assertTrue(page.contains("href=\"#f-hoTenTre\""), page);
        assertTrue(page.contains("aria-describedby=\"e-applicant-phone\" aria-invalid=\"true\""), page);
        assertTrue(Pattern.compile("id=\"e-soDinhDanh\">[^<]+</span>").matcher(page).find(), "citizen ID error next to its field");
        assertTrue(Pattern.compile("id=\"e-giayChungSinh\">[^<]+</span>").matcher(page).find(), "file type error next to its field");
        assertTrue(page.contains("value=\"0123\""), "values are kept");
        // Issue 13: whose field each error is, and the personal-data notice where citizen IDs are collected.
        assertTrue(page.contains("Người nộp hồ sơ – Số điện thoại di động phải gồm"), page);
        assertTrue(page.contains("Nội dung tờ khai – "), page);
        assertTrue(page.contains("Nghị định số 13/2023/NĐ-CP"), page);
        assertTrue(platform.get("/tra-cuu").body().contains("Nghị định số 13/2023/NĐ-CP"), "the lookup form asks for an ID number too");

        String[][] big = VALID.clone();
        big[12] = new String[] {"giayChungSinh", "big.pdf", "application/pdf", Integer.toString(6 * 1024 * 1024)};
        HttpResponse<String> tooBig = postForm(FORM, big, null);
        assertEquals(422, tooBig.statusCode());
        assertTrue(Pattern.compile("id=\"e-giayChungSinh\">[^<]+</span>").matcher(tooBig.body()).find(), "size error next to the field");
    }

    /** Issue 13: the home page searched units only; a procedure was found only by its exact name inside one unit. */
    @Test
    void aCitizenFindsAProcedureInEverydayWordsThenChoosesTheUnit() throws Exception {
        String home = platform.get("/?q=sao%20y").body();
        assertTrue(home.contains("Chứng thực bản sao") && home.contains("href=\"/thu-tuc/"), home);
        String typo = platform.get("/?q=giay%20khai%20sinh").body();
        assertTrue(typo.contains("href=\"/thu-tuc/1.001193\""), typo);
        assertTrue(platform.get("/?q=dang%20ki%20khai%20sinh").body().contains("href=\"/thu-tuc/1.001193\""), "a typo is forgiven");
        assertTrue(platform.get("/?q=hoan%20kiem").body().contains("Phường Hoàn Kiếm"), "units are still found");

        HttpResponse<String> choose = platform.get("/thu-tuc/1.001193?don-vi=hoan%20kiem");
        assertEquals(200, choose.statusCode());
        assertTrue(choose.body().contains("href=\"/don-vi/00070/thu-tuc/1.001193\""), choose.body());
        assertTrue(choose.body().contains("Giờ làm việc") && choose.body().contains("08:00–12:00, 13:00–17:00"), choose.body());
        assertFalse(choose.body().contains("Địa chỉ</dt>") || choose.body().contains("Đường dây nóng</dt>"),
                "no address or hotline is shown until a unit fills it in");
        assertEquals(404, platform.get("/thu-tuc/9.999999").statusCode());
    }

    /** Issue 13: the phone and ID given for the applicant had to be typed again in the declaration. */
    @Test
    void theApplicantsDetailsAreAskedOnce() throws Exception {
        String[][] once = java.util.Arrays.stream(VALID).filter(p -> !p[0].equals("soDinhDanh") && !p[0].equals("soDienThoai"))
                .toArray(String[][]::new);
        once = java.util.Arrays.copyOf(once, once.length + 1);
        once[once.length - 1] = new String[] {"applicant.citizenId", "001195012345"};
        HttpResponse<String> r = submitChecked(once);
        assertEquals(303, r.statusCode(), r.body());
    }

    @Test
    void submissionOpensAGrantAndLookupNeverPutsTheFactorInAUrl() throws Exception {
        HttpResponse<String> r = submitChecked(VALID);
        assertEquals(303, r.statusCode(), r.body());
        String location = r.headers().firstValue("Location").orElseThrow();
        assertTrue(location.matches("/ho-so/H26\\.00070-\\d{6}-\\d{4}/bien-nhan"), location);
        // Sending also clears the pending answers' cookie; the grant is the other one.
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("motcua_grant=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        String grant = cookie.substring(0, cookie.indexOf(';'));
        String code = location.split("/")[2];

        HttpResponse<String> receipt = platform.send("GET", location, null, Map.of("Cookie", grant));
        assertTrue(receipt.body().contains(code));
        assertTrue(receipt.body().contains("<span class=\"code\" id=\"dossier-code\">" + code + "</span>")
                && receipt.body().contains("data-copy=\"dossier-code\""), "a copy button for the code: " + receipt.body());
        HttpResponse<String> dossier = platform.send("GET", "/ho-so/" + code, null, Map.of("Cookie", grant));
        assertTrue(dossier.body().contains("Gửi đến: Phường Hoàn Kiếm"), "the timeline names the unit: " + dossier.body());
        assertTrue(dossier.body().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Trần Thị Mẹ")
                || dossier.body().contains("&lt;script&gt;alert('x')&lt;/script&gt; Trần Thị Mẹ"), dossier.body());
        assertFalse(dossier.body().contains("<script>alert"));
        assertFalse(platform.get("/ho-so/" + code).body().contains("Trần Thị Mẹ"), "no grant, no dossier");

        HttpResponse<String> wrong = platform.send("POST", "/tra-cuu", ("code=" + code + "&factor=0999999999").getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("Không tìm thấy hồ sơ với mã và thông tin đã nhập."));
        HttpResponse<String> right = platform.send("POST", "/tra-cuu", ("code=" + code + "&factor=0912345678").getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertEquals(303, right.statusCode());
        assertEquals("/ho-so/" + code, right.headers().firstValue("Location").orElseThrow());
    }
}
