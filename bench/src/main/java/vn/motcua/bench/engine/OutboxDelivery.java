package vn.motcua.bench.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import vn.motcua.channels.internal.HttpSmsTransport;
import vn.motcua.channels.internal.SmsGatewaySimulator;
import vn.motcua.outbox.internal.OutboxPass;
import vn.motcua.outbox.spi.Transport;
import vn.motcua.storage.OutboxRecord;
import vn.motcua.storage.internal.DatabaseSettings;
import vn.motcua.storage.internal.JdbiDossierStore;

/**
 * Outbox delivery rate (issue 11, target ≥ 500 messages/s): {@code messages} SMS written to the outbox of a durable H2 file,
 * then delivered by the real worker round ({@link OutboxPass}: claims, parallel delivery, recorded outcomes) through the
 * real HTTP adapter to the gateway simulator on the loopback interface, which honours idempotency keys.
 *
 * <pre>java -cp bench/target/benchmarks.jar vn.motcua.bench.engine.OutboxDelivery &lt;messages&gt; [threads=8] [batch=200]</pre>
 */
public final class OutboxDelivery {

    public static void main(String[] args) throws Exception {
        int messages = Integer.parseInt(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Path dir = Files.createTempDirectory("motcua-outbox-bench");
        ExecutorService deliveries = Executors.newFixedThreadPool(threads);
        try (JdbiDossierStore store = JdbiDossierStore.open(DatabaseSettings.h2File(dir), dir);
             SmsGatewaySimulator gateway = SmsGatewaySimulator.start(0)) {
            Transport sms = new HttpSmsTransport(gateway.uri(), null, Duration.ofSeconds(5));
            OutboxPass pass = new OutboxPass(store, c -> Optional.of(sms), () -> List.of("SMS"), deliveries, Clock.systemUTC(),
                    OutboxPass.Settings.of("bench", batch, Duration.ofSeconds(10), Duration.ofSeconds(30), 8));
            enqueue(store, 2_000);
            pass.drain(); // warm-up: JIT, connections
            int before = gateway.received().size();
            enqueue(store, messages);
            // CPU per message survives a shared machine (the simulator runs in this process too, so it is included).
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            int attempted = pass.drain();
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpuMillis = (os.getProcessCpuTime() - cpu0) / 1e6 / messages;
            int delivered = gateway.received().size() - before;
            long sent = store.inTransaction(tx -> tx.outbox().countByStatus()).getOrDefault(OutboxRecord.SENT, 0L);
            System.out.printf("messages=%d delivered=%d attempted=%d threads=%d batch=%d time=%.2fs messages/s=%.0f cpu/message=%.2fms"
                    + " sent(total)=%d load=%.1f%n", messages, delivered, attempted, threads, batch, seconds, delivered / seconds, cpuMillis,
                    sent, os.getSystemLoadAverage());
        } finally {
            deliveries.shutdownNow();
        }
    }

    private static void enqueue(JdbiDossierStore store, int n) {
        Instant now = Instant.now();
        for (int from = 0; from < n; from += 1000) {
            int to = Math.min(n, from + 1000);
            int start = from;
            store.inTransaction(tx -> {
                for (int i = start; i < to; i++) {
                    tx.outbox().insert(OutboxRecord.pending(UUID.randomUUID().toString(), "H26.00004-261204-" + i, "SMS", "0912345678",
                            "received", null, "Ho so H26.00004-261204-" + i + " da duoc tiep nhan, hen tra ket qua 16:00 ngay 08/12/2026.", now));
                }
                return null;
            });
        }
    }
}
