package vn.motcua.distribution;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Small procedure bundles made on the fly, for lifecycle variants (v1, v2, broken, conflicting) that the real
 * sample bundles cannot all be. Their manifests carry the same headers the plugins parent POM gives real bundles.
 */
final class TestBundles {

    private TestBundles() {
    }

    static byte[] bundle(String symbolicName, String version, String descriptorName, String descriptor) {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", symbolicName);
        a.putValue("Bundle-Version", version);
        a.putValue("Motcua-Procedures", "procedures/*.yaml");
        a.putValue("Require-Capability", "osgi.extender;filter:=\"(&(osgi.extender=motcua.procedures)(version>=1.0)(!(version>=2.0)))\"");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, m)) {
            jar.putNextEntry(new JarEntry("procedures/"));
            jar.closeEntry();
            jar.putNextEntry(new JarEntry("procedures/" + descriptorName));
            jar.write(descriptor.getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A small valid descriptor: code, version and applicability vary, the rest is a plausible one-step procedure. */
    static String descriptor(String code, String version, String applicability) {
        return """
                schemaVersion: 1
                code: "%s"
                name: Thủ tục thử nghiệm %s
                field: Thử nghiệm
                version: "%s"
                applicability:
                %s
                disclosure:
                  legalBasis: [Văn bản thử nghiệm]
                  timeLimit: {unit: working_days, amount: 2}
                  channels: [counter, online]
                  resultChannels: [counter]
                  onlineMode: partial
                form:
                  fields:
                    - id: hoTen
                      label: Họ và tên
                      type: text
                      required: true
                steps:
                  - id: xu-ly
                    name: Xử lý hồ sơ
                    role: specialist
                    budget: {unit: working_hours, amount: 8}
                    actions:
                      - {action: approve}
                      - {action: reject}
                """.formatted(code, code, version, applicability.indent(2).stripTrailing());
    }

    static String communeWide() {
        return "level: commune";
    }

    static String units(String... codes) {
        return "level: commune\nunits: [" + String.join(", ", java.util.Arrays.stream(codes).map(c -> "\"" + c + "\"").toList()) + "]";
    }
}
