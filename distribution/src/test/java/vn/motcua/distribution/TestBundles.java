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

    /**
     * A procedure bundle with a small valid descriptor of {@code code} plus one Java class compiled here from
     * {@code source}: as Bundle-Activator when {@code activator} is true. {@code headers} are added to (and may
     * replace) the manifest, e.g. an Import-Package of a platform package.
     */
    static byte[] withClass(String symbolicName, String code, String className, String source, boolean activator,
                            java.util.Map<String, String> headers) {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", symbolicName);
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Motcua-Procedures", "procedures/*.yaml");
        a.putValue("Require-Capability", "osgi.extender;filter:=\"(&(osgi.extender=motcua.procedures)(version>=1.0)(!(version>=2.0)))\"");
        a.putValue("Import-Package", "org.osgi.framework");
        if (activator) {
            a.putValue("Bundle-Activator", className);
        }
        headers.forEach(a::putValue);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, m)) {
            jar.putNextEntry(new JarEntry("procedures/"));
            jar.closeEntry();
            jar.putNextEntry(new JarEntry("procedures/p.yaml"));
            jar.write(descriptor(code, "1.0", communeWide()).getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
            for (java.util.Map.Entry<String, byte[]> c : compile(className, source).entrySet()) {
                jar.putNextEntry(new JarEntry(c.getKey()));
                jar.write(c.getValue());
                jar.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Compiles one class against this test's class path (which has the OSGi framework API); class files by jar path. */
    static java.util.Map<String, byte[]> compile(String className, String source) throws IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("motcua-test-bundle");
        java.nio.file.Path src = dir.resolve("src/" + className.replace('.', '/') + ".java");
        java.nio.file.Files.createDirectories(src.getParent());
        java.nio.file.Files.writeString(src, source);
        java.nio.file.Path out = dir.resolve("classes");
        javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, null, diagnostics, "--release", "17", "-proc:none", "-classpath",
                System.getProperty("java.class.path"), "-d", out.toString(), src.toString());
        if (rc != 0) {
            throw new IllegalStateException("test bundle class does not compile:\n" + diagnostics);
        }
        java.util.Map<String, byte[]> classes = new java.util.TreeMap<>();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(out)) {
            for (java.nio.file.Path f : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                classes.put(out.relativize(f).toString().replace('\\', '/'), java.nio.file.Files.readAllBytes(f));
            }
        }
        return classes;
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
