package vn.motcua.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an operator does with a running platform, over HTTP and the real {@code bin/motcua}: liveness and readiness,
 * an online backup taken while it serves, and a restore into a new data folder that boots with the dossiers and
 * their files (docs/operations.md).
 */
class OperationsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void aHealthyNodeIsLiveAndReadyWithEveryCheckUpAndLogsEachRequestAsJsonWithItsId() throws Exception {
        Map<String, String> env = Map.of("MOTCUA_LOG_FORMAT", "json", "MOTCUA_ACCESS_LOG", "INFO");
        try (RunningPlatform platform = new RunningPlatform(temp.resolve("data"), env)) {
            HttpResponse<String> health = platform.get("/api/v1/health");
            assertEquals(200, health.statusCode());
            assertEquals("{\"status\":\"UP\"}", health.body(), "the contract of /api/v1/health is kept");
            assertEquals(200, platform.get("/api/v1/health/live").statusCode());

            // Readiness may say DOWN for a moment after the web bundle answers: the framework is still starting the
            // last bundles (seen on a loaded machine: SCR STARTING, libraries RESOLVED). That is what it is for; it
            // must turn UP on its own.
            HttpResponse<String> ready = platform.get("/api/v1/health/ready");
            for (long until = System.nanoTime() + 30_000_000_000L; ready.statusCode() != 200 && System.nanoTime() < until; ) {
                Thread.sleep(200);
                ready = platform.get("/api/v1/health/ready");
            }
            assertEquals(200, ready.statusCode(), ready.body());
            JsonNode body = JSON.readTree(ready.body());
            assertEquals("UP", body.get("status").asText());
            List<String> names = new ArrayList<>();
            body.get("checks").forEach(c -> {
                names.add(c.get("name").asText());
                assertEquals("UP", c.get("status").asText(), c.toString());
            });
            assertEquals(List.of("database", "disk", "platformBundles", "bundleSync", "services", "procedureBundles"), names);

            // The access log: one JSON line per request, API or portal, with the request id the caller sent.
            assertEquals(200, platform.send("GET", "/api/v1/units", null, Map.of("X-Request-Id", "ops-it-api")).statusCode());
            HttpResponse<String> page = platform.send("GET", "/", null, Map.of("X-Request-Id", "ops-it-portal"));
            assertEquals("ops-it-portal", page.headers().firstValue("X-Request-Id").orElse(""));
            for (String[] expected : new String[][] {{"ops-it-api", "GET /api/v1/units 200"}, {"ops-it-portal", "GET / 200"}}) {
                JsonNode line = awaitAccessLine(platform, expected[0]);
                assertTrue(line.get("formattedMessage").asText().contains(expected[1]), line.toString());
            }
        }
    }

    /** The JSON access-log line of the request with this id (logging is asynchronous to the response). */
    private static JsonNode awaitAccessLine(RunningPlatform platform, String requestId) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            for (String text : platform.logText().split("\n")) {
                if (text.startsWith("{") && text.contains("motcua.access") && text.contains(requestId)) {
                    JsonNode line = JSON.readTree(text);
                    if ("motcua.access".equals(line.get("loggerName").asText())
                            && requestId.equals(line.path("mdc").path("requestId").asText())) {
                        return line;
                    }
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no access-log line for request " + requestId + " in:\n" + platform.logText());
            }
            Thread.sleep(100);
        }
    }

    @Test
    void aNodeWhoseDiskIsFullIsLiveButNotReadyAndSaysWhy() throws Exception {
        Map<String, String> env = Map.of("JAVA_OPTS", "-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
                + " -Dmotcua.health.minFreeMb=" + Long.MAX_VALUE / (2L << 20));
        try (RunningPlatform platform = new RunningPlatform(temp.resolve("data"), env)) {
            assertEquals(200, platform.get("/api/v1/health/live").statusCode());
            HttpResponse<String> ready = platform.get("/api/v1/health/ready");
            assertEquals(503, ready.statusCode(), ready.body());
            assertEquals("5", ready.headers().firstValue("Retry-After").orElse(""));
            JsonNode disk = JSON.readTree(ready.body()).get("checks").get(1);
            assertEquals("disk", disk.get("name").asText());
            assertEquals("DOWN", disk.get("status").asText());
            assertTrue(disk.get("detail").asText().contains("motcua.health.minFreeMb"), disk.toString());
            assertEquals("UP", JSON.readTree(ready.body()).get("checks").get(0).get("status").asText(), "the database is fine");
        }
    }

    @Test
    void anOnlineBackupRestoresIntoANewDataFolderWithTheDossiersAndTheirFiles() throws Exception {
        Path backup;
        List<String> codes = new ArrayList<>();
        String afterBackup;
        JsonNode attachment;
        try (RunningPlatform platform = new RunningPlatform(temp.resolve("data"))) {
            for (int n = 0; n < 5; n++) {
                codes.add(submit(platform, CrashRecoveryIT.submission(n)));
            }
            codes.add(submit(platform, birthWithCertificate()));
            attachment = JSON.readTree(platform.admin("GET", "/api/v1/dossiers/" + codes.get(5), null).body()).get("attachments").get(0);

            assertEquals(401, platform.send("POST", "/api/v1/admin/backups", null, Map.of()).statusCode(), "administrators only");
            HttpResponse<String> written = platform.admin("POST", "/api/v1/admin/backups", null);
            assertEquals(201, written.statusCode(), written.body());
            JsonNode archive = JSON.readTree(written.body());
            assertTrue(archive.get("databaseIncluded").asBoolean());
            backup = Path.of(archive.get("file").asText());
            assertTrue(Files.size(backup) > 0 && backup.startsWith(platform.dataDir.resolve("backups")), backup.toString());

            afterBackup = submit(platform, CrashRecoveryIT.submission(99)); // still serving; not in the backup
        }

        Path restored = temp.resolve("restored");
        Process restore = new ProcessBuilder(Path.of(System.getProperty("motcua.home", "target/motcua")).toAbsolutePath()
                .resolve("bin/motcua").toString(), "restore", backup.toString(), "--data-dir", restored.toString())
                .redirectErrorStream(true).start();
        String output = new String(restore.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(restore.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, restore.exitValue(), output);

        try (RunningPlatform platform = new RunningPlatform(restored)) {
            for (String code : codes) {
                HttpResponse<String> dossier = platform.admin("GET", "/api/v1/dossiers/" + code, null);
                assertEquals(200, dossier.statusCode(), code + ": " + dossier.body());
                HttpResponse<String> chain = platform.admin("GET", "/api/v1/dossiers/" + code + "/history/verification", null);
                assertEquals(200, chain.statusCode(), chain.body());
            }
            assertEquals(404, platform.admin("GET", "/api/v1/dossiers/" + afterBackup, null).statusCode(),
                    "a dossier submitted after the backup is not in it");
            byte[] file = Files.readAllBytes(restored.resolve("attachments").resolve(attachment.get("id").asText()));
            assertEquals(attachment.get("sha256").asText(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)),
                    "the attachment is restored byte for byte");
            assertEquals(200, platform.get("/api/v1/health/ready").statusCode());
            // The procedure bundles came back from the archive, not from the samples of a first start.
            HttpResponse<String> procedures = platform.get("/api/v1/procedures?unit=00082");
            assertTrue(procedures.body().contains("MAU.HKD001"), procedures.body());
        }
    }

    private static String submit(RunningPlatform platform, String body) throws Exception {
        HttpResponse<String> r = platform.postJson("/api/v1/dossiers", body, Map.of());
        assertEquals(201, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("code").asText();
    }

    private static String birthWithCertificate() throws Exception {
        ObjectNode b = (ObjectNode) JSON.readTree(PublicApiIT.submission(PublicApiIT.UNIT, PublicApiIT.BIRTH,
                "{\"name\":\"Trần Thị Mẹ\",\"phone\":\"0912345678\",\"citizenId\":\"001195012345\"}", PublicApiIT.birthForm()));
        b.set("attachments", JSON.readTree("[{\"field\":\"giayChungSinh\",\"name\":\"giay-chung-sinh.pdf\",\"type\":\"application/pdf\","
                + "\"contentBase64\":\"" + PublicApiIT.pdfBase64(4096) + "\"}]"));
        return JSON.writeValueAsString(b);
    }
}
