package vn.motcua.distribution;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The real platform, started by the real {@code bin/motcua} of the assembled distribution, on a free port with a
 * fresh data folder. Tests talk to it over HTTP only.
 */
final class RunningPlatform implements AutoCloseable {

    static final String ADMIN_PASSWORD = "it-admin-password";

    final Path home = Path.of(System.getProperty("motcua.home", "target/motcua")).toAbsolutePath();
    final Path dataDir;
    final int port;
    final Path log;
    private final Process process;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private final Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();

    RunningPlatform(Path dataDir) throws IOException, InterruptedException {
        this(dataDir, Map.of());
    }

    /** @param env extra environment, e.g. {@code JAVA_OPTS} with system properties the platform reads as configuration */
    RunningPlatform(Path dataDir, Map<String, String> env) throws IOException, InterruptedException {
        this(dataDir, env, List.of());
    }

    /** @param options more {@code bin/motcua} options, e.g. {@code --demo} */
    RunningPlatform(Path dataDir, Map<String, String> env, List<String> options) throws IOException, InterruptedException {
        this.dataDir = dataDir;
        this.port = freePort();
        this.log = dataDir.resolveSibling(dataDir.getFileName() + "-" + System.nanoTime() + ".log");
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/motcua").toString(),
                "--port", Integer.toString(port), "--data-dir", dataDir.toString()));
        command.addAll(options);
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("MOTCUA_ADMIN_PASSWORD", ADMIN_PASSWORD);
        pb.environment().putAll(env);
        this.process = pb.start();
        awaitHealthy(Duration.ofSeconds(60));
    }

    private void awaitHealthy(Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("platform exited with " + process.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                if (get("/api/v1/health").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("platform not healthy within " + limit + ":\n" + Files.readString(log));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> admin(String method, String path, byte[] body) throws IOException, InterruptedException {
        return admin(method, path, body, ADMIN_PASSWORD);
    }

    /**
     * A request as the city administrator {@code admin} with {@code password}: logs in once per password, issues a
     * bearer token with that session (cookie + anti-forgery token) and sends the request with the token. A wrong
     * password sends the request without credentials.
     */
    HttpResponse<String> admin(String method, String path, byte[] body, String password) throws IOException, InterruptedException {
        String token = bearer("admin", password);
        Map<String, String> headers = new java.util.HashMap<>();
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (body != null) {
            headers.put("Content-Type", path.contains("/procedures/") || path.contains("/accounts") ? "application/json" : "application/java-archive");
        }
        return send(method, path, body, headers);
    }

    /** Any request, with the given headers. */
    HttpResponse<String> send(String method, String path, byte[] body, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(b::header);
        HttpRequest request = b.build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The JDK client may reuse a pooled connection the server has just closed (after answering a request whose
            // body it did not read); it then sees no bytes at all. Nothing reached the server: send it again, once.
            if (String.valueOf(e.getMessage()).contains("received no bytes")) {
                return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
            throw e;
        }
    }

    /** A logged-in browser session: the cookie value and the anti-forgery token; null fields when the login failed. */
    record Session(int status, String cookie, String csrf, HttpResponse<String> response) {
        Map<String, String> headers() {
            return Map.of("Cookie", "motcua_session=" + cookie, "X-CSRF-Token", csrf);
        }
    }

    Session login(String login, String password) throws IOException, InterruptedException {
        String json = "{\"login\":" + JSON.writeValueAsString(login) + ",\"password\":" + JSON.writeValueAsString(password) + "}";
        HttpResponse<String> r = postJson("/api/v1/auth/login", json, Map.of());
        if (r.statusCode() != 200) {
            return new Session(r.statusCode(), null, null, r);
        }
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        String value = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
        return new Session(200, value, JSON.readTree(r.body()).get("csrfToken").asText(), r);
    }

    /** A bearer token of the account (cached per login and password), or null when the login fails. */
    String bearer(String login, String password) throws IOException, InterruptedException {
        String key = login + "\u0000" + password;
        String cached = tokens.get(key);
        if (cached != null) {
            return cached;
        }
        Session s = login(login, password);
        if (s.status() != 200) {
            return null;
        }
        Map<String, String> headers = new java.util.HashMap<>(s.headers());
        headers.put("Content-Type", "application/json");
        HttpResponse<String> r = send("POST", "/api/v1/auth/tokens", "{\"name\":\"integration test\"}".getBytes(StandardCharsets.UTF_8), headers);
        if (r.statusCode() != 201) {
            throw new IllegalStateException("token not issued: " + r.statusCode() + " " + r.body());
        }
        String token = JSON.readTree(r.body()).get("token").asText();
        tokens.put(key, token);
        return token;
    }

    /** Polls {@code path} until the body satisfies {@code condition}; returns the last response. */
    HttpResponse<String> awaitGet(String path, Predicate<HttpResponse<String>> condition, Duration limit)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        HttpResponse<String> last = get(path);
        while (!condition.test(last) && System.nanoTime() < deadline) {
            Thread.sleep(25);
            last = get(path);
        }
        return last;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    Path deploy() {
        return dataDir.resolve("deploy");
    }

    /** Writes a jar into the deploy folder the way an operator should: a temporary name, then an atomic rename. */
    void drop(String fileName, byte[] jar) throws IOException {
        Path tmp = deploy().resolve(fileName + ".part");
        Files.write(tmp, jar);
        Files.move(tmp, deploy().resolve(fileName), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Whether the platform's process ended by itself within {@code limit}. */
    boolean exitsWithin(Duration limit) throws InterruptedException {
        return process.waitFor(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL: the JVM gets no chance to flush or close anything (bin/motcua execs java, so this is the JVM). */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    HttpResponse<String> postJson(String path, String json, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    String logText() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

}
