package vn.motcua.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two one-stop officers accept the same dossier at the same moment: exactly one succeeds, the other gets 409. */
class ConcurrentOfficersIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PW = "mat-khau-thu-nghiem-2026";

    @TempDir
    Path temp;

    @Test
    void exactlyOneOfTwoSimultaneousActionsWins() throws Exception {
        try (RunningPlatform platform = new RunningPlatform(temp.resolve("data"))) {
            for (String login : List.of("mcA", "mcB")) {
                String body = "{\"login\":\"" + login + "\",\"displayName\":\"Cán bộ " + login + "\",\"password\":\"" + PW
                        + "\",\"grants\":[{\"unit\":\"00082\",\"role\":\"ONE_STOP_OFFICER\"}]}";
                HttpResponse<String> r = platform.admin("POST", "/api/v1/admin/accounts", body.getBytes(StandardCharsets.UTF_8));
                assertEquals(201, r.statusCode(), r.body());
            }
            String a = platform.bearer("mcA", PW);
            String b = platform.bearer("mcB", PW);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 10; round++) {
                    HttpResponse<String> submitted = platform.postJson("/api/v1/dossiers", CrashRecoveryIT.submission(round), Map.of());
                    assertEquals(201, submitted.statusCode(), submitted.body());
                    String code = JSON.readTree(submitted.body()).get("code").asText();

                    CountDownLatch go = new CountDownLatch(1);
                    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                    for (String token : List.of(a, b)) {
                        answers.add(pool.submit(() -> {
                            go.await();
                            return platform.send("POST", "/api/v1/dossiers/" + code + "/actions",
                                    "{\"action\":\"accept\"}".getBytes(StandardCharsets.UTF_8),
                                    Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"));
                        }));
                    }
                    go.countDown();
                    int ok = 0;
                    int conflict = 0;
                    for (Future<HttpResponse<String>> f : answers) {
                        HttpResponse<String> r = f.get();
                        if (r.statusCode() == 200) {
                            ok++;
                        } else if (r.statusCode() == 409) {
                            conflict++;
                        } else {
                            throw new AssertionError("unexpected answer " + r.statusCode() + " " + r.body());
                        }
                    }
                    assertEquals(1, ok, "round " + round);
                    assertEquals(1, conflict, "round " + round);

                    JsonNode view = JSON.readTree(platform.send("GET", "/api/v1/dossiers/" + code, null,
                            Map.of("Authorization", "Bearer " + a)).body());
                    long accepts = StreamSupport.stream(view.get("events").spliterator(), false)
                            .filter(e -> "accept".equals(e.get("action").asText())).count();
                    assertEquals(1, accepts, "the history holds one acceptance");
                    JsonNode check = JSON.readTree(platform.send("GET", "/api/v1/dossiers/" + code + "/history/verification", null,
                            Map.of("Authorization", "Bearer " + a)).body());
                    assertTrue(check.get("intact").asBoolean(), check.toString());
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
