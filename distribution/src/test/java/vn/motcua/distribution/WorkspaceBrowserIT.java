package vn.motcua.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The officer workspace and admin console in a real browser: headless Debian Chromium at a 1024×768 tablet viewport
 * driven by playwright-core, axe-core on every page visited ({@code src/test/browser/workspace.mjs}); the browser
 * tools come from the cache that {@code setup.sh} fills, exactly as for {@link PortalBrowserIT}.
 */
class WorkspaceBrowserIT {

    @Test
    void anOfficerTakesACounterDossierThroughTwoAgenciesAndAnAdministratorSwitchesAProcedureOff(@TempDir Path dir) throws Exception {
        String cache = PortalBrowserIT.run(dir.resolve("setup.log"), Duration.ofMinutes(10), Map.of(), "bash",
                PortalBrowserIT.BROWSER.resolve("setup.sh").toString()).strip();
        try (RunningPlatform platform = new RunningPlatform(dir.resolve("data"), Map.of("JAVA_OPTS", "-Xmx512m -XX:TieredStopAtLevel=1"))) {
            assertEquals(200, platform.awaitGet("/api/v1/procedures/1.013225?unit=00070", r -> r.statusCode() == 200,
                    Duration.ofSeconds(60)).statusCode());
            assertEquals(200, platform.awaitGet("/api/v1/procedures/MAU.HKD001?unit=00070", r -> r.statusCode() == 200,
                    Duration.ofSeconds(60)).statusCode());
            WorkspaceJourneyIT.account(platform, "mc.b70", "00070", "ONE_STOP_OFFICER");
            WorkspaceJourneyIT.account(platform, "cv.bsxd", "SXD", "SPECIALIST");
            WorkspaceJourneyIT.account(platform, "ld.b70", "00070", "LEADER");
            Path jar = dir.resolve("motcua-plugin-ho-kinh-doanh-0.2.0.jar");
            Files.write(jar, AdminConsoleIT.nextVersion(platform.home));
            Map<String, String> env = new HashMap<>();
            env.put("BROWSER_CACHE", cache.lines().reduce((x, y) -> y).orElse(cache));
            env.put("STAFF_PASSWORD", WorkspaceJourneyIT.PW);
            env.put("ADMIN_PASSWORD", RunningPlatform.ADMIN_PASSWORD);
            env.put("BUNDLE_JAR", jar.toString());
            env.put("SHOTS", Path.of("target/browser-shots").toAbsolutePath().toString());
            String out = PortalBrowserIT.run(dir.resolve("workspace.log"), Duration.ofMinutes(5), env, "node",
                    PortalBrowserIT.BROWSER.resolve("workspace.mjs").toString(), "http://127.0.0.1:" + platform.port);
            assertTrue(out.contains("PASS workspace journey"), out);
        }
    }
}
