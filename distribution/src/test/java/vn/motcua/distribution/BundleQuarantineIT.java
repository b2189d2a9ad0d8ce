package vn.motcua.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A procedure bundle cannot brick the platform (decision 1621): the probe's exit and blocking activators against the
 * real bin/motcua. Each test boots its own platform with a 3-second start limit.
 */
class BundleQuarantineIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> SHORT_START_LIMIT = Map.of("JAVA_OPTS",
            "-Xms64m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dmotcua.bundle.start.timeout.seconds=3");

    @TempDir
    Path temp;

    @Test
    void aBundleThatCallsSystemExitIsQuarantinedAtTheNextBootInsteadOfExitingAgain() throws Exception {
        Path data = temp.resolve("data");
        String source = """
                package vn.test.exit;
                import org.osgi.framework.*;
                public class Exit implements BundleActivator {
                    public void start(BundleContext c) { System.exit(3); }
                    public void stop(BundleContext c) {}
                }
                """;
        try (RunningPlatform first = new RunningPlatform(data, SHORT_START_LIMIT)) {
            first.drop("exit.jar", TestBundles.withClass("vn.test.exit", "9.990101", "vn.test.exit.Exit", source, true, Map.of()));
            assertTrue(first.exitsWithin(Duration.ofSeconds(60)), "the probe: an activator's System.exit ends the JVM");
        }
        try (RunningPlatform second = new RunningPlatform(data, SHORT_START_LIMIT)) {
            Thread.sleep(1_000); // a deploy-folder scan or two: nothing may start it again
            assertEquals(200, second.get("/api/v1/health").statusCode());
            JsonNode exit = bundleNamed(second, "vn.test.exit").orElseThrow();
            assertEquals("QUARANTINED", exit.get("state").asText(), exit.toString());
            assertTrue(exit.get("problems").toString().contains("quarantined"), exit.toString());
            assertTrue(second.awaitGet("/api/v1/procedures", r -> r.body().contains("2.000815"), Duration.ofSeconds(10))
                    .body().contains("2.000815"), "the other bundles serve");
        }
    }

    @Test
    void aBlockingActivatorIsInterruptedAfterTheLimitAndAdministrationGoesOn() throws Exception {
        String source = """
                package vn.test.block;
                import org.osgi.framework.*;
                public class Block implements BundleActivator {
                    public void start(BundleContext c) throws Exception { Thread.sleep(600_000); }
                    public void stop(BundleContext c) {}
                }
                """;
        try (RunningPlatform platform = new RunningPlatform(temp.resolve("data"), SHORT_START_LIMIT)) {
            byte[] jar = TestBundles.withClass("vn.test.block", "9.990102", "vn.test.block.Block", source, true, Map.of());
            long t0 = System.nanoTime();
            HttpResponse<String> deployed = platform.admin("POST", "/api/v1/admin/bundles?filename=block.jar", jar);
            long millis = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(422, deployed.statusCode(), deployed.body());
            assertTrue(millis < 15_000, "the upload answered after " + millis + " ms");
            assertTrue(deployed.body().contains("interrupted"), deployed.body());

            JsonNode block = bundleNamed(platform, "vn.test.block").orElseThrow();
            assertEquals("QUARANTINED", block.get("state").asText(), block.toString());
            // bundle administration is not frozen: stop and start a sample bundle
            long sample = bundleNamed(platform, "vn.motcua.plugin.chung-thuc").or(() -> firstSample(platform))
                    .orElseThrow().get("id").asLong();
            assertEquals(200, platform.admin("POST", "/api/v1/admin/bundles/" + sample + "/stop", null).statusCode());
            assertEquals(200, platform.admin("POST", "/api/v1/admin/bundles/" + sample + "/start", null).statusCode());
            assertEquals(200, platform.get("/api/v1/health").statusCode());
            assertEquals(204, platform.admin("DELETE", "/api/v1/admin/bundles/" + block.get("id").asLong(), null).statusCode());
        }
    }

    private static Optional<JsonNode> firstSample(RunningPlatform platform) {
        try {
            JsonNode list = JSON.readTree(platform.admin("GET", "/api/v1/admin/bundles", null).body()).get("bundles");
            return StreamSupport.stream(list.spliterator(), false).filter(b -> b.get("origin").asText().equals("deploy")
                    && !b.get("name").asText().startsWith("vn.test")).findFirst();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<JsonNode> bundleNamed(RunningPlatform platform, String name) throws Exception {
        JsonNode list = JSON.readTree(platform.admin("GET", "/api/v1/admin/bundles", null).body()).get("bundles");
        return StreamSupport.stream(list.spliterator(), false).filter(b -> b.get("name").asText().equals(name)).findFirst();
    }
}
