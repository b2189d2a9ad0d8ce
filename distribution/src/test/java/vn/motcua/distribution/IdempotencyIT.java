package vn.motcua.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A retried request (same Idempotency-Key) never creates a second dossier nor applies an action twice. */
class IdempotencyIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PW = "mat-khau-thu-nghiem-2026";

    @TempDir
    Path temp;

    @Test
    void retriedSubmissionsAndActionsAreAppliedOnce() throws Exception {
        try (RunningPlatform platform = new RunningPlatform(temp.resolve("data"))) {
            HttpResponse<String> first = platform.postJson("/api/v1/dossiers", CrashRecoveryIT.submission(1), Map.of("Idempotency-Key", "nop-1"));
            HttpResponse<String> retry = platform.postJson("/api/v1/dossiers", CrashRecoveryIT.submission(1), Map.of("Idempotency-Key", "nop-1"));
            assertEquals(201, first.statusCode(), first.body());
            assertEquals(200, retry.statusCode(), retry.body());
            String code = JSON.readTree(first.body()).get("code").asText();
            assertEquals(code, JSON.readTree(retry.body()).get("code").asText());
            assertTrue(JSON.readTree(retry.body()).get("replayed").asBoolean());
            assertTrue(platform.admin("GET", "/metrics", null).body().contains("motcua_dossiers{status=\"SUBMITTED\"} 1"), "one dossier only");

            HttpResponse<String> reused = platform.postJson("/api/v1/dossiers", CrashRecoveryIT.submission(2), Map.of("Idempotency-Key", "nop-1"));
            assertEquals(422, reused.statusCode(), "the same key for a different request is refused: " + reused.body());

            String body = "{\"login\":\"canbo.motcua\",\"displayName\":\"Cán bộ một cửa\",\"password\":\"" + PW
                    + "\",\"grants\":[{\"unit\":\"00082\",\"role\":\"ONE_STOP_OFFICER\"}]}";
            HttpResponse<String> created = platform.admin("POST", "/api/v1/admin/accounts", body.getBytes(StandardCharsets.UTF_8));
            assertEquals(201, created.statusCode(), created.body());
            Map<String, String> officer = Map.of("Authorization", "Bearer " + platform.bearer("canbo.motcua", PW),
                    "Content-Type", "application/json", "Idempotency-Key", "tiep-nhan-1");
            byte[] accept = "{\"action\":\"accept\"}".getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> a1 = platform.send("POST", "/api/v1/dossiers/" + code + "/actions", accept, officer);
            HttpResponse<String> a2 = platform.send("POST", "/api/v1/dossiers/" + code + "/actions", accept, officer);
            assertEquals(200, a1.statusCode(), a1.body());
            assertEquals(200, a2.statusCode(), "a retried action answers like the first time: " + a2.body());
            assertEquals(JSON.readTree(a1.body()).get("version").asLong(), JSON.readTree(a2.body()).get("version").asLong());

            JsonNode view = JSON.readTree(platform.send("GET", "/api/v1/dossiers/" + code, null, officer).body());
            assertEquals(1, StreamSupport.stream(view.get("events").spliterator(), false)
                    .filter(e -> "accept".equals(e.get("action").asText())).count());
        }
    }
}
