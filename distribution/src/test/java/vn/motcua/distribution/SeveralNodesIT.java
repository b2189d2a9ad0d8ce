package vn.motcua.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: three platform processes on one PostgreSQL behind HAProxy on loopback. Submissions go through the
 * balancer while one node is killed with {@code kill -9} and a bundle is hot-deployed through another: no acknowledged
 * dossier is lost, no code is given twice, every failed request is a clean 503 with Retry-After, and every surviving
 * node serves the new bundle. Also: a lookup grant opened on one node works on another, a switch changed on one node
 * is in force on the others within a second, and so is a holiday stored through one node (decision 1415). Needs {@code haproxy} on the PATH (Debian package; .ci/setup-haproxy.sh).
 */
class SeveralNodesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BUNDLE_CODE = "9.914001";

    @TempDir
    Path temp;

    @Test
    void threeNodesBehindHaproxySurviveAKillAndAHotDeployUnderLoad() throws Exception {
        long began = System.nanoTime();
        assertTrue(onPath("haproxy"), "haproxy is not on the PATH: run distribution/src/main/dist/ops/haproxy/setup.sh (Debian package haproxy)");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            Map<String, String> env = Map.of(
                    "MOTCUA_DB_URL", "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres",
                    "MOTCUA_DB_USER", "postgres",
                    "JAVA_OPTS", "-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dmotcua.db.pool.maxSize=6"
                            + " -Dmotcua.bundles.poll.millis=500 -Dmotcua.db.pool.connectionTimeoutSeconds=5");
            List<RunningPlatform> nodes = new ArrayList<>();
            Process haproxy = null;
            try {
                nodes.add(new RunningPlatform(temp.resolve("node1"), env)); // migrates the database first
                // the others start together once the schema exists
                ExecutorService starting = Executors.newFixedThreadPool(2);
                try {
                    var second = starting.submit(() -> new RunningPlatform(temp.resolve("node2"), env));
                    var third = starting.submit(() -> new RunningPlatform(temp.resolve("node3"), env));
                    nodes.add(second.get());
                    nodes.add(third.get());
                } finally {
                    starting.shutdown();
                }
                System.out.printf("3 nodes up after %.1f s%n", (System.nanoTime() - began) / 1e9);
                int port = freePort();
                haproxy = startHaproxy(port, nodes);
                Balancer lb = new Balancer(port);
                awaitAllInRotation(lb);

                lookupGrantOpenedOnOneNodeWorksOnAnother(nodes);
                switchChangedOnOneNodeIsSeenByTheOthersWithinASecond(nodes);
                holidayStoredOnOneNodeIsInForceOnTheOthersWithinASecond(nodes);

                // Load through the balancer; kill -9 node 2, hot-deploy through node 1, go on.
                AtomicBoolean running = new AtomicBoolean(true);
                ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
                ConcurrentLinkedQueue<String> unclean = new ConcurrentLinkedQueue<>();
                AtomicInteger clean503 = new AtomicInteger();
                AtomicInteger replays = new AtomicInteger();
                ExecutorService clients = Executors.newFixedThreadPool(6);
                for (int c = 0; c < 6; c++) {
                    int client = c;
                    clients.submit(() -> {
                        int n = 0;
                        while (running.get()) {
                            String key = "several-nodes-" + client + "-" + n + "-" + UUID.randomUUID();
                            try {
                                HttpResponse<String> r = lb.post("/api/v1/dossiers", CrashRecoveryIT.submission(client * 10_000 + n++),
                                        Map.of("Idempotency-Key", key));
                                if (r.statusCode() == 201) {
                                    acknowledged.add(JSON.readTree(r.body()).get("code").asText());
                                } else if (r.statusCode() == 200 && JSON.readTree(r.body()).path("replayed").asBoolean()) {
                                    // HAProxy resent a submission whose node died after committing it: the same key
                                    // answers the stored dossier (openapi: 200, a replay), which is the acknowledgement
                                    replays.incrementAndGet();
                                    acknowledged.add(JSON.readTree(r.body()).get("code").asText());
                                } else if (r.statusCode() == 503 && r.headers().firstValue("Retry-After").isPresent()
                                        && r.body().contains("\"status\":503")) {
                                    clean503.incrementAndGet();
                                    Thread.sleep(100);
                                } else {
                                    unclean.add(r.statusCode() + " " + r.body());
                                }
                            } catch (Exception e) {
                                unclean.add(e.toString());
                            }
                        }
                        return null;
                    });
                }
                Thread.sleep(3000);
                int beforeKill = acknowledged.size();
                nodes.get(1).kill();
                System.out.println("kill -9 of node 2 after " + beforeKill + " acknowledged submissions");
                Thread.sleep(1000);
                byte[] jar = TestBundles.bundle("it.several", "1.0.0", "s.yaml",
                        TestBundles.descriptor(BUNDLE_CODE, "1", TestBundles.communeWide()));
                long deployed = System.nanoTime();
                HttpResponse<String> up = nodes.get(0).admin("POST", "/api/v1/admin/bundles", jar);
                assertEquals(201, up.statusCode(), up.body());
                long servedEverywhere = -1;
                long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (System.nanoTime() < until) {
                    if (servedBy(nodes.get(0)) && servedBy(nodes.get(2))) {
                        servedEverywhere = System.nanoTime();
                        break;
                    }
                    Thread.sleep(50);
                }
                Thread.sleep(2000);
                running.set(false);
                clients.shutdown();
                assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS));

                assertTrue(servedEverywhere > 0, "node 3 never served the bundle deployed through node 1:\n" + tail(nodes.get(2)));
                System.out.printf("bundle served by every live node %.0f ms after the upload began%n", (servedEverywhere - deployed) / 1e6);
                System.out.printf("%d submissions acknowledged (%d of them by a replay after the balancer resent them), %d clean 503, %d unclean failures%n",
                        acknowledged.size(), replays.get(), clean503.get(), unclean.size());
                assertTrue(unclean.isEmpty(), "every failure is a clean 503: " + unclean.stream().limit(5).toList());
                assertTrue(acknowledged.size() > beforeKill, "submissions went on after the kill: " + acknowledged.size());
                assertEquals(acknowledged.size(), new HashSet<>(acknowledged).size(), "no code was given twice");
                Set<String> stored = new HashSet<>();
                try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT code FROM dossiers")) {
                    while (rs.next()) {
                        assertTrue(stored.add(rs.getString(1)), "duplicate code " + rs.getString(1));
                    }
                }
                assertTrue(stored.containsAll(acknowledged), "every acknowledged dossier is stored");
                // the killed node, restarted, catches up with the bundle deployed while it was down
                RunningPlatform back = new RunningPlatform(temp.resolve("node2"), env);
                nodes.set(1, back);
                long restarted = System.nanoTime();
                while (!servedBy(back) && System.nanoTime() - restarted < Duration.ofSeconds(20).toNanos()) {
                    Thread.sleep(50);
                }
                assertTrue(servedBy(back), "the restarted node serves the bundle deployed while it was down:\n" + tail(back));
            } finally {
                if (haproxy != null) {
                    haproxy.destroy();
                    haproxy.waitFor(5, TimeUnit.SECONDS);
                }
                for (RunningPlatform n : nodes) {
                    n.close();
                }
            }
        }
        System.out.printf("SeveralNodesIT took %.1f s%n", (System.nanoTime() - began) / 1e9);
    }

    private static void lookupGrantOpenedOnOneNodeWorksOnAnother(List<RunningPlatform> nodes) throws Exception {
        HttpResponse<String> created = nodes.get(0).postJson("/api/v1/dossiers", CrashRecoveryIT.submission(1), Map.of());
        assertEquals(201, created.statusCode(), created.body());
        String code = JSON.readTree(created.body()).get("code").asText();
        HttpResponse<String> g = nodes.get(0).postJson("/api/v1/dossiers/" + code + "/grants", "{\"phone\":\"0987654321\"}", Map.of());
        assertEquals(201 / 100, g.statusCode() / 100, g.body());
        String grant = JSON.readTree(g.body()).get("grant").asText();
        HttpResponse<String> onOther = nodes.get(2).send("GET", "/api/v1/dossiers/" + code + "/evaluation", null,
                Map.of("X-Dossier-Grant", grant));
        assertNotEquals(401, onOther.statusCode(), "node 3 knows the grant node 1 opened: " + onOther.body());
        HttpResponse<String> forged = nodes.get(2).send("GET", "/api/v1/dossiers/" + code + "/evaluation", null,
                Map.of("X-Dossier-Grant", "not-a-grant"));
        assertEquals(401, forged.statusCode(), forged.body());
    }

    private static void switchChangedOnOneNodeIsSeenByTheOthersWithinASecond(List<RunningPlatform> nodes) throws Exception {
        String path = "/api/v1/procedures/2.000815?unit=00082";
        assertEquals(200, nodes.get(2).get(path).statusCode());
        HttpResponse<String> off = nodes.get(0).admin("PUT", "/api/v1/admin/procedures/2.000815/units/00082",
                "{\"enabled\":false}".getBytes(StandardCharsets.UTF_8));
        assertEquals(2, off.statusCode() / 100, off.body());
        long t0 = System.nanoTime();
        HttpResponse<String> seen = nodes.get(2).awaitGet(path, r -> r.statusCode() != 200, Duration.ofSeconds(5));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("switch seen by node 3 after " + millis + " ms");
        assertNotEquals(200, seen.statusCode(), "node 3 still offers the procedure switched off on node 1");
        assertTrue(millis < 1000, "seen within a second, took " + millis + " ms");
        HttpResponse<String> on = nodes.get(1).admin("PUT", "/api/v1/admin/procedures/2.000815/units/00082",
                "{\"enabled\":true}".getBytes(StandardCharsets.UTF_8));
        assertEquals(2, on.statusCode() / 100, on.body());
        assertEquals(200, nodes.get(0).awaitGet(path, r -> r.statusCode() == 200, Duration.ofSeconds(5)).statusCode());
    }

    /** Decision 1415: the calendar an administrator stores through one node is the one every node computes with. */
    private static void holidayStoredOnOneNodeIsInForceOnTheOthersWithinASecond(List<RunningPlatform> nodes) throws Exception {
        String path = "/api/v1/calendar/2031";
        assertFalse(JSON.readTree(nodes.get(1).get(path).body()).path("official").asBoolean());
        byte[] yaml = ("year: 2031\nnonWorkingDays:\n  - { date: \"2031-03-04\", reason: \"Nghỉ thử nghiệm nhiều máy\" }\n"
                + "workingDays: []\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> stored = nodes.get(0).admin("PUT", "/api/v1/admin/calendar/2031", yaml);
        assertEquals(200, stored.statusCode(), stored.body());
        long t0 = System.nanoTime();
        HttpResponse<String> seen = nodes.get(1).awaitGet(path, r -> r.body().contains("2031-03-04"), Duration.ofSeconds(5));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("holiday seen by node 2 after " + millis + " ms");
        assertTrue(seen.body().contains("2031-03-04"), "node 2 still computes without the holiday stored on node 1: " + seen.body());
        assertTrue(JSON.readTree(seen.body()).path("official").asBoolean(), seen.body());
        assertTrue(millis < 1500, "seen within about a second, took " + millis + " ms");
        HttpResponse<String> removed = nodes.get(1).admin("DELETE", "/api/v1/admin/calendar/2031", null);
        assertEquals(2, removed.statusCode() / 100, removed.body());
        assertFalse(nodes.get(2).awaitGet(path, r -> !r.body().contains("2031-03-04"), Duration.ofSeconds(5)).body()
                .contains("2031-03-04"), "node 3 still has the holiday removed on node 2");
    }

    private static boolean servedBy(RunningPlatform node) {
        try {
            return node.get("/api/v1/procedures/" + BUNDLE_CODE + "?unit=00082").statusCode() == 200;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String tail(RunningPlatform node) throws IOException {
        String log = node.logText();
        return log.substring(Math.max(0, log.length() - 4000));
    }

    private Process startHaproxy(int port, List<RunningPlatform> nodes) throws IOException {
        Path errorFile = Path.of("src", "main", "dist", "ops", "haproxy", "503.http").toAbsolutePath().normalize();
        String template = Files.readString(Path.of("src", "main", "dist", "ops", "haproxy", "several-nodes.cfg"));
        StringBuilder cfg = new StringBuilder(template
                .replace("errorfile 503 ops/haproxy/503.http", "errorfile 503 " + errorFile)
                .replace("bind 127.0.0.1:8000", "bind 127.0.0.1:" + port));
        int start = cfg.indexOf("    server node1");
        cfg.setLength(start);
        for (int i = 0; i < nodes.size(); i++) {
            cfg.append("    server node").append(i + 1).append(" 127.0.0.1:").append(nodes.get(i).port).append(" check\n");
        }
        Path file = temp.resolve("haproxy.cfg");
        Files.writeString(file, cfg);
        return new ProcessBuilder("haproxy", "-f", file.toString(), "-db")
                .redirectErrorStream(true).redirectOutput(temp.resolve("haproxy.log").toFile()).start();
    }

    private static void awaitAllInRotation(Balancer lb) throws Exception {
        // health checks need two passes (rise 2, every 500 ms) before a node takes requests
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int ok = 0;
        while (ok < 6 && System.nanoTime() < until) {
            try {
                ok = lb.get("/api/v1/health/ready").statusCode() == 200 ? ok + 1 : 0;
            } catch (IOException notYet) {
                ok = 0;
            }
            Thread.sleep(100);
        }
        assertEquals(6, ok, "the balancer answers");
        Thread.sleep(1500);
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** HTTP through HAProxy. */
    private static final class Balancer {
        private final int port;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

        Balancer(int port) {
            this.port = port;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<String> post(String path, String json, Map<String, String> headers) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            headers.forEach(b::header);
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
