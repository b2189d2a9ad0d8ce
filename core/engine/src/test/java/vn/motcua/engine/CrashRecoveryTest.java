package vn.motcua.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.storage.internal.DatabaseSettings;
import vn.motcua.storage.internal.JdbiDossierStore;

/**
 * Durability: a child JVM runs the engine on a durable H2 file with concurrent submissions and transitions and prints
 * each acknowledged change after its commit; the test kills it with SIGKILL mid-run, reopens the file and checks that
 * every acknowledged dossier and event is there and every chain verifies.
 */
class CrashRecoveryTest {

    @TempDir
    Path dir;

    @RepeatedTest(3)
    void acknowledgedWorkSurvivesKillMinus9() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(),
                dir.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Map<String, Integer> acknowledged = new HashMap<>(); // dossier code -> highest acknowledged event seq
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                String[] parts = line.split(" ");
                if (parts.length == 3 && parts[0].equals("ACK")) {
                    acknowledged.merge(parts[1], Integer.parseInt(parts[2]), Math::max);
                }
                if (acknowledged.size() >= 150 || System.nanoTime() > deadline) {
                    break;
                }
            }
            child.destroyForcibly(); // SIGKILL while the workers are mid-flight
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        }
        assertTrue(acknowledged.size() >= 20, "the child acknowledged too little work: " + acknowledged.size());

        try (EngineFixture f = new EngineFixture(JdbiDossierStore.open(DatabaseSettings.h2File(dir), dir),
                new MutableClock(EngineFixture.MONDAY_9AM))) {
            for (Map.Entry<String, Integer> ack : acknowledged.entrySet()) {
                DossierView v = f.engine.find(ack.getKey(), EngineFixture.CITY).orElseThrow(() -> new AssertionError("lost dossier " + ack.getKey()));
                assertTrue(v.events().size() >= ack.getValue(), ack.getKey() + ": acknowledged event " + ack.getValue()
                        + " lost, found " + v.events().size());
                HistoryVerification h = f.engine.verifyHistory(ack.getKey(), EngineFixture.CITY);
                assertTrue(h.intact(), h.problems().toString());
            }
        }
        assertFalse(new File(dir.toFile(), "db").listFiles().length == 0);
    }
}
