package vn.motcua.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The platform configured with a PostgreSQL URL keeps its dossiers there, across a restart, and writes no H2 file. */
class PostgresPlatformIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void runsOnPostgresqlWhenGivenItsUrl() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            Map<String, String> env = Map.of("MOTCUA_DB_URL", "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres",
                    "MOTCUA_DB_USER", "postgres");
            Path data = temp.resolve("data");
            String code;
            try (RunningPlatform platform = new RunningPlatform(data, env)) {
                HttpResponse<String> created = submitWhenReady(platform);
                assertEquals(201, created.statusCode(), created.body());
                code = JSON.readTree(created.body()).get("code").asText();
            }
            try (RunningPlatform platform = new RunningPlatform(data, env)) {
                HttpResponse<String> found = lookupWhenReady(platform, code);
                assertEquals(200, found.statusCode(), found.body());
                assertEquals(code, JSON.readTree(found.body()).get("code").asText());
                // HikariCP holds the connections (decision 1400) and readiness asks PostgreSQL (decision 1401).
                assertTrue(platform.logText().contains("motcua - Start completed"), "HikariCP pool started:\n" + platform.logText());
                HttpResponse<String> ready = platform.get("/api/v1/health/ready");
                assertEquals(200, ready.statusCode(), ready.body());
                assertEquals("UP", JSON.readTree(ready.body()).get("checks").get(0).get("status").asText(), ready.body());
                // decision 1414: on PostgreSQL the bundles are shared, and following them is part of being ready
                assertTrue(ready.body().contains("{\"name\":\"bundleSync\",\"status\":\"UP\""), ready.body());
                String metrics = platform.admin("GET", "/metrics", null).body();
                assertTrue(metrics.contains("motcua_db_pool_connections{state=\"active\"}")
                        && metrics.contains("motcua_db_pool_connections{state=\"waiting\"}"), "the pool's figures:\n" + metrics);
            }
            try (var c = pg.getPostgresDatabase().getConnection(); var rs = c.createStatement()
                    .executeQuery("SELECT count(*) FROM dossiers WHERE code = '" + code + "'")) {
                assertTrue(rs.next());
                assertEquals(1, rs.getInt(1), "the dossier is in PostgreSQL");
            }
            try (Stream<Path> files = Files.walk(data)) {
                assertFalse(files.anyMatch(p -> p.toString().endsWith(".mv.db")), "no H2 database was created");
            }
        }
    }

    private static HttpResponse<String> submitWhenReady(RunningPlatform platform) throws Exception {
        HttpResponse<String> r;
        int tries = 0;
        do {
            r = platform.postJson("/api/v1/dossiers", CrashRecoveryIT.submission(1), Map.of());
            if (r.statusCode() == 503) {
                Thread.sleep(100);
            }
        } while (r.statusCode() == 503 && ++tries < 200);
        return r;
    }

    private static HttpResponse<String> lookupWhenReady(RunningPlatform platform, String code) throws Exception {
        HttpResponse<String> r;
        int tries = 0;
        do {
            r = platform.postJson("/api/v1/dossiers/" + code + "/lookup", "{\"phone\":\"0987654321\"}", Map.of());
            if (r.statusCode() == 503) {
                Thread.sleep(100);
            }
        } while (r.statusCode() == 503 && ++tries < 200);
        return r;
    }
}
