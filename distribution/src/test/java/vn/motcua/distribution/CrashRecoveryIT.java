package vn.motcua.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability through the real platform: while clients submit dossiers concurrently, the JVM is killed with
 * SIGKILL; after a restart every dossier the platform acknowledged (201 with a code) is there, and codes are never
 * reused. Three kills per run on the same data folder.
 */
class CrashRecoveryIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Lookups are rate-limited for citizens; the check below looks up hundreds of dossiers from one address. */
    private static final Map<String, String> ENV = Map.of("JAVA_OPTS",
            "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dmotcua.secondFactor.perClient=1000000 -Dmotcua.secondFactor.perClientAndDossier=1000 -Dmotcua.secondFactor.perDossier=1000");
    private static final String PHONE = "0987654321";

    @TempDir
    Path temp;

    static String submission(int n) {
        return """
                {"procedure":"MAU.HKD001","unit":"00082","channel":"online","resultChannel":"online",
                 "applicant":{"name":"Trần Thị Bình %d","citizenId":"001185012345","phone":"%s"},
                 "form":{"tenHoKinhDoanh":"Hộ kinh doanh Phở Bình %d","diaChiTruSo":"12 Hàng Bông, Phường Cửa Nam","nganhNghe":"Ăn uống",
                  "vonKinhDoanh":50000000,"hoTen":"Trần Thị Bình","ngaySinh":"1985-03-02","soDinhDanh":"001185012345","soDienThoai":"%s"}}
                """.formatted(n, PHONE, n, PHONE);
    }

    @Test
    void everyAcknowledgedDossierSurvivesKillDashNine() throws Exception {
        Path data = temp.resolve("data");
        Set<String> acknowledged = new HashSet<>();
        for (int round = 0; round < 3; round++) {
            RunningPlatform platform = new RunningPlatform(data, ENV);
            try {
                verify(platform, acknowledged);
                List<String> acked = submitThenKill(platform);
                System.out.println("round " + round + ": " + acked.size() + " dossiers acknowledged before kill -9");
                acknowledged.addAll(acked);
            } finally {
                platform.close();
            }
        }
        RunningPlatform platform = new RunningPlatform(data, ENV);
        try {
            verify(platform, acknowledged);
            assertTrue(acknowledged.size() >= 30, "enough dossiers were acknowledged to mean something: " + acknowledged.size());
        } finally {
            platform.close();
        }
    }

    /** Submits from 6 clients until the platform is killed after ~1.5 s; returns the codes it acknowledged. */
    private List<String> submitThenKill(RunningPlatform platform) throws Exception {
        ConcurrentLinkedQueue<String> codes = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(6);
        for (int c = 0; c < 6; c++) {
            int client = c;
            clients.submit(() -> {
                int n = 0;
                while (running.get()) {
                    try {
                        HttpResponse<String> r = platform.postJson("/api/v1/dossiers", submission(client * 100_000 + n++),
                                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                        if (r.statusCode() == 201) {
                            codes.add(JSON.readTree(r.body()).get("code").asText());
                        }
                    } catch (Exception connectionDropped) {
                        // the kill: requests in flight fail, and were not acknowledged
                    }
                }
                return null;
            });
        }
        Thread.sleep(1500);
        platform.kill();
        running.set(false);
        clients.shutdown();
        assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS));
        return new ArrayList<>(codes);
    }

    private void verify(RunningPlatform platform, Set<String> acknowledged) throws Exception {
        for (String code : acknowledged) {
            HttpResponse<String> r = waitForEngine(platform, code);
            assertEquals(200, r.statusCode(), "acknowledged dossier " + code + " is lost: " + r.body());
            JsonNode view = JSON.readTree(r.body());
            assertEquals(code, view.get("code").asText());
            assertEquals("SUBMITTED", view.get("status").asText());
            assertFalse(view.get("timeline").isEmpty(), "its history is there");
        }
        // a new dossier after the restart never reuses an acknowledged code
        HttpResponse<String> fresh = waitForSubmit(platform);
        assertEquals(201, fresh.statusCode(), fresh.body());
        String code = JSON.readTree(fresh.body()).get("code").asText();
        assertFalse(acknowledged.contains(code), "code " + code + " was reused after a crash");
        acknowledged.add(code);
    }

    private static HttpResponse<String> waitForEngine(RunningPlatform platform, String code) throws Exception {
        HttpResponse<String> r = platform.postJson("/api/v1/dossiers/" + code + "/lookup", "{\"phone\":\"" + PHONE + "\"}", Map.of());
        for (int i = 0; i < 200 && r.statusCode() == 503; i++) {
            Thread.sleep(50);
            r = platform.postJson("/api/v1/dossiers/" + code + "/lookup", "{\"phone\":\"" + PHONE + "\"}", Map.of());
        }
        return r;
    }

    private static HttpResponse<String> waitForSubmit(RunningPlatform platform) throws Exception {
        HttpResponse<String> r = platform.postJson("/api/v1/dossiers", submission(-1), Map.of());
        for (int i = 0; i < 200 && r.statusCode() == 503; i++) {
            Thread.sleep(50);
            r = platform.postJson("/api/v1/dossiers", submission(-1), Map.of());
        }
        return r;
    }
}
