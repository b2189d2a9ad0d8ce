package vn.motcua.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.descriptor.DescriptorReader;
import vn.motcua.runtime.deploy.BundleCheck;

/** Issue 12: {@code POST /api/v1/admin/bundles?dryRun=true} shows every problem of a jar without installing it. */
class DryRunTest {

    @TempDir
    Path temp;

    static final String DESCRIPTOR = """
            schemaVersion: 1
            code: "1.000894"
            name: Đăng ký kết hôn
            version: "%s"
            applicability:
              level: commune
            hooks: [validator]
            disclosure:
              timeLimit: {unit: working_hours, amount: 6}
            steps:
              - id: ky
                name: Ký
                unit: %s
                role: leader
                budget: {unit: working_hours, amount: 8}
                actions:
                  - {action: approve}
            """;

    static final String VALIDATOR_COMPONENT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="x.AgeRule">
              <property name="motcua.procedure" type="String" value="%s"/>
              <service><provide interface="vn.motcua.api.hook.FormValidator"/></service>
              <implementation class="x.AgeRule"/>
            </scr:component>
            """;

    static byte[] jar(String version, Map<String, String> entries) throws IOException {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-SymbolicName", "ket-hon");
        a.putValue("Bundle-Version", version);
        a.putValue("Motcua-Procedures", "procedures/*.yaml");
        List<String> components = entries.keySet().stream().filter(k -> k.startsWith("OSGI-INF/")).toList();
        if (!components.isEmpty()) {
            a.putValue("Service-Component", String.join(",", components));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, m)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private DryRun dryRun(ProcedureCatalogue catalogue) {
        return new DryRun(new BundleDescriptors(new DescriptorReader(() -> Set.of("00070", "SXD"))), catalogue);
    }

    private ProcedureCatalogue catalogue() {
        return new ProcedureCatalogue(new UnitSwitches(temp.resolve("switches.properties")));
    }

    @Test
    void everyProblemOfAJarIsShownAndNothingIsRegistered() throws IOException {
        ProcedureCatalogue catalogue = catalogue();
        BundleCheck check = dryRun(catalogue).check("ket-hon.jar",
                jar("1.0.0", Map.of("procedures/ket-hon.yaml", DESCRIPTOR.formatted("1", "UBNDP"))));
        assertFalse(check.deployable());
        assertEquals(1, check.problems().size(), check.problems().toString());
        assertTrue(check.problems().get(0).contains("procedures/ket-hon.yaml:13:") && check.problems().get(0).contains("UBNDP"),
                check.problems().get(0));
        assertTrue(catalogue.all().isEmpty());
        assertTrue(catalogue.reports().isEmpty());
    }

    @Test
    void warningsTellWhatWouldWaitAndWhichHookWouldNotBeUsed() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("procedures/ket-hon.yaml", DESCRIPTOR.formatted("1", "SXD"));
        entries.put("OSGI-INF/x.AgeRule.xml", VALIDATOR_COMPONENT.formatted("1.00894"));
        BundleCheck check = dryRun(catalogue()).check("ket-hon.jar", jar("1.0.0", entries));

        assertTrue(check.deployable(), check.problems().toString());
        assertEquals(List.of("1.000894@1"), check.procedures());
        assertTrue(check.warnings().stream().anyMatch(w -> w.contains("working hours")), "budget: " + check.warnings());
        assertTrue(check.warnings().stream().anyMatch(w -> w.contains("would wait") && w.contains("validator")), check.warnings().toString());
        assertTrue(check.warnings().stream().anyMatch(w -> w.contains("1.00894") && w.contains("no bundle declares")),
                check.warnings().toString());

        entries.put("OSGI-INF/x.AgeRule.xml", VALIDATOR_COMPONENT.formatted("1.000894"));
        BundleCheck fixed = dryRun(catalogue()).check("ket-hon.jar", jar("1.0.0", entries));
        assertTrue(fixed.warnings().stream().noneMatch(w -> w.contains("would wait")), fixed.warnings().toString());
    }

    @Test
    void versionRulesAreAppliedAgainstWhatRuns() throws IOException {
        ProcedureCatalogue catalogue = catalogue();
        DryRun dryRun = dryRun(catalogue);
        BundleDescriptors descriptors = new BundleDescriptors(new DescriptorReader());
        var running = descriptors.inspect("ket-hon.jar", jar("1.0.0",
                Map.of("procedures/ket-hon.yaml", DESCRIPTOR.formatted("2", "SXD")))).declared();
        catalogue.register(5, "ket-hon", running.procedures(), List.of());

        BundleCheck older = dryRun.check("ket-hon.jar", jar("0.9.0", Map.of("procedures/ket-hon.yaml", DESCRIPTOR.formatted("1", "SXD"))));
        assertTrue(older.problems().get(0).contains("rollback"), older.problems().toString());
        BundleCheck changed = dryRun.check("ket-hon.jar", jar("1.0.1",
                Map.of("procedures/ket-hon.yaml", DESCRIPTOR.formatted("2", "SXD").replace("name: Ký", "name: Ký giấy"))));
        assertTrue(changed.problems().get(0).contains("different content"), changed.problems().toString());
    }
}
