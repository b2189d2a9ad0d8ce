package vn.motcua.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While clients keep reading the catalogue, one bundle is updated 20 times: no request about another procedure
 * fails, and requests about the swapped one either succeed or get a clean 503 with Retry-After.
 */
class HotSwapUnderLoadIT {

    @TempDir
    Path temp;

    @Test
    void twentyUpdatesUnderReadLoadBreakNothingElse() throws Exception {
        String swapped = "9.900003";
        try (RunningPlatform platform = new RunningPlatform(temp.resolve("data"))) {
            byte[] v0 = TestBundles.bundle("it.swap", "1.0.0", "s.yaml", TestBundles.descriptor(swapped, "0", TestBundles.communeWide()));
            assertEquals(201, platform.admin("POST", "/api/v1/admin/bundles", v0).statusCode());

            List<String> paths = List.of("/api/v1/procedures?unit=00082", "/api/v1/procedures/2.000815?unit=00082",
                    "/api/v1/procedures/" + swapped + "?unit=00082");
            AtomicBoolean running = new AtomicBoolean(true);
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            AtomicInteger requests = new AtomicInteger();
            AtomicInteger unavailable = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(4);
            for (int c = 0; c < 4; c++) {
                clients.submit(() -> {
                    int i = 0;
                    while (running.get()) {
                        String path = paths.get(i++ % paths.size());
                        try {
                            HttpResponse<String> r = platform.get(path);
                            requests.incrementAndGet();
                            boolean aboutSwapped = path.contains(swapped);
                            if (r.statusCode() == 503 && aboutSwapped && r.headers().firstValue("Retry-After").isPresent()) {
                                unavailable.incrementAndGet();
                            } else if (r.statusCode() != 200) {
                                failures.add(path + " -> " + r.statusCode() + " " + r.body());
                            }
                        } catch (Exception e) {
                            failures.add(path + " -> " + e);
                        }
                    }
                    return null;
                });
            }
            for (int v = 1; v <= 20; v++) {
                byte[] jar = TestBundles.bundle("it.swap", "1.0." + v, "s.yaml",
                        TestBundles.descriptor(swapped, Integer.toString(v), TestBundles.communeWide()));
                HttpResponse<String> r = platform.admin("POST", "/api/v1/admin/bundles", jar);
                assertEquals(201, r.statusCode(), r.body());
            }
            running.set(false);
            clients.shutdown();
            assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS));
            assertTrue(failures.isEmpty(), failures.size() + " failed of " + requests.get() + ": " + failures.stream().limit(5).toList());
            assertTrue(requests.get() > 100, "the load really ran: " + requests.get());
            assertTrue(platform.get("/api/v1/procedures/" + swapped + "?unit=00082").body().contains("\"version\":\"20\""));
        }
    }
}
