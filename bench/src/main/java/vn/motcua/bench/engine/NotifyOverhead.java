package vn.motcua.bench.engine;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.engine.DossierEngine;
import vn.motcua.engine.internal.NotificationFeed;
import vn.motcua.storage.internal.DatabaseSettings;
import vn.motcua.storage.internal.JdbiDossierStore;

/**
 * The cost of notifications (issue 11: at most 15 % of the engine's throughput at 4 threads) measured in one JVM on one
 * H2 file, in alternating blocks of cases without and with notifications. Separate runs of {@link EngineThroughput}
 * minutes apart vary by ±30 % on a shared 2-core machine; two blocks a few seconds apart share the machine's state, so
 * their ratio is what notifications cost.
 *
 * <p>A block with notifications runs the notification feed every 500 ms as the platform does, and once more at its end
 * inside its measured time. The feed follows every event, so that catch-up also reads the events of the block before
 * (without messages): the figure is, if anything, against notifications.
 *
 * <pre>java -XX:+UseSerialGC -cp bench/target/benchmarks.jar vn.motcua.bench.engine.NotifyOverhead &lt;threads&gt; &lt;cases per block&gt; &lt;pairs&gt;</pre>
 *
 * Warm-up: {@code -Dbench.warmup=N} cases of each kind first (default 5,000). {@code -Dbench.sql=...} runs statements
 * first, as in {@link EngineThroughput} (e.g. {@code DROP INDEX ...}). {@code -Dbench.feed=false} leaves the feed out
 * of the blocks (it runs once after the last one, untimed): what the engine's side costs alone, messages in the events
 * but not yet in the outbox.
 */
public final class NotifyOverhead {

    private record Block(double seconds, double cpuMillis, int cases) {
        double casesPerSecond() {
            return cases / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        int perBlock = Integer.parseInt(args[1]);
        int pairs = Integer.parseInt(args[2]);
        int warmup = Integer.getInteger("bench.warmup", 5000);
        Path dir = Files.createTempDirectory("motcua-bench");
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        DatabaseSettings settings = DatabaseSettings.h2File(dir);
        try (JdbiDossierStore store = JdbiDossierStore.open(settings, dir)) {
            DossierEngine engine = EngineThroughput.engine(store);
            EngineThroughput.experimentSql(settings);
            NotificationFeed feed = new NotificationFeed(store, Clock.systemUTC());
            int next = 0;
            for (boolean notify : new boolean[] {false, true}) {
                block(engine, feed, threads, next, warmup, notify, os);
                next += warmup;
            }
            List<Block> off = new ArrayList<>();
            List<Block> on = new ArrayList<>();
            for (int p = 0; p < pairs; p++) {
                // Which kind goes first alternates, so a drift of the machine does not favour one kind.
                for (boolean notify : p % 2 == 0 ? new boolean[] {false, true} : new boolean[] {true, false}) {
                    Block b = block(engine, feed, threads, next, perBlock, notify, os);
                    next += perBlock;
                    (notify ? on : off).add(b);
                    System.out.printf("pair %d notify=%s cases/s=%.0f cpu/case=%.2fms%n", p + 1, notify, b.casesPerSecond(),
                            b.cpuMillis() / b.cases());
                }
            }
            feed.catchUp(); // without -Dbench.feed=false, nothing is left to copy
            long messages = store.inTransaction(tx -> tx.outbox().countByStatus()).values().stream().mapToLong(Long::longValue).sum();
            long expected = 4L * (warmup + (long) pairs * perBlock);
            List<Double> ratios = new ArrayList<>();
            for (int p = 0; p < pairs; p++) {
                ratios.add(on.get(p).casesPerSecond() / off.get(p).casesPerSecond() - 1);
            }
            System.out.printf("threads=%d cases per block=%d pairs=%d%n", threads, perBlock, pairs);
            System.out.printf("cases/s, median: off %.0f, on %.0f; change per pair, median %.1f %% (from %.1f to %.1f %%)%n",
                    median(off.stream().map(Block::casesPerSecond).toList()), median(on.stream().map(Block::casesPerSecond).toList()),
                    100 * median(ratios), 100 * ratios.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                    100 * ratios.stream().mapToDouble(Double::doubleValue).max().orElse(0));
            System.out.printf("all blocks: off %.0f cases/s, on %.0f cases/s: %.1f %%; CPU per case off %.2f ms, on %.2f ms%n",
                    total(off), total(on), 100 * (total(on) / total(off) - 1), cpuPerCase(off), cpuPerCase(on));
            System.out.printf("outbox messages: %,d (4 per case with notifications expected: %,d)%n", messages, expected);
        }
    }

    private static Block block(DossierEngine engine, NotificationFeed feed, int threads, int first, int cases, boolean notify,
                               com.sun.management.OperatingSystemMXBean os) throws Exception {
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        FeedAlongside alongside = FeedAlongside.start(feed, notify && !"false".equals(System.getProperty("bench.feed")));
        EngineThroughput.run(engine, threads, first, cases, null, notify);
        alongside.close(); // the block's work ends when its messages are in the outbox
        return new Block((System.nanoTime() - t0) / 1e9, (os.getProcessCpuTime() - cpu0) / 1e6, cases);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double total(List<Block> blocks) {
        return blocks.stream().mapToInt(Block::cases).sum() / blocks.stream().mapToDouble(Block::seconds).sum();
    }

    private static double cpuPerCase(List<Block> blocks) {
        return blocks.stream().mapToDouble(Block::cpuMillis).sum() / blocks.stream().mapToInt(Block::cases).sum();
    }
}
