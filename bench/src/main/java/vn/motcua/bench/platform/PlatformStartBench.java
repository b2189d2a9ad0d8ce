package vn.motcua.bench.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Load driver for the platform foundation figures: time from process start to the first 200 on /api/v1/health
 * with all sample bundles active, RSS after start, and time from a jar landing in deploy/ to its new version
 * being served. Starts the real bin/motcua of the assembled distribution.
 *
 * <pre>
 * mvn -B -Pquick install
 * java -cp bench/target/classes vn.motcua.bench.platform.PlatformStartBench distribution/target/motcua 5
 * </pre>
 */
public final class PlatformStartBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();

    private PlatformStartBench() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args.length > 0 ? args[0] : "distribution/target/motcua").toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Long> firstStart = new ArrayList<>();
        List<Long> restart = new ArrayList<>();
        List<Long> rss = new ArrayList<>();
        List<Long> deploy = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Path data = Files.createTempDirectory("motcua-bench");
            try {
                // first start of a fresh data folder (installs the samples), then a restart on the same folder
                firstStart.add(startAndMeasure(home, data, null, null));
                long[] rssAndDeploy = new long[2];
                restart.add(startAndMeasure(home, data, rssAndDeploy, "deploy"));
                rss.add(rssAndDeploy[0]);
                deploy.add(rssAndDeploy[1]);
            } finally {
                deleteTree(data);
            }
        }
        System.out.printf("first start to health 200 (ms): %s%n", summary(firstStart));
        System.out.printf("restart to health 200 (ms):     %s%n", summary(restart));
        System.out.printf("RSS after start (MB):           %s%n", summary(rss));
        System.out.printf("deploy/ jar to new version served (ms): %s%n", summary(deploy));
    }

    private static long startAndMeasure(Path home, Path data, long[] rssAndDeploy, String deployProbe) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(home.resolve("bin/motcua").toString(), "--port", Integer.toString(port), "--data-dir", data.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            URI health = URI.create("http://127.0.0.1:" + port + "/api/v1/health");
            while (status(health) != 200) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("motcua exited with " + p.exitValue());
                }
                Thread.sleep(5);
            }
            long startMillis = (System.nanoTime() - t0) / 1_000_000;
            if (rssAndDeploy != null) {
                Thread.sleep(1000); // let start-up threads settle before reading RSS
                rssAndDeploy[0] = rssMegabytes(p.pid());
                rssAndDeploy[1] = deployLatency(home, data, port);
            }
            return startMillis;
        } finally {
            p.destroy();
            p.waitFor();
        }
    }

    /** Writes the chung-thuc sample under a new Bundle-Version into deploy/ and waits until the catalogue serves it. */
    private static long deployLatency(Path home, Path data, int port) throws Exception {
        Path sample;
        try (Stream<Path> s = Files.list(data.resolve("deploy"))) {
            sample = s.filter(f -> f.getFileName().toString().contains("chung-thuc-0")).findFirst().orElseThrow();
        }
        String version = "9.9." + (System.currentTimeMillis() % 1_000_000_000L); // OSGi micro must fit an int
        Path tmp = sample.resolveSibling("bench.part");
        Files.write(tmp, withVersion(Files.readAllBytes(sample), version));
        URI catalogue = URI.create("http://127.0.0.1:" + port + "/api/v1/procedures");
        long t0 = System.nanoTime();
        Files.move(tmp, sample, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        while (!body(catalogue).contains("\"bundleVersion\":\"" + version + "\"")) {
            if ((System.nanoTime() - t0) > Duration.ofSeconds(10).toNanos()) {
                throw new IllegalStateException("update not visible within 10 s");
            }
            Thread.sleep(2);
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static byte[] withVersion(byte[] jar, String version) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        try (var in = new java.util.jar.JarInputStream(new java.io.ByteArrayInputStream(jar))) {
            var manifest = in.getManifest();
            manifest.getMainAttributes().putValue("Bundle-Version", version);
            try (var jarOut = new java.util.jar.JarOutputStream(out, manifest)) {
                for (var e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                    jarOut.putNextEntry(new java.util.jar.JarEntry(e.getName()));
                    in.transferTo(jarOut);
                    jarOut.closeEntry();
                }
            }
        }
        return out.toByteArray();
    }

    private static long rssMegabytes(long pid) throws IOException {
        // bin/motcua execs java, so the pid is the JVM's
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    private static int status(URI uri) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMillis(500)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String body(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String summary(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return "min " + sorted.get(0) + ", median " + sorted.get(sorted.size() / 2) + ", max " + sorted.get(sorted.size() - 1)
                + " (n=" + sorted.size() + ")";
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
