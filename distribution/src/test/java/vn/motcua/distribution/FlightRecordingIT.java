package vn.motcua.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The platform keeps working while a Java Flight Recording runs, as operators start one to diagnose production.
 * JDBI emits JFR events whose handler classes the JVM generates in {@code jdk.jfr.internal.handlers}; without boot
 * delegation of {@code jdk.jfr.*} the storage bundle could not load them and every statement failed while recording.
 */
class FlightRecordingIT {

    @TempDir
    Path temp;

    @Test
    void submissionsSucceedWhileAFlightRecordingRuns() throws Exception {
        Path recording = temp.resolve("platform.jfr");
        String javaOpts = "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:StartFlightRecording=filename="
                + recording + ",settings=profile";
        try (RunningPlatform platform = new RunningPlatform(temp.resolve("data"), Map.of("JAVA_OPTS", javaOpts))) {
            for (int i = 1; i <= 3; i++) {
                HttpResponse<String> created = platform.postJson("/api/v1/dossiers", CrashRecoveryIT.submission(i), Map.of());
                assertEquals(201, created.statusCode(), created.body());
            }
            assertTrue(platform.admin("GET", "/metrics", null).body().contains("motcua_dossiers{status=\"SUBMITTED\"} 3"));
            String log = Files.readString(platform.log);
            assertFalse(log.contains("jdk/jfr/internal"), "no class of the flight recorder failed to load:\n" + log);
        }
    }
}
