package vn.motcua.bench.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load driver for the citizen side over HTTP: N concurrent clients on loopback, each sending requests back to back
 * for a fixed time after a warm-up; prints requests per second, p50 and p99 latency and errors.
 *
 * <pre>
 * java -cp bench/target/classes vn.motcua.bench.http.CitizenLoad http://127.0.0.1:8080 submit 64 20
 * java -cp bench/target/classes vn.motcua.bench.http.CitizenLoad http://127.0.0.1:8080 search 64 20
 * java -cp bench/target/classes vn.motcua.bench.http.CitizenLoad http://127.0.0.1:8080 page 64 20
 * </pre>
 * {@code submit}: online birth registrations (1.001193 at ward 00070) with a 2 KB PDF attachment through
 * {@code POST /api/v1/dossiers}; {@code search}: {@code GET /api/v1/procedures?unit=00070&q=dang ky khai sinh};
 * {@code page}: the portal's catalogue page with the same search.
 */
public final class CitizenLoad {

    private CitizenLoad() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        String mode = args.length > 1 ? args[1] : "search";
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 64;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        String pdf = Base64.getEncoder().encodeToString(pdf(2048));
        run(http, base, mode, clients, 5, pdf, false);
        run(http, base, mode, clients, seconds, pdf, true);
    }

    private static void run(HttpClient http, String base, String mode, int clients, int seconds, String pdf, boolean report)
            throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong errors = new AtomicLong();
        List<long[]> perClient = new ArrayList<>();
        int[] counts = new int[clients];
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            long[] latencies = new long[2_000_000];
            perClient.add(latencies);
            int client = c;
            Thread t = new Thread(() -> {
                int n = 0;
                while (!stop.get()) {
                    HttpRequest req = request(base, mode, pdf);
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        int expected = mode.equals("submit") ? 201 : 200;
                        if (r.statusCode() != expected) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (n < latencies.length) {
                        latencies[n++] = System.nanoTime() - t0;
                    }
                }
                counts[client] = n;
                done.countDown();
            });
            t.setDaemon(true);
            t.start();
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (!report) {
            return;
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int i = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(perClient.get(c), 0, all, i, counts[c]);
            i += counts[c];
        }
        Arrays.sort(all);
        System.out.printf("%s: %d clients, %.1f s, %d requests, %.0f req/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, errors %d%n",
                mode, clients, elapsed, total, total / elapsed, all[total / 2] / 1e6, all[(int) (total * 0.99)] / 1e6,
                all[total - 1] / 1e6, errors.get());
    }

    private static HttpRequest request(String base, String mode, String pdf) {
        return switch (mode) {
            case "submit" -> HttpRequest.newBuilder(URI.create(base + "/api/v1/dossiers")).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(submission(pdf), StandardCharsets.UTF_8)).build();
            case "page" -> HttpRequest.newBuilder(URI.create(base + "/don-vi/00070?q=dang+ky+khai+sinh")).timeout(Duration.ofSeconds(30)).build();
            default -> HttpRequest.newBuilder(URI.create(base + "/api/v1/procedures?unit=00070&q=dang%20ky%20khai%20sinh"))
                    .timeout(Duration.ofSeconds(30)).build();
        };
    }

    private static String submission(String pdf) {
        return "{\"procedure\":\"1.001193\",\"unit\":\"00070\",\"channel\":\"ONLINE\",\"resultChannel\":\"ONLINE\","
                + "\"applicant\":{\"name\":\"Trần Thị Mẹ\",\"phone\":\"0912345678\"},"
                + "\"form\":{\"hoTenTre\":\"Nguyễn Văn Bé\",\"ngaySinhTre\":\"2026-11-20\",\"gioiTinhTre\":\"nam\","
                + "\"noiSinhTre\":\"Bệnh viện Phụ sản Hà Nội\",\"danTocTre\":\"Kinh\",\"quocTichTre\":\"Việt Nam\","
                + "\"chaMe\":[{\"vaiTro\":\"me\",\"hoTen\":\"Trần Thị Mẹ\",\"ngaySinh\":\"1995-01-01\",\"quocTich\":\"Việt Nam\"}],"
                + "\"hoTenNguoiYeuCau\":\"Trần Thị Mẹ\",\"ngaySinh\":\"1995-01-01\",\"soDinhDanh\":\"001195012345\","
                + "\"soDienThoai\":\"0912345678\",\"quanHe\":\"me\",\"camDoan\":true},"
                + "\"attachments\":[{\"field\":\"giayChungSinh\",\"name\":\"gcs.pdf\",\"type\":\"application/pdf\",\"contentBase64\":\"" + pdf + "\"}]}";
    }

    private static byte[] pdf(int size) {
        byte[] b = new byte[size];
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, b, 0, head.length);
        return b;
    }
}
