package vn.motcua.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Identities and access through the real platform: every staff endpoint as an officer of another unit, as every
 * wrong role and anonymously; login throttling; CSRF; session expiry; and no password in any log or answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessControlIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PW = "Mật-khẩu-thử-nghiệm-2026";
    /** Sessions idle out after 3 s here, so the expiry test needs no long wait; bearer tokens are unaffected. */
    private static final Map<String, String> ENV = Map.of("JAVA_OPTS",
            "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dmotcua.session.idle=PT3S");
    private static final String UNIT = "00070";
    private static final String OTHER_UNIT = "00082";
    private static final String PROCEDURE = "2.000815";

    RunningPlatform platform;
    String dossier;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        platform = new RunningPlatform(dir.resolve("data"), ENV);
        assertEquals(200, platform.awaitGet("/api/v1/procedures/" + PROCEDURE + "?unit=" + UNIT, r -> r.statusCode() == 200,
                Duration.ofSeconds(60)).statusCode());
        createAccount("mc70", UNIT, "ONE_STOP_OFFICER");
        createAccount("cv70", UNIT, "SPECIALIST");
        createAccount("ld70", UNIT, "LEADER");
        createAccount("qt70", UNIT, "UNIT_ADMIN");
        createAccount("mc82", OTHER_UNIT, "ONE_STOP_OFFICER");
        createAccount("cv82", OTHER_UNIT, "SPECIALIST");
        createAccount("ld82", OTHER_UNIT, "LEADER");
        createAccount("qt82", OTHER_UNIT, "UNIT_ADMIN");
        createAccount("ks70", UNIT, "CONTROL_OFFICER");
        createAccount("ks82", OTHER_UNIT, "CONTROL_OFFICER");
        HttpResponse<String> submitted = as("mc70", "POST", "/api/v1/dossiers", counterDossier(UNIT, false));
        assertEquals(201, submitted.statusCode(), submitted.body());
        dossier = JSON.readTree(submitted.body()).get("code").asText();
    }

    @AfterAll
    void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    private void createAccount(String login, String unit, String role) throws Exception {
        String body = "{\"login\":\"" + login + "\",\"displayName\":\"Cán bộ " + login + "\",\"password\":\"" + PW
                + "\",\"grants\":[{\"unit\":\"" + unit + "\",\"role\":\"" + role + "\"}]}";
        HttpResponse<String> r = platform.admin("POST", "/api/v1/admin/accounts", body.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, r.statusCode(), r.body());
        assertFalse(r.body().contains(PW), "a chosen password is never echoed");
    }

    private static byte[] counterDossier(String unit, boolean receiveNow) {
        return ("{\"procedure\":\"" + PROCEDURE + "\",\"unit\":\"" + unit + "\",\"channel\":\"COUNTER\",\"resultChannel\":\"COUNTER\","
                + "\"receiveNow\":" + receiveNow + ",\"applicant\":{\"name\":\"Nguyễn Văn An\",\"citizenId\":\"001090012345\",\"phone\":\"0912345678\"},"
                + "\"form\":{\"hoTen\":\"Nguyễn Văn An\",\"soDinhDanh\":\"001090012345\",\"soDienThoai\":\"0912345678\","
                + "\"tenGiayTo\":\"Giấy khai sinh\",\"soTrang\":1,\"soBan\":2}}").getBytes(StandardCharsets.UTF_8);
    }

    /** A request with the account's bearer token ({@code null} login: anonymous). */
    private HttpResponse<String> as(String login, String method, String path, byte[] body) throws Exception {
        Map<String, String> headers = new HashMap<>();
        if (login != null) {
            headers.put("Authorization", "Bearer " + platform.bearer(login, PW));
        }
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        return platform.send(method, path, body, headers);
    }

    private static byte[] json(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String problemCode(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body()).path("code").asText();
    }

    @Test
    void anOfficerOfAnotherUnitFindsNothingExactlyLikeAnUnknownCode() throws Exception {
        String unknown = "H26.00070-991231-9999";
        List<String> reads = List.of("", "/deadline", "/history/verification");
        for (String who : List.of("mc82", "cv82", "ld82", "qt82")) {
            for (String suffix : reads) {
                HttpResponse<String> theirs = as(who, "GET", "/api/v1/dossiers/" + dossier + suffix, null);
                HttpResponse<String> none = as(who, "GET", "/api/v1/dossiers/" + unknown + suffix, null);
                assertEquals(404, theirs.statusCode(), who + " " + suffix + ": " + theirs.body());
                assertEquals(none.statusCode(), theirs.statusCode());
                assertEquals(none.body(), theirs.body(), "the same answer as an unknown code: " + who + suffix);
            }
            for (String action : List.of("accept", "refuse", "request-supplement", "forward", "approve", "withdraw")) {
                HttpResponse<String> r = as(who, "POST", "/api/v1/dossiers/" + dossier + "/actions",
                        json("{\"action\":\"" + action + "\",\"note\":\"thử\"}"));
                assertEquals(404, r.statusCode(), who + " " + action + ": " + r.body());
                assertEquals("no_such_dossier", problemCode(r));
            }
            HttpResponse<String> queue = as(who, "GET", "/api/v1/workspace/dossiers", null);
            assertEquals(200, queue.statusCode());
            assertFalse(queue.body().contains(dossier), who + " must not see the other unit's dossier in the queue");
        }
        // Counter intake for a unit one does not work for.
        HttpResponse<String> foreign = as("mc82", "POST", "/api/v1/dossiers", counterDossier(UNIT, true));
        assertTrue(foreign.statusCode() == 403 || foreign.statusCode() == 404, foreign.body());
        // The dossier is untouched.
        JsonNode view = JSON.readTree(as("mc70", "GET", "/api/v1/dossiers/" + dossier, null).body());
        assertEquals("SUBMITTED", view.get("status").asText(), view.toString());
    }

    @Test
    void wrongRolesOfTheSameUnitAreRefusedAndTheRightOneWorks() throws Exception {
        HttpResponse<String> fresh = as("mc70", "POST", "/api/v1/dossiers", counterDossier(UNIT, false));
        String code = JSON.readTree(fresh.body()).get("code").asText();
        for (String who : List.of("cv70", "ld70", "qt70", "ks70")) {
            HttpResponse<String> r = as(who, "POST", "/api/v1/dossiers/" + code + "/actions", json("{\"action\":\"accept\"}"));
            assertEquals(403, r.statusCode(), who + ": " + r.body());
            assertTrue(r.body().contains("cán bộ Bộ phận Một cửa") && r.body().contains(UNIT),
                    "the refusal names the role and the unit (the engine's decision, 1310): " + r.body());
            HttpResponse<String> intake = as(who, "POST", "/api/v1/dossiers", counterDossier(UNIT, true));
            assertEquals(403, intake.statusCode(), who + " is no one-stop officer: " + intake.body());
            // Same unit: the dossier may be read.
            assertEquals(200, as(who, "GET", "/api/v1/dossiers/" + code, null).statusCode());
        }
        HttpResponse<String> accepted = as("mc70", "POST", "/api/v1/dossiers/" + code + "/actions", json("{\"action\":\"accept\"}"));
        assertEquals(200, accepted.statusCode(), accepted.body());
        String history = as("mc70", "GET", "/api/v1/dossiers/" + code, null).body();
        assertTrue(history.contains("mc70"), "the account that acted is in the dossier's history: " + history);
        assertTrue(as("mc70", "GET", "/api/v1/workspace/dossiers", null).body().contains(dossier));
    }

    /**
     * Decision 1031: an officer's evaluation is seen by the leaders and administrators of a unit where the officer
     * works, and by city administrators; not by the officer, colleagues without those roles, or another unit.
     */
    @Test
    void staffEvaluationIsVisibleToTheUnitsLeadersAndAdministratorsOnly() throws Exception {
        String unitPage = "/can-bo/danh-gia?don-vi=" + UNIT;
        String officerPage = "/can-bo/danh-gia/cv70?don-vi=" + UNIT;
        for (String who : List.of("ld70", "qt70")) {
            HttpResponse<String> page = new StaffBrowser(platform).login(who, PW).get(unitPage);
            assertEquals(200, page.statusCode(), who);
            assertTrue(page.body().contains("(cv70)") && page.body().contains("Đánh giá cán bộ"), who + ": " + page.body());
            assertEquals(200, new StaffBrowser(platform).login(who, PW).get(officerPage).statusCode(), who);
        }
        StaffBrowser admin = new StaffBrowser(platform).login("admin", RunningPlatform.ADMIN_PASSWORD);
        assertEquals(200, admin.get(officerPage).statusCode(), "a city administrator");
        for (String who : List.of("mc70", "cv70", "mc82", "cv82")) {
            StaffBrowser b = new StaffBrowser(platform).login(who, PW);
            assertFalse(b.get("/can-bo/").body().contains("/can-bo/danh-gia"), who + " is not offered the page");
            assertEquals(404, b.get(unitPage).statusCode(), who);
            assertEquals(404, b.get(officerPage).statusCode(), who + (who.equals("cv70") ? " (even their own)" : ""));
        }
        for (String who : List.of("ld82", "qt82")) {
            StaffBrowser b = new StaffBrowser(platform).login(who, PW);
            HttpResponse<String> own = b.get(unitPage);
            assertEquals(200, own.statusCode(), who + " sees their own unit's page");
            assertFalse(own.body().contains("(cv70)"), who + " must not see another unit's officers: " + own.body());
            assertEquals(404, b.get(officerPage).statusCode(), who);
            assertEquals(404, b.get("/can-bo/danh-gia/cv70?don-vi=" + OTHER_UNIT).statusCode(), who + ": cv70 is no officer of theirs");
        }
    }

    @Test
    void theControlOfficerReadsTheUnitsDossiersAndActsOnNoneAndSeesNoOtherUnit() throws Exception {
        // Directive 12/CT-UBND item 1: the control officer of a unit reads its dossiers, read-only (decision 1002)
        assertEquals(200, as("ks70", "GET", "/api/v1/dossiers/" + dossier, null).statusCode());
        for (String action : List.of("accept", "refuse", "withdraw")) {
            HttpResponse<String> r = as("ks70", "POST", "/api/v1/dossiers/" + dossier + "/actions",
                    json("{\"action\":\"" + action + "\",\"note\":\"thử\"}"));
            assertEquals(403, r.statusCode(), action + ": " + r.body());
        }
        assertEquals(404, as("ks82", "GET", "/api/v1/dossiers/" + dossier, null).statusCode(), "another unit's dossier");
        assertEquals(403, as("ks70", "GET", "/api/v1/admin/accounts", null).statusCode(), "no administration");
    }

    @Test
    void anonymousRequestsToStaffEndpointsAre401() throws Exception {
        for (String[] call : new String[][] {{"GET", "/api/v1/dossiers/" + dossier}, {"GET", "/api/v1/dossiers/" + dossier + "/deadline"},
                {"GET", "/api/v1/dossiers/" + dossier + "/history/verification"}, {"GET", "/api/v1/workspace/dossiers"},
                {"GET", "/api/v1/admin/bundles"}, {"GET", "/api/v1/admin/accounts"}, {"GET", "/api/v1/admin/audit"},
                {"GET", "/api/v1/auth/me"}}) {
            assertEquals(401, as(null, call[0], call[1], null).statusCode(), call[1]);
        }
        assertEquals(401, as(null, "POST", "/api/v1/dossiers/" + dossier + "/actions", json("{\"action\":\"accept\"}")).statusCode());
        assertEquals(401, as(null, "POST", "/api/v1/dossiers", counterDossier(UNIT, true)).statusCode());
        assertEquals(401, platform.send("GET", "/api/v1/auth/me", null, Map.of("Authorization", "Bearer mct_forged")).statusCode());
    }

    @Test
    void adminEndpointsFollowTheRoles() throws Exception {
        for (String who : List.of("mc70", "cv70", "ld70", "qt70", "mc82")) {
            assertEquals(403, as(who, "GET", "/api/v1/admin/bundles", null).statusCode(), who);
            assertEquals(403, as(who, "POST", "/api/v1/admin/bundles/1/stop", null).statusCode(), who);
            assertEquals(403, as(who, "DELETE", "/api/v1/admin/bundles/1", null).statusCode(), who);
            assertEquals(403, as(who, "GET", "/api/v1/admin/audit", null).statusCode(), who);
        }
        for (String who : List.of("mc70", "cv70", "ld70", "mc82")) {
            assertEquals(403, as(who, "GET", "/api/v1/admin/accounts", null).statusCode(), who);
            assertEquals(403, as(who, "PUT", "/api/v1/admin/procedures/" + PROCEDURE + "/units/" + UNIT, json("{\"enabled\":true}")).statusCode(), who);
        }
        // Per-unit switch: the unit's own administrator, not another unit's.
        assertEquals(200, as("qt70", "PUT", "/api/v1/admin/procedures/" + PROCEDURE + "/units/" + UNIT, json("{\"enabled\":true}")).statusCode());
        assertEquals(403, as("qt82", "PUT", "/api/v1/admin/procedures/" + PROCEDURE + "/units/" + UNIT, json("{\"enabled\":true}")).statusCode());

        // Accounts: a unit administrator sees their unit only, and never grants CITY_ADMIN.
        String list = as("qt70", "GET", "/api/v1/admin/accounts", null).body();
        assertTrue(list.contains("\"mc70\"") && !list.contains("\"mc82\"") && !list.contains("\"admin\""), list);
        assertEquals(404, as("qt70", "GET", "/api/v1/admin/accounts/mc82", null).statusCode());
        assertEquals(404, as("qt70", "GET", "/api/v1/admin/accounts/khong-co", null).statusCode());
        assertEquals(404, as("qt70", "POST", "/api/v1/admin/accounts/mc82/password", null).statusCode());
        assertEquals(403, as("qt70", "POST", "/api/v1/admin/accounts", json("{\"login\":\"moi70\",\"displayName\":\"Mới\","
                + "\"grants\":[{\"unit\":\"01\",\"role\":\"CITY_ADMIN\"}]}")).statusCode());
        assertEquals(403, as("qt70", "PUT", "/api/v1/admin/accounts/cv70/roles", json("{\"grants\":[{\"unit\":\"" + UNIT
                + "\",\"role\":\"CITY_ADMIN\"}]}")).statusCode());
        HttpResponse<String> created = as("qt70", "POST", "/api/v1/admin/accounts", json("{\"login\":\"moi70\",\"displayName\":\"Trần Mới\","
                + "\"grants\":[{\"unit\":\"" + UNIT + "\",\"role\":\"SPECIALIST\"}]}"));
        assertEquals(201, created.statusCode(), created.body());
        String generated = JSON.readTree(created.body()).get("generatedPassword").asText();
        assertEquals(200, platform.login("moi70", generated).status());
        assertFalse(as("qt70", "GET", "/api/v1/admin/accounts/moi70", null).body().contains(generated), "shown once");

        HttpResponse<String> audit = platform.admin("GET", "/api/v1/admin/audit?limit=500", null);
        assertEquals(200, audit.statusCode());
        for (String event : List.of("account_created", "procedure_enabled", "login", "token_issued")) {
            assertTrue(audit.body().contains("\"" + event + "\""), event + " in " + audit.body());
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
        createAccount("khoa70", UNIT, "SPECIALIST");
        for (int i = 0; i < 5; i++) {
            RunningPlatform.Session s = platform.login("khoa70", "sai-mat-khau-" + i);
            assertEquals(401, s.status());
            assertEquals("login_failed", problemCode(s.response()));
        }
        RunningPlatform.Session locked = platform.login("khoa70", PW);
        assertEquals(429, locked.status(), locked.response().body());
        assertTrue(Integer.parseInt(locked.response().headers().firstValue("Retry-After").orElseThrow()) > 0);
        // An unknown login answers like a wrong password.
        RunningPlatform.Session unknown = platform.login("khong-ton-tai", PW);
        assertEquals(401, unknown.status());
        assertEquals(401, platform.login("mc70", "sai-mat-khau").status(), "another account is not locked");
    }

    @Test
    void cookieAuthenticatedChangesNeedTheCsrfTokenAndBearerRequestsDoNot() throws Exception {
        RunningPlatform.Session s = platform.login("mc70", PW);
        assertEquals(200, s.status());
        String setCookie = s.response().headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Lax") && !setCookie.contains("Secure"), setCookie);
        Map<String, String> cookieOnly = Map.of("Cookie", "motcua_session=" + s.cookie(), "Content-Type", "application/json");
        HttpResponse<String> forged = platform.send("POST", "/api/v1/dossiers", counterDossier(UNIT, true), cookieOnly);
        assertEquals(403, forged.statusCode(), forged.body());
        assertEquals("csrf_token_invalid", problemCode(forged));
        Map<String, String> wrong = new HashMap<>(cookieOnly);
        wrong.put("X-CSRF-Token", "sai");
        assertEquals(403, platform.send("POST", "/api/v1/auth/tokens", json("{}"), wrong).statusCode());
        assertEquals(403, platform.send("POST", "/api/v1/auth/logout", null, cookieOnly).statusCode());

        Map<String, String> withToken = new HashMap<>(s.headers());
        withToken.put("Content-Type", "application/json");
        assertEquals(201, platform.send("POST", "/api/v1/dossiers", counterDossier(UNIT, true), withToken).statusCode());
        assertEquals(200, platform.send("GET", "/api/v1/auth/me", null, Map.of("Cookie", "motcua_session=" + s.cookie())).statusCode(),
                "reads need no token");
        assertEquals(201, as("mc70", "POST", "/api/v1/dossiers", counterDossier(UNIT, true)).statusCode(), "bearer: no CSRF token");

        // Issue 13: X-Forwarded-Proto counts only from a trusted proxy (none configured here).
        HttpResponse<String> forwarded = platform.send("POST", "/api/v1/auth/login", json("{\"login\":\"mc70\",\"password\":\"" + PW + "\"}"),
                Map.of("Content-Type", "application/json", "X-Forwarded-Proto", "https"));
        assertEquals(200, forwarded.statusCode(), forwarded.body());
        assertFalse(forwarded.headers().firstValue("Set-Cookie").orElseThrow().contains("; Secure"));

        assertEquals(204, platform.send("POST", "/api/v1/auth/logout", null, s.headers()).statusCode());
        assertEquals(401, platform.send("GET", "/api/v1/auth/me", null, Map.of("Cookie", "motcua_session=" + s.cookie())).statusCode());
    }

    @Test
    void anIdleSessionExpires() throws Exception {
        RunningPlatform.Session s = platform.login("cv70", PW);
        Map<String, String> cookie = Map.of("Cookie", "motcua_session=" + s.cookie());
        HttpResponse<String> me = platform.send("GET", "/api/v1/auth/me", null, cookie);
        assertEquals(200, me.statusCode());
        assertEquals(s.csrf(), JSON.readTree(me.body()).get("csrfToken").asText());
        Thread.sleep(4_000); // motcua.session.idle=PT3S
        assertEquals(401, platform.send("GET", "/api/v1/auth/me", null, cookie).statusCode());
        assertEquals(401, platform.send("GET", "/api/v1/workspace/dossiers", null, cookie).statusCode());
    }

    @Test
    void passwordsAreNeverInTheLogOrInAnyAnswer() throws Exception {
        RunningPlatform.Session s = platform.login("ld70", PW);
        assertFalse(s.response().body().contains(PW));
        assertFalse(as("ld70", "GET", "/api/v1/auth/me", null).body().contains(PW));
        assertFalse(platform.admin("GET", "/api/v1/admin/accounts", null).body().contains("argon2"), "no hash either");
        platform.login("ld70", "sai-" + PW);
        String log = platform.logText();
        assertFalse(log.contains(PW), "a password in the platform log");
        assertFalse(log.contains(RunningPlatform.ADMIN_PASSWORD), "the administrator's password in the platform log");
        assertFalse(log.contains("argon2id$"), "a password hash in the platform log");
        assertTrue(log.contains("login_failed"), "failed logins are audited in the log:\n" + log);
    }

    /** Issue 16 (high): a unit administrator reset the password of an account that also worked in another unit. */
    @Test
    void aUnitAdministratorCannotTakeOverAnAccountThatAlsoWorksInAnotherUnit() throws Exception {
        String body = "{\"login\":\"hai70\",\"displayName\":\"Cán bộ hai đơn vị\",\"password\":\"" + PW
                + "\",\"grants\":[{\"unit\":\"" + UNIT + "\",\"role\":\"SPECIALIST\"},{\"unit\":\"" + OTHER_UNIT + "\",\"role\":\"SPECIALIST\"}]}";
        assertEquals(201, platform.admin("POST", "/api/v1/admin/accounts", json(body)).statusCode());
        assertEquals(200, as("qt70", "GET", "/api/v1/admin/accounts/hai70", null).statusCode(), "seen: works in the unit");
        HttpResponse<String> reset = as("qt70", "POST", "/api/v1/admin/accounts/hai70/password", null);
        assertEquals(403, reset.statusCode(), reset.body());
        assertFalse(reset.body().contains("generatedPassword"));
        assertEquals(403, as("qt70", "POST", "/api/v1/admin/accounts/hai70/deactivate", null).statusCode());
        assertEquals(403, as("qt70", "PUT", "/api/v1/admin/accounts/hai70/roles",
                json("{\"grants\":[{\"unit\":\"" + UNIT + "\",\"role\":\"LEADER\"}]}")).statusCode());
        assertEquals(200, platform.login("hai70", PW).status(), "the password is unchanged");
        assertEquals(200, platform.admin("POST", "/api/v1/admin/accounts/hai70/deactivate", null).statusCode(), "a city administrator may");

        // Segregation of duties: no self-granted processing role.
        HttpResponse<String> self = as("qt70", "PUT", "/api/v1/admin/accounts/qt70/roles", json("{\"grants\":[{\"unit\":\"" + UNIT
                + "\",\"role\":\"UNIT_ADMIN\"},{\"unit\":\"" + UNIT + "\",\"role\":\"LEADER\"}]}"));
        assertEquals(403, self.statusCode(), self.body());
    }

    /** Issue 16: a token minted tokens; a password change left the other sessions and every token alive. */
    @Test
    void tokensComeOnlyFromASessionAndAPasswordChangeRevokesThem() throws Exception {
        createAccount("doimk70", UNIT, "SPECIALIST");
        RunningPlatform.Session mine = platform.login("doimk70", PW);
        RunningPlatform.Session other = platform.login("doimk70", PW);
        Map<String, String> session = new HashMap<>(mine.headers());
        session.put("Content-Type", "application/json");
        HttpResponse<String> issued = platform.send("POST", "/api/v1/auth/tokens", json("{\"name\":\"máy quét\"}"), session);
        assertEquals(201, issued.statusCode(), issued.body());
        JsonNode t = JSON.readTree(issued.body());
        assertEquals(Duration.ofDays(30), Duration.between(java.time.OffsetDateTime.parse(t.get("createdAt").asText()),
                java.time.OffsetDateTime.parse(t.get("expiresAt").asText())));
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + t.get("token").asText(), "Content-Type", "application/json");
        HttpResponse<String> child = platform.send("POST", "/api/v1/auth/tokens", json("{}"), bearer);
        assertEquals(403, child.statusCode(), child.body());
        assertEquals("session_required", problemCode(child));

        HttpResponse<String> changed = platform.send("POST", "/api/v1/auth/password",
                json("{\"currentPassword\":\"" + PW + "\",\"newPassword\":\"ngựa ô ăn cỏ bên hồ Gươm\"}"), session);
        assertEquals(204, changed.statusCode(), changed.body());
        assertEquals(401, platform.send("GET", "/api/v1/auth/me", null, bearer).statusCode(), "the token is revoked");
        assertEquals(401, platform.send("GET", "/api/v1/auth/me", null, Map.of("Cookie", "motcua_session=" + other.cookie())).statusCode(),
                "the other session ended");
        assertEquals(200, platform.send("GET", "/api/v1/auth/me", null, Map.of("Cookie", "motcua_session=" + mine.cookie())).statusCode());
    }

    /** Issue 16: anonymous /metrics exposed dossier counts; the login form accepted a post from another site. */
    @Test
    void metricsNeedAnAdministratorAndALoginFromAnotherSiteIsRefused() throws Exception {
        assertEquals(401, platform.get("/metrics").statusCode());
        assertEquals(403, as("mc70", "GET", "/metrics", null).statusCode());
        assertEquals(200, platform.admin("GET", "/metrics", null).statusCode());

        HttpResponse<String> forged = platform.send("POST", "/api/v1/auth/login", json("{\"login\":\"mc70\",\"password\":\"" + PW + "\"}"),
                Map.of("Content-Type", "application/json", "Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site"));
        assertEquals(403, forged.statusCode(), forged.body());
        assertEquals("cross_site_login", problemCode(forged));
        assertTrue(forged.headers().firstValue("Set-Cookie").isEmpty());
        HttpResponse<String> page = platform.send("POST", "/can-bo/dang-nhap", json("login=mc70&password=x"),
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Origin", "https://evil.example"));
        assertEquals(403, page.statusCode());
    }

    /**
     * Issue 13: withdrawal with a wrong second factor answered 403 while an unknown code answered 404, and was never
     * throttled. Now one answer, and one budget for every second-factor use.
     */
    @Test
    void aWrongSecondFactorAnswersLikeAnUnknownCodeAndEveryUseSharesOneThrottle() throws Exception {
        HttpResponse<String> wrong = platform.postJson("/api/v1/dossiers/" + dossier + "/actions",
                "{\"action\":\"withdraw\",\"secondFactor\":\"0999999999\"}", Map.of());
        HttpResponse<String> unknown = platform.postJson("/api/v1/dossiers/H26.00070-991231-9998/actions",
                "{\"action\":\"withdraw\",\"secondFactor\":\"0999999999\"}", Map.of());
        assertEquals(404, wrong.statusCode(), wrong.body());
        assertEquals(unknown.body(), wrong.body());
        for (int i = 0; i < 4; i++) { // with the withdrawal above: 5 attempts of this client at this dossier
            assertEquals(404, platform.postJson("/api/v1/dossiers/" + dossier + "/lookup", "{\"phone\":\"09000000" + (10 + i) + "\"}",
                    Map.of()).statusCode());
        }
        HttpResponse<String> throttled = platform.postJson("/api/v1/dossiers/" + dossier + "/grants", "{\"phone\":\"0912345678\"}", Map.of());
        assertEquals(429, throttled.statusCode(), "the sixth attempt, on another endpoint, even with the right factor");
        assertEquals("too_many_attempts", problemCode(throttled));
        assertTrue(throttled.headers().firstValue("Retry-After").isPresent());
    }

    /**
     * Issue 16: after a 403 or 429 answered before the body was read, the server closed the keep-alive connection
     * without saying so. A small body is drained and the connection serves the next request; a large one is refused
     * with {@code Connection: close}.
     */
    @Test
    void refusalsBeforeTheBodyIsReadSayConnectionCloseOnlyWhereTheConnectionCloses() throws Exception {
        // (sessions idle out after 3 s in this class: a fresh one for each connection)
        String cookie = platform.login("mc70", PW).cookie();
        try (java.net.Socket socket = new java.net.Socket("localhost", platform.port)) {
            socket.setSoTimeout(10_000);
            java.io.OutputStream out = socket.getOutputStream();
            java.io.InputStream in = socket.getInputStream();
            out.write(rawPost(cookie, 10, "{\"a\":\"bc\"}".substring(0, 10)));
            String first = readResponse(in);
            assertTrue(first.startsWith("HTTP/1.1 403"), first);
            assertFalse(first.toLowerCase(java.util.Locale.ROOT).contains("connection: close"), first);
            out.write(("GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            assertTrue(readResponse(in).startsWith("HTTP/1.1 200"), "the same connection serves the next request");
            // A refusal after the body was read (an empty login) keeps the connection too.
            out.write(("POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 2\r\n\r\n{}").getBytes(StandardCharsets.US_ASCII));
            String invalid = readResponse(in);
            assertTrue(invalid.startsWith("HTTP/1.1 422"), invalid);
            assertFalse(invalid.toLowerCase(java.util.Locale.ROOT).contains("connection: close"), invalid);
            out.write(("GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            assertTrue(readResponse(in).startsWith("HTTP/1.1 200"));
        }
        String fresh = platform.login("mc70", PW).cookie();
        try (java.net.Socket socket = new java.net.Socket("localhost", platform.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(rawPost(fresh, 200_000, "x".repeat(100_000)));
            String big = readResponse(socket.getInputStream());
            assertTrue(big.startsWith("HTTP/1.1 403"), big);
            assertTrue(big.toLowerCase(java.util.Locale.ROOT).contains("connection: close"), big);
        }
    }

    private static byte[] rawPost(String cookie, int contentLength, String bodyPart) {
        return ("POST /api/v1/dossiers HTTP/1.1\r\nHost: localhost\r\nCookie: motcua_session=" + cookie
                + "\r\nContent-Type: application/json\r\nContent-Length: " + contentLength + "\r\n\r\n" + bodyPart)
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Status line and headers, then exactly Content-Length bytes of body. */
    private static String readResponse(java.io.InputStream in) throws java.io.IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)content-length:\\s*(\\d+)").matcher(head);
        if (m.find()) {
            in.readNBytes(Integer.parseInt(m.group(1)));
        }
        return head.toString();
    }

    /** Issue 16: the database and the attachments were world-readable. */
    @Test
    void theDataFolderIsReadableByItsOwnerOnly() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.getFileAttributeView(platform.dataDir,
                java.nio.file.attribute.PosixFileAttributeView.class) != null, "POSIX file system");
        try (var files = java.nio.file.Files.walk(platform.dataDir)) {
            for (Path p : files.toList()) {
                String perms = java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(p));
                assertTrue(perms.endsWith("------"), p + " is " + perms);
            }
        }
    }
}
