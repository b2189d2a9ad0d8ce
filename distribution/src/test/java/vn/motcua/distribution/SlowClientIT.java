package vn.motcua.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The probe's slow-body and big-JSON attacks against the real platform (decision 1622), bounded in time: 500 sockets
 * from 50 loopback addresses trickle request bodies while health and submissions from 127.0.0.1 keep answering; 40
 * concurrent anonymous JSON submissions with 14 MB of base64 each end in answers, never an OutOfMemoryError.
 */
class SlowClientIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TRICKLERS = 500;
    private static final int ADDRESSES = 50;
    private static final Duration ATTACK = Duration.ofSeconds(20);

    @RegisterExtension
    static final PlatformPerClass running = new PlatformPerClass();

    static String birthSubmission(String attachmentBase64) throws Exception {
        ObjectNode b = (ObjectNode) JSON.readTree(PublicApiIT.submission(PublicApiIT.UNIT, PublicApiIT.BIRTH,
                "{\"name\":\"Trần Thị Mẹ\",\"phone\":\"0912345678\",\"citizenId\":\"001195012345\"}", PublicApiIT.birthForm()));
        b.set("attachments", JSON.readTree("[{\"field\":\"giayChungSinh\",\"name\":\"giay-chung-sinh.pdf\",\"type\":\"application/pdf\",\"contentBase64\":\""
                + attachmentBase64 + "\"}]"));
        return JSON.writeValueAsString(b);
    }

    @Test
    void healthAndSubmissionsKeepAnsweringWhile500ClientsTrickleBodies() throws Exception {
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < TRICKLERS; i++) {
                Socket s = new Socket();
                s.bind(new InetSocketAddress("127.0.0." + (2 + i % ADDRESSES), 0));
                s.connect(new InetSocketAddress("127.0.0.1", running.platform().port), 2_000);
                OutputStream out = s.getOutputStream();
                out.write(("POST /api/v1/dossiers HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        // under the large-body memory budget: only the data rate and per-client limits apply
                        + "Content-Length: 100000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                sockets.add(s);
            }
            String small = birthSubmission(PublicApiIT.pdfBase64(2048));
            List<String> failures = new ArrayList<>();
            int healthChecks = 0;
            int submissions = 0;
            int cut = 0;
            long begin = System.nanoTime();
            long end = begin + ATTACK.toNanos();
            // Jetty judges a body's data rate from its second chunk on: during the first seconds the 500 bodies may
            // still hold the threads. From then on every check must pass (a loaded CI machine made the first one late).
            long judged = begin + TimeUnit.SECONDS.toNanos(4);
            long nextTrickle = 0;
            while (System.nanoTime() < end) {
                if (System.nanoTime() >= nextTrickle) {
                    cut = trickle(sockets);
                    nextTrickle = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
                }
                long t0 = System.nanoTime();
                try {
                    HttpResponse<String> health = running.platform().get("/api/v1/health");
                    long ms = (System.nanoTime() - t0) / 1_000_000;
                    if ((health.statusCode() != 200 || ms > 3_000) && t0 > judged) {
                        failures.add("health " + health.statusCode() + " after " + ms + " ms");
                    }
                } catch (IOException e) {
                    if (t0 > judged) {
                        failures.add("health failed after " + (System.nanoTime() - t0) / 1_000_000 + " ms: " + e);
                    }
                }
                healthChecks++;
                if (healthChecks % 8 == 0) {
                    HttpResponse<String> r = running.platform().postJson("/api/v1/dossiers", small, Map.of());
                    if (r.statusCode() != 201) {
                        failures.add("submission " + r.statusCode() + " " + r.body());
                    }
                    submissions++;
                }
                Thread.sleep(200);
            }
            assertTrue(failures.isEmpty(), failures.size() + " failures of " + healthChecks + " checks: " + failures);
            assertTrue(healthChecks >= 40 && submissions >= 5, healthChecks + " checks, " + submissions + " submissions");
            assertTrue(cut >= TRICKLERS / 2, "the server cut the trickling clients (minimum data rate): " + cut + " of " + TRICKLERS);
        } finally {
            for (Socket s : sockets) {
                s.close();
            }
        }
    }

    /** Sends one more byte on every socket still open; returns how many the server has closed. */
    private static int trickle(List<Socket> sockets) {
        int closed = 0;
        for (Socket s : sockets) {
            try {
                s.setSoTimeout(1);
                if (s.getInputStream().available() > 0 || s.isInputShutdown()) {
                    closed++; // an answer (408/429) came back: the server gave up on it
                    continue;
                }
                s.getOutputStream().write(' ');
                s.getOutputStream().flush();
            } catch (IOException e) {
                closed++;
            }
        }
        return closed;
    }

    @Test
    void concurrentBigJsonSubmissionsAreAnsweredNeverWithAnInternalError() throws Exception {
        byte[] big = birthSubmission(PublicApiIT.pdfBase64(10 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8); // 14 MB of base64, one copy for all
        int clients = 40;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<String> bad = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                all.add(pool.submit(() -> {
                    HttpResponse<String> r = running.platform().send("POST", "/api/v1/dossiers", big, Map.of("Content-Type", "application/json"));
                    statuses.merge(r.statusCode(), 1, Integer::sum);
                    if (r.statusCode() >= 500 && r.statusCode() != 503 || r.body().contains("OutOfMemory") || r.body().contains("Exception")) {
                        bad.add(r.statusCode() + " " + r.body().substring(0, Math.min(300, r.body().length())));
                    }
                    return null;
                }));
            }
            for (Future<?> f : all) {
                try {
                    f.get(4, TimeUnit.MINUTES);
                } catch (java.util.concurrent.ExecutionException e) {
                    // the server may close a connection whose body it refused to read (429/503 with Connection: close)
                    statuses.merge(-1, 1, Integer::sum);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(bad.isEmpty(), "internal errors: " + bad + " statuses " + statuses);
        assertTrue(statuses.getOrDefault(201, 0) + statuses.getOrDefault(422, 0) >= 1, "some were processed: " + statuses);
        assertEquals(200, running.platform().get("/api/v1/health").statusCode());
        assertFalse(running.platform().logText().contains("OutOfMemoryError"), "no OutOfMemoryError in the log");
    }
}
