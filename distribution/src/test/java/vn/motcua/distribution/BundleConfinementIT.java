package vn.motcua.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Procedure bundles reach only the plugin API (decision 1620): the probe's bundle that read the bootstrap password
 * and imported the storage package, as a test against the real running.platform().
 */
class BundleConfinementIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final PlatformPerClass running = new PlatformPerClass();

    @Test
    void aBundleImportingTheStoragePackageIsRefusedWithTheRule() throws Exception {
        byte[] jar = TestBundles.withClass("vn.test.storage.importer", "9.990001", "vn.test.si.Probe",
                "package vn.test.si; public class Probe {}", false,
                Map.of("Import-Package", "org.osgi.framework,vn.motcua.storage"));
        HttpResponse<String> r = running.platform().admin("POST", "/api/v1/admin/bundles?filename=importer.jar", jar);
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.body().contains("vn.motcua.storage") && r.body().contains("vn.motcua.api"), r.body());
        assertFalse(bundleNamed("vn.test.storage.importer").isPresent(), "a refused bundle is not left installed");
    }

    @Test
    void aBundleRequiringAPlatformBundleOrAttachingToItIsRefused() throws Exception {
        byte[] requires = TestBundles.withClass("vn.test.requires.storage", "9.990002", "vn.test.rs.Probe",
                "package vn.test.rs; public class Probe {}", false, Map.of("Require-Bundle", "motcua-storage"));
        assertEquals(422, running.platform().admin("POST", "/api/v1/admin/bundles?filename=requires.jar", requires).statusCode());
        byte[] fragment = TestBundles.withClass("vn.test.fragment.security", "9.990003", "vn.test.fs.Probe",
                "package vn.test.fs; public class Probe {}", false, Map.of("Fragment-Host", "motcua-security"));
        HttpResponse<String> r = running.platform().admin("POST", "/api/v1/admin/bundles?filename=fragment.jar", fragment);
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
    }

    @Test
    void anActivatorFindsNeitherTheBootstrapPasswordNorPlatformServicesAndIsFlagged() throws Exception {
        Path report = running.folder().resolve("probe-report.txt");
        String source = """
                package vn.test.probe;
                import java.nio.file.*;
                import org.osgi.framework.*;
                public class Probe implements BundleActivator {
                    public void start(BundleContext c) throws Exception {
                        StringBuilder out = new StringBuilder();
                        out.append("env=").append(System.getenv("MOTCUA_ADMIN_PASSWORD")).append('\\n');
                        out.append("property=").append(c.getProperty("motcua.admin.password")).append('\\n');
                        out.append("environ=").append(new String(Files.readAllBytes(Paths.get("/proc/self/environ")))
                                .contains("%s")).append('\\n');
                        ServiceReference<?>[] all = c.getAllServiceReferences(null, null);
                        if (all != null) {
                            for (ServiceReference<?> r : all) {
                                out.append("service=").append(String.join(",", (String[]) r.getProperty(Constants.OBJECTCLASS))).append('\\n');
                            }
                        }
                        Files.writeString(Paths.get("%s"), out.toString());
                    }
                    public void stop(BundleContext c) {}
                }
                """.formatted(RunningPlatform.ADMIN_PASSWORD, report.toString().replace("\\", "\\\\"));
        byte[] jar = TestBundles.withClass("vn.test.probe", "9.990004", "vn.test.probe.Probe", source, true, Map.of());
        HttpResponse<String> r = running.platform().admin("POST", "/api/v1/admin/bundles?filename=probe.jar", jar);
        assertEquals(201, r.statusCode(), r.body());
        String seen = Files.readString(report);
        assertTrue(seen.contains("env=null\n"), seen);
        assertTrue(seen.contains("property=null\n"), seen);
        assertTrue(seen.contains("environ=false\n"), "the password is not in the process environment: " + seen);
        assertFalse(seen.contains("vn.motcua.storage") || seen.contains("vn.motcua.security") || seen.contains("Supplier")
                || seen.contains("vn.motcua.engine") || seen.contains("vn.motcua.runtime"), "platform services are hidden: " + seen);

        JsonNode probe = bundleNamed("vn.test.probe").orElseThrow();
        assertEquals("ACTIVE", probe.get("state").asText());
        assertTrue(probe.get("warnings").toString().contains("Bundle-Activator"), probe.toString());
        // the platform still logs the administrator in with the password given at the first start
        assertEquals(200, running.platform().login("admin", RunningPlatform.ADMIN_PASSWORD).status());
    }

    @Test
    void theSampleBundlesWithHooksStillResolveUnderTheConfinement() throws Exception {
        JsonNode list = JSON.readTree(running.platform().admin("GET", "/api/v1/admin/bundles", null).body()).get("bundles");
        var samples = StreamSupport.stream(list.spliterator(), false).filter(b -> b.get("origin").asText().equals("deploy")
                && !b.get("name").asText().startsWith("vn.test")).toList();
        assertEquals(5, samples.size(), samples.toString());
        samples.forEach(b -> assertEquals("ACTIVE", b.get("state").asText(), b.toString()));
        samples.forEach(b -> assertEquals(0, b.get("warnings").size(), "samples use DS, no activator: " + b));
        assertEquals(200, running.platform().get("/api/v1/procedures/1.001193?unit=00070").statusCode(), "the birth bundle with a hook serves");
    }

    private static java.util.Optional<JsonNode> bundleNamed(String name) throws Exception {
        JsonNode list = JSON.readTree(running.platform().admin("GET", "/api/v1/admin/bundles", null).body()).get("bundles");
        return StreamSupport.stream(list.spliterator(), false).filter(b -> b.get("name").asText().equals(name)).findFirst();
    }
}
