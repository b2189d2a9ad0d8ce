package vn.motcua.bench.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * Load driver for the citizen side over HTTP: N concurrent clients on loopback, each sending requests back to back
 * for a fixed time after a warm-up; prints requests per second, p50 and p99 latency and errors.
 *
 * <pre>
 * java -cp bench/target/classes vn.motcua.bench.http.CitizenLoad http://127.0.0.1:8080 submit 64 20
 * java -cp bench/target/classes vn.motcua.bench.http.CitizenLoad http://127.0.0.1:8080 search 64 20
 * java -cp bench/target/classes vn.motcua.bench.http.CitizenLoad http://127.0.0.1:8080 page 64 20
 * java -cp bench/target/classes vn.motcua.bench.http.CitizenLoad http://127.0.0.1:8080 submit 64 20 500
 * </pre>
 * {@code submit}: online birth registrations (1.001193 at ward 00070) with a 2 KB PDF attachment through
 * {@code POST /api/v1/dossiers}; {@code search}: {@code GET /api/v1/procedures?unit=00070&q=dang ky khai sinh};
 * {@code page}: the portal's catalogue page with the same search.
 * <p>
 * The optional fifth argument {@code <rate>} (total requests per second) switches to an open loop: the same number
 * of clients (connections, at most one request in flight each), client i sending on its own fixed schedule of
 * rate/clients requests per second, the clients' schedules staggered evenly over one interval. Latency is counted
 * from each request's intended send time, so a request delayed by a slow predecessor carries that delay
 * (coordinated-omission correction, as in wrk2); the line also shows the p99 of pure service time (response minus
 * actual send) and the requests still unsent when the window closed. Use it to judge a latency objective at a given
 * offered load: a closed loop only measures saturation, where queueing fixes mean latency = clients / throughput.
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
        Target target = new Target(http, base, mode, pdf);
        if (args.length > 4) {
            double rate = rate(args[4]);
            // warm up at the measured rate so the JIT and the pools settle under the load being judged
            runOpen(target, clients, 5, rate);
            System.out.println(runOpen(target, clients, seconds, rate));
            return;
        }
        runClosed(target, clients, 5, false);
        runClosed(target, clients, seconds, true);
    }

    private static double rate(String arg) {
        double rate = Double.parseDouble(arg);
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("rate must be a positive number of requests per second: " + arg);
        }
        return rate;
    }

    private static void runClosed(Target target, int clients, int seconds, boolean report) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong errors = new AtomicLong();
        Samples[] results = new Samples[clients];
        Thread[] threads = new Thread[clients];
        long[][] latencies = new long[clients][];
        for (int c = 0; c < clients; c++) {
            latencies[c] = new long[200_000]; // far above what one client sends in a run; allocated before the clock starts
        }
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads[c] = new Thread(() -> results[client] = closedClient(target, latencies[client], stop, errors));
            threads[c].setDaemon(true);
            threads[c].start();
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Thread t : threads) {
            t.join(); // also publishes results[c] to this thread
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (!report) {
            return;
        }
        long[] all = sorted(results, Samples::latency);
        int total = all.length;
        System.out.printf("%s: %d clients, %.1f s, %d requests, %.0f req/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, errors %d%n",
                target.mode(), clients, elapsed, total, total / elapsed, percentileMs(all, 0.50), percentileMs(all, 0.99),
                percentileMs(all, 1.0), errors.get());
    }

    /** Sends back to back until told to stop; in a closed loop latency and service time are the same. */
    private static Samples closedClient(Target target, long[] latency, AtomicBoolean stop, AtomicLong errors) {
        int n = 0;
        while (!stop.get()) {
            HttpRequest req = request(target.base(), target.mode(), target.pdf());
            long t0 = System.nanoTime();
            if (!exchange(target.http(), req, target.mode())) {
                errors.incrementAndGet();
            }
            if (n < latency.length) {
                latency[n++] = System.nanoTime() - t0;
            }
        }
        return new Samples(latency, latency, n);
    }

    /** Where and what to send; immutable, so the client threads share nothing mutable but the error counter. */
    private record Target(HttpClient http, String base, String mode, String pdf) {
    }

    /**
     * Request number n (counted over all clients) is due at start + n / rate: client i owns n = i, i + clients,
     * i + 2 clients, ..., which gives each client a fixed interval of clients / rate and staggers the clients by
     * 1 / rate, so the aggregate arrivals are smooth instead of 64 at once.
     */
    private record Schedule(long start, long end, double periodNanos, long scheduled) {

        long intended(long n) {
            // from the start each time, not by adding intervals, so rounding does not drift over a long run
            return start + Math.round(n * periodNanos);
        }
    }

    /** One client's samples: latency from the intended send time and service time from the actual one. */
    private record Samples(long[] latency, long[] service, int count) {
    }

    private static String runOpen(Target target, int clients, int seconds, double rate) throws InterruptedException {
        // the schedule starts after the threads are up, so thread start-up is not counted as lateness
        long start = System.nanoTime() + 100_000_000L;
        long scheduled = (long) Math.ceil(seconds * rate);
        Schedule schedule = new Schedule(start, start + seconds * 1_000_000_000L, 1e9 / rate, scheduled);
        AtomicLong errors = new AtomicLong();
        Samples[] results = new Samples[clients];
        Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads[c] = new Thread(() -> results[client] = openClient(target, schedule, client, clients, errors));
            threads[c].setDaemon(true);
            threads[c].start();
        }
        for (Thread t : threads) {
            t.join(); // also publishes results[c] to this thread
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return openSummary(target.mode(), clients, rate, elapsed, results, scheduled, errors.get());
    }

    private static Samples openClient(Target target, Schedule schedule, int client, int clients, AtomicLong errors) {
        int capacity = (int) (schedule.scheduled() / clients + 1);
        long[] latency = new long[capacity];
        long[] service = new long[capacity];
        int count = 0;
        for (long n = client; n < schedule.scheduled(); n += clients) {
            long intended = schedule.intended(n);
            HttpRequest req = request(target.base(), target.mode(), target.pdf());
            // a client behind schedule sends at once: one request in flight per connection, the delay goes to latency
            sleepUntil(intended);
            long sent = System.nanoTime();
            if (sent >= schedule.end()) {
                break; // a backlog past the window would stretch the run without bound; reported as unsent
            }
            if (!exchange(target.http(), req, target.mode())) {
                errors.incrementAndGet();
            }
            long received = System.nanoTime();
            latency[count] = received - intended;
            service[count] = received - sent;
            count++;
        }
        return new Samples(latency, service, count);
    }

    private static void sleepUntil(long deadline) {
        // parkNanos may wake early (spuriously or by timer slack), so re-check against the clock
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    private static String openSummary(String mode, int clients, double rate, double elapsed, Samples[] results,
            long scheduled, long errors) {
        long[] latency = sorted(results, Samples::latency);
        long[] service = sorted(results, Samples::service);
        int total = latency.length;
        return String.format("%s open loop: %d clients, target %s req/s, %.1f s, %d requests, achieved %.0f req/s, "
                        + "latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms, "
                        + "service p99 %.1f ms, errors %d, unsent %d",
                mode, clients, rateText(rate), elapsed, total, total / elapsed,
                percentileMs(latency, 0.50), percentileMs(latency, 0.90), percentileMs(latency, 0.99),
                percentileMs(latency, 0.999), percentileMs(latency, 1.0), percentileMs(service, 0.99),
                errors, scheduled - total);
    }

    private static long[] sorted(Samples[] results, Function<Samples, long[]> column) {
        int total = Arrays.stream(results).mapToInt(Samples::count).sum();
        long[] all = new long[total];
        int i = 0;
        for (Samples s : results) {
            System.arraycopy(column.apply(s), 0, all, i, s.count());
            i += s.count();
        }
        Arrays.sort(all);
        return all;
    }

    /** Same rank as the closed-loop line (index n * q) so the two modes' percentiles compare like for like. */
    private static double percentileMs(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * q))] / 1e6;
    }

    private static String rateText(double rate) {
        return rate == Math.rint(rate) ? String.format("%.0f", rate) : String.valueOf(rate);
    }

    /** True when the platform answered with the status a success has in this mode. */
    private static boolean exchange(HttpClient http, HttpRequest req, String mode) {
        try {
            HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            int expected = mode.equals("submit") ? 201 : 200;
            return r.statusCode() == expected;
        } catch (Exception e) {
            return false;
        }
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
