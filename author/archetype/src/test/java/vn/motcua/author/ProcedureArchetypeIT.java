package vn.motcua.author;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guide's path from outside this repository, as an author takes it: generate a project from the archetype in an
 * empty folder and build it (compile, bnd, the kit's tests, jar). Nothing of the reactor is on its class path.
 *
 * <p>How the outside build gets our artifacts although CI runs {@code mvn verify} (no install): this test seeds a
 * fresh local repository ({@code -Dmaven.repo.local}) with the reactor's freshly built jars and POMs (parent, API,
 * descriptor reader, test kit, BOM, archetype), and a settings file makes the machine's own local repository the
 * first remote ({@code central} redefined as a {@code file:} URL) for third-party artifacts, so the nested builds never
 * write to the shared {@code ~/.m2}. Maven Central itself is the second remote: on a fresh machine the reactor has not
 * downloaded what only an outside project uses (the archetype plugin, the default plugin versions), and an author's
 * machine would fetch them from there too.
 */
class ProcedureArchetypeIT {
    private static final Duration BUILD_LIMIT = Duration.ofMinutes(8);

    @TempDir
    Path temp;

    private final Path root = Path.of(System.getProperty("motcua.root", "../..")).toAbsolutePath().normalize();
    private final String version = System.getProperty("motcua.version", "0.1.0-SNAPSHOT");

    @Test
    void aProjectFromTheArchetypeBuildsTestsAndCarriesTheProcedureHeaders() throws Exception {
        Path repo = temp.resolve("repo");
        seed(repo, "motcua-parent", root.resolve("pom.xml"), null);
        seed(repo, "motcua-api", root.resolve("core/api/pom.xml"), root.resolve("core/api/target/motcua-api-" + version + ".jar"));
        seed(repo, "motcua-descriptor", root.resolve("core/descriptor/pom.xml"),
                root.resolve("core/descriptor/target/motcua-descriptor-" + version + ".jar"));
        seed(repo, "motcua-calendar", root.resolve("core/calendar/pom.xml"),
                root.resolve("core/calendar/target/motcua-calendar-" + version + ".jar"));
        seed(repo, "motcua-testkit", root.resolve("core/testkit/pom.xml"), root.resolve("core/testkit/target/motcua-testkit-" + version + ".jar"));
        seed(repo, "motcua-procedure-bom", root.resolve("author/bom/pom.xml"), null);
        seed(repo, "motcua-procedure-archetype", root.resolve("author/archetype/pom.xml"),
                root.resolve("author/archetype/target/motcua-procedure-archetype-" + version + ".jar"));
        Path settings = settings(temp.resolve("settings.xml"));
        Path work = Files.createDirectories(temp.resolve("work"));

        long started = System.nanoTime();
        run(work, temp.resolve("generate.log"), settings, repo, "org.apache.maven.plugins:maven-archetype-plugin:3.4.1:generate",
                "-DinteractiveMode=false", "-DarchetypeGroupId=vn.motcua", "-DarchetypeArtifactId=motcua-procedure-archetype",
                "-DarchetypeVersion=" + version, "-DgroupId=vn.example.hoankiem", "-DartifactId=ket-hon",
                "-Dversion=1.0.0", "-Dpackage=vn.example.hoankiem.kethon", "-DprocedureCode=1.000894",
                "-DprocedureName=Đăng ký kết hôn");
        Path project = work.resolve("ket-hon");
        assertTrue(Files.isRegularFile(project.resolve("src/main/resources/procedures/thu-tuc.yaml")));
        assertTrue(Files.readString(project.resolve("src/main/resources/procedures/thu-tuc.yaml")).contains("code: \"1.000894\""));

        Path build = temp.resolve("build.log");
        run(project, build, settings, repo, "verify");
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        String log = Files.readString(build);
        assertTrue(log.contains("Tests run: 5, Failures: 0, Errors: 0"), "the kit's tests ran:\n" + tail(log));

        try (JarFile jar = new JarFile(project.resolve("target/ket-hon-1.0.0.jar").toFile())) {
            Attributes main = jar.getManifest().getMainAttributes();
            assertEquals("procedures/*.yaml", main.getValue("Motcua-Procedures"), "@ProcedureBundle wrote the header");
            assertTrue(main.getValue("Require-Capability").contains("osgi.extender=motcua.procedures"),
                    main.getValue("Require-Capability"));
            assertTrue(main.getValue("Service-Component").contains("IssueDateValidator"), main.getValue("Service-Component"));
            assertTrue(jar.getEntry("procedures/thu-tuc.yaml") != null);
        }
        System.out.println("ProcedureArchetypeIT: generate + verify of a new bundle took " + seconds + " s");
    }

    /** Puts a POM (and jar) where a local repository keeps vn.motcua:artifactId:version. */
    private void seed(Path repo, String artifactId, Path pom, Path jar) throws IOException {
        Path dir = Files.createDirectories(repo.resolve("vn/motcua/" + artifactId + "/" + version));
        Files.copy(pom, dir.resolve(artifactId + "-" + version + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        if (jar != null) {
            assertTrue(Files.isRegularFile(jar), jar + " is built before this test (reactor order)");
            Files.copy(jar, dir.resolve(artifactId + "-" + version + ".jar"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path settings(Path file) throws IOException {
        String machineRepo = Path.of(System.getProperty("user.home"), ".m2", "repository").toUri().toString();
        // "central" is redefined as the machine's repository (a local repository has no checksums); what it lacks comes
        // from Maven Central, declared second.
        String machine = "<id>central</id><url>" + machineRepo + "</url>"
                + "<releases><checksumPolicy>ignore</checksumPolicy></releases><snapshots><enabled>false</enabled></snapshots>";
        String online = "<id>maven-central</id><url>https://repo.maven.apache.org/maven2</url><snapshots><enabled>false</enabled></snapshots>";
        Files.writeString(file, """
                <settings>
                  <profiles><profile><id>machine-local</id>
                    <repositories><repository>%s</repository><repository>%s</repository></repositories>
                    <pluginRepositories><pluginRepository>%s</pluginRepository><pluginRepository>%s</pluginRepository></pluginRepositories>
                  </profile></profiles>
                  <activeProfiles><activeProfile>machine-local</activeProfile></activeProfiles>
                </settings>
                """.formatted(machine, online, machine, online), StandardCharsets.UTF_8);
        return file;
    }

    private static void run(Path dir, Path log, Path settings, Path repo, String... goals) throws Exception {
        Path mvn = Path.of(System.getProperty("maven.home", "/usr/share/maven"), "bin", "mvn");
        List<String> command = new ArrayList<>(List.of(mvn.toString(), "-B", "-s", settings.toString(),
                "-Dmaven.repo.local=" + repo, "-Dstyle.color=never"));
        command.addAll(List.of(goals));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(BUILD_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("mvn " + String.join(" ", goals) + " did not finish in " + BUILD_LIMIT);
        }
        assertEquals(0, process.exitValue(), "mvn " + String.join(" ", goals) + " failed:\n" + tail(Files.readString(log)));
    }

    private static String tail(String log) {
        try (Stream<String> lines = log.lines()) {
            List<String> all = lines.toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - 60), all.size()));
        }
    }
}
