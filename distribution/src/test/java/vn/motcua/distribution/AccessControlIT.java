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

        HttpResponse<String> secure = platform.send("POST", "/api/v1/auth/login", json("{\"login\":\"mc70\",\"password\":\"" + PW + "\"}"),
                Map.of("Content-Type", "application/json", "X-Forwarded-Proto", "https"));
        assertTrue(secure.headers().firstValue("Set-Cookie").orElseThrow().contains("; Secure"));

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
}
