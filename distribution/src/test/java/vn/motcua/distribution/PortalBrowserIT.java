package vn.motcua.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The citizen's journey in a real browser: headless Debian Chromium at 390×844 driven by playwright-core, axe-core on
 * every page and after every form step ({@code src/test/browser/journey.mjs}). {@code setup.sh} installs chromium
 * (apt) and the pinned npm packages into a cache outside the repository; no test tool downloads a browser.
 */
class PortalBrowserIT {

    static final String PW = "Mật-khẩu-thử-nghiệm-2026";
    static final Path BROWSER = Path.of("src/test/browser").toAbsolutePath();

    @Test
    void aCitizenFindsSubmitsTracksAnswersAndRatesOnAPhone(@TempDir Path dir) throws Exception {
        String cache = run(dir.resolve("setup.log"), Duration.ofMinutes(10), Map.of(), "bash", BROWSER.resolve("setup.sh").toString()).strip();
        try (RunningPlatform platform = new RunningPlatform(dir.resolve("data"), Map.of("JAVA_OPTS", "-Xmx512m -XX:TieredStopAtLevel=1"))) {
            assertEquals(200, platform.awaitGet("/api/v1/procedures/1.001193?unit=00070", r -> r.statusCode() == 200,
                    Duration.ofSeconds(60)).statusCode());
            Map<String, String> env = new java.util.HashMap<>();
            for (String[] a : new String[][] {{"mc70", "ONE_STOP_OFFICER", "MC_TOKEN"}, {"cv70", "SPECIALIST", "CV_TOKEN"}, {"ld70", "LEADER", "LD_TOKEN"}}) {
                String body = "{\"login\":\"" + a[0] + "\",\"displayName\":\"Cán bộ " + a[0] + "\",\"password\":\"" + PW
                        + "\",\"grants\":[{\"unit\":\"00070\",\"role\":\"" + a[1] + "\"}]}";
                HttpResponse<String> r = platform.admin("POST", "/api/v1/admin/accounts", body.getBytes(StandardCharsets.UTF_8));
                assertEquals(201, r.statusCode(), r.body());
                env.put(a[2], platform.bearer(a[0], PW));
            }
            env.put("BROWSER_CACHE", cache.lines().reduce((x, y) -> y).orElse(cache));
            env.put("SHOTS", Path.of("target/browser-shots").toAbsolutePath().toString());
            String out = run(dir.resolve("journey.log"), Duration.ofMinutes(5), env, "node", BROWSER.resolve("journey.mjs").toString(),
                    "http://127.0.0.1:" + platform.port);
            assertTrue(out.contains("PASS portal journey"), out);
        }
    }

    /** Runs a command, returns its standard output; fails with both outputs when it exits non-zero. */
    static String run(Path log, Duration limit, Map<String, String> env, String... command) throws Exception {
        Path err = log.resolveSibling(log.getFileName() + ".err");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(log.toFile()).redirectError(err.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + limit + ":\n" + Files.readString(log) + Files.readString(err));
        }
        String out = Files.readString(log);
        assertEquals(0, p.exitValue(), String.join(" ", command) + " failed:\n" + out + "\n" + Files.readString(err));
        return out;
    }
}
