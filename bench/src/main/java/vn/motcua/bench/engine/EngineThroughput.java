package vn.motcua.bench.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import vn.motcua.api.procedure.Applicability;
import vn.motcua.api.procedure.Channel;
import vn.motcua.api.procedure.Disclosure;
import vn.motcua.api.procedure.Field;
import vn.motcua.api.procedure.FieldType;
import vn.motcua.api.procedure.Form;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.api.procedure.Role;
import vn.motcua.api.procedure.Step;
import vn.motcua.api.procedure.StepAction;
import vn.motcua.api.procedure.TimeLimit;
import vn.motcua.api.procedure.Transition;
import vn.motcua.api.procedure.UnitLevel;
import vn.motcua.calendar.internal.ConfiguredWorkingCalendar;
import vn.motcua.engine.ActionCommand;
import vn.motcua.engine.Actor;
import vn.motcua.engine.Applicant;
import vn.motcua.engine.DossierAction;
import vn.motcua.engine.DossierEngine;
import vn.motcua.engine.SubmitCommand;
import vn.motcua.engine.internal.OfferedProcedures;
import vn.motcua.engine.internal.StoredDossierEngine;
import vn.motcua.storage.internal.DatabaseSettings;
import vn.motcua.storage.internal.JdbiDossierStore;

/**
 * Engine throughput with durable storage (issue 3): cases per second for submit + accept + 3 steps + result ready +
 * return, on N threads; latency of one submit (p50, p99); database file size after the run. A plain driver rather
 * than JMH because the figure of interest is a whole run against one growing database file.
 *
 * <pre>java -cp bench/target/benchmarks.jar vn.motcua.bench.engine.EngineThroughput &lt;threads&gt; &lt;cases&gt; [h2|postgresql|jdbc-url]</pre>
 *
 * {@code h2} (default) is a durable H2 file in a temporary folder; {@code postgresql} starts an embedded PostgreSQL 17
 * (zonky) in that folder. {@code -Dbench.compact=true} also prints the H2 file size after {@code SHUTDOWN COMPACT};
 * {@code -Dbench.warmup=N} sets the cases run before measuring (default 5,000, enough for the JIT).
 * {@code -Dbench.notify=true} submits with notifications by e-mail and SMS opted in (issue 11): each case then also writes
 * four outbox messages (received and result ready, two channels): carried by the events of its actions and copied to
 * the outbox by the notification feed, which runs every 500 ms during the run and once more at its end (decision 1103). Run it with
 * {@code -XX:+UseSerialGC} to match {@code bin/motcua}.
 */
public final class EngineThroughput {

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        int cases = Integer.parseInt(args[1]);
        Path dir = Files.createTempDirectory("motcua-bench");
        String db = args.length > 2 ? args[2] : "h2";
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres = db.equals("postgresql")
                ? io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pg"))
                        .setCleanDataDirectory(true).start()
                : null;
        DatabaseSettings settings = switch (db) {
            case "h2" -> DatabaseSettings.h2File(dir);
            case "postgresql" -> new DatabaseSettings(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", 16);
            default -> DatabaseSettings.of(db);
        };
        Path dbFile = dir.resolve("db").resolve("motcua.mv.db"); // the H2 file; absent on PostgreSQL
        try (JdbiDossierStore store = JdbiDossierStore.open(settings, dir)) {
            DossierEngine engine = engine(store);
            experimentSql(settings);
            // Warm-up until the JIT has compiled the hot paths: with 200 warm-up cases, compilation still took half of the
            // CPU of a 5,000-case run (5.5 ms of CPU per case against 2.8 ms over 20,000 cases).
            int warmup = Integer.getInteger("bench.warmup", 5000);
            // With notifications the feed copies the messages from the events to the outbox while the cases run, every
            // 500 ms as on the platform (decision 1103); its work is inside the measured time and CPU.
            boolean notify = Boolean.getBoolean("bench.notify");
            FeedAlongside feed = FeedAlongside.start(new vn.motcua.engine.internal.NotificationFeed(store, Clock.systemUTC()), notify);
            run(engine, threads, warmup, new long[warmup]);
            long dbAfterWarmup = Files.exists(dbFile) ? Files.size(dbFile) : 0;
            long[] submitNanos = new long[cases];
            // CPU per case is the figure that survives a shared machine: wall time there depends on the neighbours.
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long wchar0 = writtenBytes();
            long t0 = System.nanoTime();
            run(engine, threads, cases, submitNanos);
            feed.close(); // the messages of the last cases: the measured work ends when they are in the outbox
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpuMillisPerCase = (os.getProcessCpuTime() - cpu0) / 1e6 / cases;
            java.util.Arrays.sort(submitNanos);
            long written = writtenBytes() - wchar0;
            System.out.printf("written=%.1fMB (%.1f KB/case)%n", written / 1e6, written / 1e3 / cases);
            boolean h2 = Files.exists(dbFile);
            System.out.printf("threads=%d cases=%d time=%.1fs cases/s=%.0f cpu/case=%.2fms submit p50=%.2fms p99=%.2fms db=%s%s%n",
                    threads, cases, seconds, cases / seconds, cpuMillisPerCase, submitNanos[cases / 2] / 1e6,
                    submitNanos[cases * 99 / 100] / 1e6,
                    h2 ? String.format("%.1fMB (%.1fMB after the %d warm-up cases)", Files.size(dbFile) / 1e6, dbAfterWarmup / 1e6,
                            warmup) : "n/a", h2 ? " " + H2FileStats.fillRates(dir) : "");
            if (notify) {
                System.out.printf("outbox messages: %,d (4 per case expected: %,d)%n",
                        store.inTransaction(tx -> tx.outbox().countByStatus()).values().stream().mapToLong(Long::longValue).sum(),
                        4L * (warmup + cases));
            }
        }
        if (postgres != null) {
            postgres.close();
        }
        if (Files.exists(dbFile) && Boolean.getBoolean("bench.compact")) {
            // What the same data occupies without any free space: the floor for the figure above.
            System.out.printf("after SHUTDOWN COMPACT: %.1fMB%n", H2FileStats.compactedMegabytes(dir));
        }
    }

    /** Runs the statements of {@code -Dbench.sql} (split at ';'), e.g. {@code DROP INDEX ...}: experiments before a run. */
    static void experimentSql(DatabaseSettings settings) throws java.sql.SQLException {
        String sql = System.getProperty("bench.sql");
        if (sql == null) {
            return;
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(settings.url(), settings.user(), settings.password());
             java.sql.Statement st = c.createStatement()) {
            for (String one : sql.split(";")) {
                st.execute(one);
            }
        }
    }

    /** Bytes this process has written through system calls (Linux {@code /proc/self/io}), -1 elsewhere. */
    private static long writtenBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/io"))) {
                if (line.startsWith("wchar:")) {
                    return Long.parseLong(line.substring(6).trim());
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux: the figure is left out
        }
        return -1;
    }

    private static void run(DossierEngine engine, int threads, int cases, long[] submitNanos) throws Exception {
        run(engine, threads, 0, cases, submitNanos, Boolean.getBoolean("bench.notify"));
    }

    /**
     * Runs cases {@code first} to {@code first + cases - 1} of the building-permit case on {@code threads} threads, each
     * submitted with notifications by e-mail and SMS opted in when {@code notify}.
     */
    static void run(DossierEngine engine, int threads, int first, int cases, long[] submitNanos, boolean notify) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger(first);
        List<Future<?>> futures = new ArrayList<>();
        Actor officer = Actor.staff("motcua01", Role.ONE_STOP_OFFICER, "00004");
        Actor specialist = Actor.staff("cv01", Role.SPECIALIST, "00004");
        Actor sxd = Actor.staff("sxd01", Role.SPECIALIST, "SXD");
        Actor leader = Actor.staff("ld01", Role.LEADER, "00004");
        java.util.Set<SubmitCommand.Notify> channels = notify
                ? java.util.EnumSet.allOf(SubmitCommand.Notify.class) : java.util.Set.of();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < first + cases; ) {
                    long s0 = System.nanoTime();
                    String code = engine.submit(new SubmitCommand("1.013225", "00004", Channel.ONLINE, Channel.ONLINE,
                            new Applicant("Nguyễn Văn An", "001090012345", "0912345678", "an@example.vn", "Hà Nội"),
                            Map.of("hoTen", "Nguyễn Văn An " + i, "soDinhDanh", "001090012345",
                                    "diaChiCongTrinh", "Số " + i + " Hoàng Hoa Thám, phường Ba Đình, Hà Nội"),
                            List.of(), Actor.citizen(), false, null).withNotify(channels)).code();
                    if (submitNanos != null) {
                        submitNanos[i - first] = System.nanoTime() - s0;
                    }
                    engine.act(code, ActionCommand.of(DossierAction.ACCEPT, officer));
                    engine.act(code, ActionCommand.of(DossierAction.FORWARD, specialist).withNote("Đủ điều kiện"));
                    engine.act(code, ActionCommand.of(DossierAction.FORWARD, sxd));
                    engine.act(code, ActionCommand.of(DossierAction.APPROVE, leader));
                    engine.act(code, ActionCommand.of(DossierAction.RESULT_READY, officer));
                    engine.act(code, ActionCommand.of(DossierAction.RETURN_RESULT, officer));
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
    }

    static DossierEngine engine(JdbiDossierStore store) throws Exception {
        return engine(store, Clock.systemUTC());
    }

    /** The benchmark engine on {@code store}: the building-permit procedure of the case above, at ward 00004. */
    static DossierEngine engine(JdbiDossierStore store, Clock clock) throws Exception {
        ProcedureDefinition def = new ProcedureDefinition("1.013225", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Xây dựng", "bench",
                new Applicability(UnitLevel.COMMUNE, List.of()),
                new Disclosure(List.of("Luật Xây dựng 2014"), null, null, TimeLimit.workingDays(15),
                        List.of(Channel.COUNTER, Channel.POSTAL, Channel.ONLINE), List.of(Channel.COUNTER, Channel.ONLINE), null, null, null),
                new Form(List.of(field("hoTen", FieldType.TEXT), field("soDinhDanh", FieldType.CITIZEN_ID),
                        field("diaChiCongTrinh", FieldType.ADDRESS))),
                List.of(new Step("tham-dinh", "Thẩm định", null, Role.SPECIALIST, TimeLimit.workingHours(40),
                                List.of(new Transition(StepAction.FORWARD, "xac-minh"))),
                        new Step("xac-minh", "Xác minh", "SXD", Role.SPECIALIST, TimeLimit.workingHours(24),
                                List.of(new Transition(StepAction.FORWARD, "phe-duyet"))),
                        new Step("phe-duyet", "Phê duyệt", null, Role.LEADER, TimeLimit.workingHours(16),
                                List.of(new Transition(StepAction.APPROVE, null)))),
                null, null);
        String text = "bench descriptor " + def;
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        OfferedProcedures.Offered offered = new OfferedProcedures.Offered(def, text, hash);
        return new StoredDossierEngine(store, ConfiguredWorkingCalendar.shipped(Clock.systemUTC()), (code, unit) -> offered,
                unit -> "H26." + unit, code -> List.of(), clock);
    }

    private static Field field(String id, FieldType type) {
        return new Field(id, id, type, true, null, null, null, 200, null, null, null, null, null, false, null, null, null, null, null, null);
    }
}
