package vn.motcua.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The platform foundation through the real thing: bin/motcua, Felix, the reactor's bundles, HTTP. */
class PlatformLifecycleIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration VISIBLE = Duration.ofSeconds(5);

    @RegisterExtension
    static final PlatformPerClass running = new PlatformPerClass();

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    static Optional<JsonNode> procedure(String code, String unitQuery) throws Exception {
        JsonNode list = json(running.platform().get("/api/v1/procedures" + unitQuery)).get("procedures");
        return StreamSupport.stream(list.spliterator(), false).filter(p -> p.get("code").asText().equals(code)).findFirst();
    }

    static String versionServed(HttpResponse<String> r, String code) {
        try {
            JsonNode list = json(r).get("procedures");
            return StreamSupport.stream(list.spliterator(), false).filter(p -> p.get("code").asText().equals(code))
                    .map(p -> p.get("version").asText()).findFirst().orElse("none");
        } catch (Exception e) {
            return "unreadable";
        }
    }

    @Test
    void servesHealthAndTheSampleProceduresWithTheirSourceBundle() throws Exception {
        HttpResponse<String> health = running.platform().get("/api/v1/health");
        assertEquals(200, health.statusCode());
        assertEquals("UP", json(health).get("status").asText());

        JsonNode copies = procedure("2.000815", "").orElseThrow();
        assertTrue(copies.get("source").get("bundle").asText().contains("chung-thuc"), copies.toString());
        assertFalse(copies.get("version").asText().isBlank());

        JsonNode units = json(running.platform().get("/api/v1/units"));
        assertTrue(units.get("count").asInt() >= 140, "all Hanoi units are configured");
    }

    @Test
    void searchIgnoresDiacriticsAndCase() throws Exception {
        assertTrue(procedure("2.000815", "?unit=00082&q=chung%20thuc%20ban%20sao").isPresent());
        assertTrue(procedure("2.000815", "?unit=00082&q=CH%E1%BB%A8NG%20TH%E1%BB%B0C").isPresent(), "upper case with diacritics");
        assertTrue(procedure("2.000815", "?unit=00082&q=xay%20dung").isEmpty());
    }

    @Test
    void deployFolderInstallsUpdatesRefusesBrokenAndUninstalls() throws Exception {
        String code = "9.900001";
        running.platform().drop("thu-nghiem.jar", TestBundles.bundle("it.thu-nghiem", "1.0.0", "tn.yaml",
                TestBundles.descriptor(code, "1", TestBundles.communeWide())));
        assertEquals("1", versionServed(running.platform().awaitGet("/api/v1/procedures", r -> versionServed(r, code).equals("1"), VISIBLE), code));

        running.platform().drop("thu-nghiem.jar", TestBundles.bundle("it.thu-nghiem", "2.0.0", "tn.yaml",
                TestBundles.descriptor(code, "2", TestBundles.communeWide())));
        assertEquals("2", versionServed(running.platform().awaitGet("/api/v1/procedures", r -> versionServed(r, code).equals("2"), VISIBLE), code));

        // v3 has a step pointing at a step that does not exist: refused, v2 keeps serving.
        String broken = TestBundles.descriptor(code, "3", TestBundles.communeWide()).replace("- {action: reject}",
                "- {action: forward, next: khong-co}");
        running.platform().drop("thu-nghiem.jar", TestBundles.bundle("it.thu-nghiem", "3.0.0", "tn.yaml", broken));
        HttpResponse<String> bundles = running.platform().awaitGet("/api/v1/admin/bundles", r -> r.body().contains("khong-co"), VISIBLE);
        assertTrue(running.platform().admin("GET", "/api/v1/admin/bundles", null).body().contains("tn.yaml"),
                "the refusal names the descriptor file: " + bundles.body());
        assertEquals("2", versionServed(running.platform().get("/api/v1/procedures"), code), "the running version stays");

        Files.delete(running.platform().deploy().resolve("thu-nghiem.jar"));
        assertEquals("none", versionServed(running.platform().awaitGet("/api/v1/procedures", r -> versionServed(r, code).equals("none"), VISIBLE), code));
    }

    @Test
    void adminApiUploadsStopsStartsAndRemovesBundles() throws Exception {
        String code = "9.900002";
        byte[] jar = TestBundles.bundle("it.admin", "1.0.0", "a.yaml", TestBundles.descriptor(code, "1", TestBundles.communeWide()));
        assertEquals(401, running.platform().admin("POST", "/api/v1/admin/bundles", jar, "wrong").statusCode());

        HttpResponse<String> created = running.platform().admin("POST", "/api/v1/admin/bundles", jar);
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created).get("id").asLong();
        assertTrue(procedure(code, "?unit=00082").isPresent());

        assertEquals(200, running.platform().admin("POST", "/api/v1/admin/bundles/" + id + "/stop", null).statusCode());
        assertTrue(procedure(code, "?unit=00082").isEmpty(), "a stopped bundle offers nothing");
        assertEquals(200, running.platform().admin("POST", "/api/v1/admin/bundles/" + id + "/start", null).statusCode());
        assertTrue(procedure(code, "?unit=00082").isPresent());

        byte[] broken = TestBundles.bundle("it.admin", "2.0.0", "a.yaml", "schemaVersion: 1\ncode: [unclosed\n");
        HttpResponse<String> refused = running.platform().admin("POST", "/api/v1/admin/bundles", broken);
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonNode errors = json(refused).get("errors");
        assertTrue(errors.size() > 0 && errors.get(0).get("message").asText().contains("a.yaml:"), refused.body());
        assertEquals("1", versionServed(running.platform().get("/api/v1/procedures"), code), "v1 stays after a refused upload");

        assertEquals(204, running.platform().admin("DELETE", "/api/v1/admin/bundles/" + id, null).statusCode());
        assertTrue(procedure(code, "").isEmpty());
        assertEquals(404, running.platform().admin("DELETE", "/api/v1/admin/bundles/" + id, null).statusCode());
    }

    /** Issue 12: a dry run shows every problem and installs nothing; the version rules hold for real uploads. */
    @Test
    void dryRunShowsEveryProblemAndVersionRulesHold() throws Exception {
        String code = "9.900005";
        byte[] unknownWard = TestBundles.bundle("it.dryrun", "1.0.0", "d.yaml",
                TestBundles.descriptor(code, "1", TestBundles.units("00070", "99999")));
        HttpResponse<String> checked = running.platform().admin("POST", "/api/v1/admin/bundles?dryRun=true", unknownWard);
        assertEquals(200, checked.statusCode(), checked.body());
        JsonNode check = json(checked);
        assertFalse(check.get("deployable").asBoolean(), checked.body());
        assertTrue(check.get("problems").get(0).asText().contains("d.yaml:") && check.get("problems").get(0).asText().contains("99999"),
                checked.body());
        assertTrue(procedure(code, "?unit=00070").isEmpty(), "a dry run installs nothing");
        assertEquals(422, running.platform().admin("POST", "/api/v1/admin/bundles", unknownWard).statusCode(), "unknown unit refused");

        byte[] v2 = TestBundles.bundle("it.dryrun", "2.0.0", "d.yaml", TestBundles.descriptor(code, "2", TestBundles.communeWide()));
        HttpResponse<String> created = running.platform().admin("POST", "/api/v1/admin/bundles", v2);
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created).get("id").asLong();

        byte[] older = TestBundles.bundle("it.dryrun", "2.0.1", "d.yaml", TestBundles.descriptor(code, "1", TestBundles.communeWide()));
        JsonNode olderCheck = json(running.platform().admin("POST", "/api/v1/admin/bundles?dryRun=true", older));
        assertTrue(olderCheck.get("problems").toString().contains("rollback"), olderCheck.toString());
        assertEquals(422, running.platform().admin("POST", "/api/v1/admin/bundles", older).statusCode(), "a lower version needs a rollback");
        byte[] changed = TestBundles.bundle("it.dryrun", "2.0.2", "d.yaml",
                TestBundles.descriptor(code, "2", TestBundles.communeWide()).replace("Xử lý hồ sơ", "Xử lý"));
        HttpResponse<String> sameVersion = running.platform().admin("POST", "/api/v1/admin/bundles", changed);
        assertEquals(422, sameVersion.statusCode(), sameVersion.body());
        assertTrue(sameVersion.body().contains("different content"), sameVersion.body());
        assertEquals("2", versionServed(running.platform().get("/api/v1/procedures?unit=00082"), code), "v2 keeps serving");
        running.platform().admin("DELETE", "/api/v1/admin/bundles/" + id, null);
    }

    /** Issue 12: a procedure that requires a validator is not offered, and is listed as waiting, until one is registered. */
    @Test
    void aProcedureRequiringAMissingValidatorWaits() throws Exception {
        String code = "9.900006";
        byte[] jar = TestBundles.bundle("it.waiting", "1.0.0", "w.yaml",
                TestBundles.descriptor(code, "1", TestBundles.communeWide()).replace("steps:", "hooks: [validator]\nsteps:"));
        HttpResponse<String> created = running.platform().admin("POST", "/api/v1/admin/bundles", jar);
        assertEquals(201, created.statusCode(), created.body());
        JsonNode info = json(created);
        assertEquals(code + "@1 waits for validator", info.get("waiting").get(0).asText(), created.body());
        assertTrue(procedure(code, "?unit=00082").isEmpty(), "not in the catalogue");
        HttpResponse<String> direct = running.platform().get("/api/v1/procedures/" + code + "?unit=00082");
        assertEquals(404, direct.statusCode());
        assertTrue(direct.body().contains("procedure_waiting"), direct.body());
        running.platform().admin("DELETE", "/api/v1/admin/bundles/" + info.get("id").asLong(), null);
    }

    @Test
    void aWardOverrideWinsForThatWardOnly() throws Exception {
        JsonNode hoanKiem = procedure("2.000815", "?unit=00070").orElseThrow();
        JsonNode cuaNam = procedure("2.000815", "?unit=00082").orElseThrow();
        assertTrue(hoanKiem.get("override").asBoolean(), hoanKiem.toString());
        assertFalse(cuaNam.get("override").asBoolean(), cuaNam.toString());
        assertTrue(hoanKiem.get("source").get("bundle").asText().contains("hoan-kiem"));
    }

    @Test
    void aSecondBundleDeclaringTheSameProcedureIsAConflictNamingBoth() throws Exception {
        byte[] jar = TestBundles.bundle("it.conflict", "1.0.0", "c.yaml",
                TestBundles.descriptor("2.000815", "99", TestBundles.communeWide()));
        HttpResponse<String> created = running.platform().admin("POST", "/api/v1/admin/bundles", jar);
        assertEquals(201, created.statusCode(), created.body());
        JsonNode info = json(created);
        String problems = info.get("problems").toString();
        assertTrue(problems.contains("already declared") && problems.contains("chung-thuc"), problems);
        assertNotNull(procedure("2.000815", "?unit=00082").orElseThrow());
        assertTrue(!"99".equals(procedure("2.000815", "?unit=00082").orElseThrow().get("version").asText()));
        running.platform().admin("DELETE", "/api/v1/admin/bundles/" + info.get("id").asLong(), null);
    }

    @Test
    void badInputGetsProblemJsonNamingTheField() throws Exception {
        HttpResponse<String> r = running.platform().get("/api/v1/procedures?unit=khong-co");
        assertEquals(400, r.statusCode());
        assertEquals("unit", json(r).get("errors").get(0).get("field").asText());
        assertEquals(404, running.platform().get("/api/v1/khong-co").statusCode());
        assertEquals(404, running.platform().get("/api/v1/procedures/0.000000?unit=00082").statusCode());
        HttpResponse<String> metrics = running.platform().admin("GET", "/metrics", null);
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("motcua_http_server_requests_seconds_count{area=\"api\"") && metrics.body().contains("motcua_bundles{"), metrics.body());
    }

    /**
     * Issue 15, decision 1502: the demo data is a bundle of its own that a start without {@code --demo} does not even
     * install; a {@code --demo} start installs it, it creates the sample officers (their passwords printed once, as the
     * README shows) and dossiers; the next start without {@code --demo} uninstalls it again.
     */
    @Test
    void theDemoBundleAndItsAccountsExistOnlyWithDemo() throws Exception {
        assertFalse(platformBundles(running.platform()).stream().anyMatch(b -> b.startsWith("vn.motcua.demo ")),
                platformBundles(running.platform()).toString());
        assertEquals(List.of(), demoLogins(running.platform()));

        Path data = running.folder().resolve("demo-data");
        try (RunningPlatform demo = new RunningPlatform(data, Map.of(), List.of("--demo"))) {
            assertTrue(platformBundles(demo).contains("vn.motcua.demo ACTIVE"), platformBundles(demo).toString());
            Matcher counter = awaitLog(demo, Pattern.compile("(?m)^  motcua\\.00070 +(\\S+) +00070 +ONE_STOP_OFFICER$"));
            assertEquals(200, demo.login("motcua.00070", counter.group(1)).status(), "the printed password logs in");
            assertEquals(15, demoLogins(demo).size(), demoLogins(demo).toString());
            Matcher dossiers = awaitLog(demo, Pattern.compile("sample dossiers at 00070: \\[([^\\]]+)\\]"));
            assertEquals(11, dossiers.group(1).split(", ").length, dossiers.group());
            assertEquals(200, demo.get("/api/v1/health/ready").statusCode(), "every platform bundle, the demo one too, is active");
        }
        try (RunningPlatform withoutDemo = new RunningPlatform(data)) {
            assertFalse(platformBundles(withoutDemo).stream().anyMatch(b -> b.startsWith("vn.motcua.demo ")),
                    platformBundles(withoutDemo).toString());
            assertTrue(withoutDemo.logText().contains("uninstalling platform bundle vn.motcua.demo"), withoutDemo.logText());
        }
    }

    /** The platform's own bundles as "symbolic-name STATE". */
    static List<String> platformBundles(RunningPlatform p) throws Exception {
        HttpResponse<String> r = p.admin("GET", "/api/v1/admin/bundles", null);
        assertEquals(200, r.statusCode(), r.body());
        return StreamSupport.stream(json(r).get("bundles").spliterator(), false)
                .filter(b -> "platform".equals(b.get("origin").asText()))
                .map(b -> b.get("name").asText() + " " + b.get("state").asText()).toList();
    }

    static List<String> demoLogins(RunningPlatform p) throws Exception {
        HttpResponse<String> r = p.admin("GET", "/api/v1/admin/accounts", null);
        assertEquals(200, r.statusCode(), r.body());
        return StreamSupport.stream(json(r).get("accounts").spliterator(), false).map(a -> a.get("login").asText())
                .filter(l -> l.matches("(motcua|chuyenvien|lanhdao|quantri|kiemsoat)\\.(00070|00082|sxd)")).toList();
    }

    /** Waits (up to 90 s: the dossiers wait for the sample procedure) for the platform's output to match. */
    static Matcher awaitLog(RunningPlatform p, Pattern pattern) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            Matcher m = pattern.matcher(p.logText());
            if (m.find()) {
                return m;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + pattern + " in the output:\n" + p.logText());
            }
            Thread.sleep(100);
        }
    }

    static List<String> lines(String s) {
        return new ArrayList<>(List.of(s.split("\n")));
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
