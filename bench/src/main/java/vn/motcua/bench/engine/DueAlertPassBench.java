package vn.motcua.bench.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.engine.DossierEngine;
import vn.motcua.engine.DueAlert;
import vn.motcua.storage.DossierRecord;
import vn.motcua.storage.ProcedureVersionRecord;
import vn.motcua.storage.internal.DatabaseSettings;
import vn.motcua.storage.internal.JdbiDossierStore;

/**
 * Due-soon/overdue pass over many open dossiers (issue 4: cheap with 1,000,000 open dossiers, aim ≤ 1 s per pass).
 * Inserts the open dossiers straight through the store (no events: a pass reads only the dossier row), then times
 * passes that find nothing due and passes that claim a group of due alerts (each claim appends a history event and
 * commits durably, as in production). A pass = claimDueAlerts(500) until a short batch, like the scheduler.
 *
 * <pre>java -cp bench/target/benchmarks.jar vn.motcua.bench.engine.DueAlertPassBench [open=1000000] [due=1000] [h2|postgresql]</pre>
 */
public final class DueAlertPassBench {

    private static final int BATCH = 500;
    private static final int ROUNDS = 5;
    private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

    public static void main(String[] args) throws Exception {
        int open = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int due = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        String db = args.length > 2 ? args[2] : "h2";
        Path dir = Files.createTempDirectory("motcua-alert-bench");
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres = db.equals("postgresql")
                ? io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pg"))
                        .setCleanDataDirectory(true).start()
                : null;
        DatabaseSettings settings = postgres == null ? DatabaseSettings.h2File(dir)
                : new DatabaseSettings(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", 16);
        MovableClock clock = new MovableClock();
        try (JdbiDossierStore store = JdbiDossierStore.open(settings, dir)) {
            long t0 = System.nanoTime();
            insert(store, open, due);
            System.out.printf("inserted %,d open dossiers (%d groups of %,d due) in %.0f s%n", open, ROUNDS, due,
                    (System.nanoTime() - t0) / 1e9);
            DossierEngine engine = EngineThroughput.engine(store, clock);

            clock.now = NOW.minus(Duration.ofDays(1)); // before every alert
            pass(engine); // warm-up
            List<Double> none = new ArrayList<>();
            for (int r = 0; r < ROUNDS; r++) {
                long s = System.nanoTime();
                int claimed = pass(engine);
                none.add((System.nanoTime() - s) / 1e6);
                check(claimed == 0, "nothing is due yet, claimed " + claimed);
            }
            List<Double> some = new ArrayList<>();
            for (int g = 0; g < ROUNDS; g++) {
                clock.now = groupTime(g).plusSeconds(1); // group g falls due; earlier groups were claimed already
                long s = System.nanoTime();
                int claimed = pass(engine);
                some.add((System.nanoTime() - s) / 1e6);
                check(claimed == due, "group " + g + ": " + claimed + " claimed, " + due + " due");
            }
            Path file = dir.resolve("db").resolve("motcua.mv.db");
            System.out.printf("db=%s open=%,d pass with nothing due: %s ms; pass claiming %,d: %s ms; file=%s%n", db, open,
                    fmt(none), due, fmt(some), Files.exists(file) ? String.format("%.0fMB", Files.size(file) / 1e6) : "n/a");
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    private static int pass(DossierEngine engine) {
        int total = 0;
        List<DueAlert> batch;
        do {
            batch = engine.claimDueAlerts(BATCH);
            total += batch.size();
        } while (batch.size() == BATCH);
        return total;
    }

    /** Group g of due dossiers: alert times one hour apart, all before the other dossiers' alerts. */
    private static Instant groupTime(int g) {
        return NOW.plus(Duration.ofHours(g));
    }

    private static void insert(JdbiDossierStore store, int open, int due) {
        String hash = "b".repeat(64);
        store.inTransaction(tx -> {
            tx.saveProcedureVersion(new ProcedureVersionRecord(hash, "1.013225", "bench", "bench", "{}", NOW));
            return null;
        });
        int perTransaction = 5_000;
        for (int from = 0; from < open; from += perTransaction) {
            int start = from;
            store.inTransaction(tx -> {
                for (int i = start; i < Math.min(open, start + perTransaction); i++) {
                    tx.insertDossier(dossier(i, hash, due));
                }
                return null;
            });
        }
    }

    private static DossierRecord dossier(int i, String hash, int due) {
        DossierRecord.Builder b = new DossierRecord.Builder();
        b.code = String.format("H26.%05d-261130-%07d", i % 500, i);
        b.unitCode = String.format("%05d", i % 500);
        b.procedureCode = "1.013225";
        b.procedureVersion = "bench";
        b.descriptorHash = hash;
        b.applicantName = "Nguyễn Văn " + i;
        b.applicantJson = "{}";
        b.formJson = "{\"diaChiCongTrinh\":\"Số " + i + " Hoàng Hoa Thám\"}";
        b.channel = "ONLINE";
        b.resultChannel = "ONLINE";
        b.status = "PROCESSING";
        b.currentStep = "tham-dinh";
        b.currentUnit = b.unitCode;
        b.currentRole = "SPECIALIST";
        b.submittedAt = NOW.minus(Duration.ofDays(3));
        b.receivedAt = b.submittedAt;
        b.stepStartedAt = b.submittedAt;
        b.appointmentAt = NOW.plus(Duration.ofDays(60));
        b.stepDueAt = NOW.plus(Duration.ofDays(40));
        int group = i / due;
        // The first ROUNDS × due dossiers fall due group by group; the rest only in 1 to 30 days.
        b.nextAlertAt = group < ROUNDS ? groupTime(group) : NOW.plus(Duration.ofMinutes(1440 + (i * 37L) % (29 * 1440)));
        b.dueSoonAt = b.nextAlertAt;
        b.version = 2;
        b.eventCount = 2;
        b.lastEventHash = "e".repeat(64);
        b.updatedAt = b.submittedAt;
        return b.build();
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }

    private static String fmt(List<Double> ms) {
        double min = ms.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = ms.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<Double> sorted = ms.stream().sorted().toList();
        return String.format("min %.1f / median %.1f / max %.1f", min, sorted.get(sorted.size() / 2), max);
    }

    /** The bench sets "now"; the engine reads it for the alert times. */
    static final class MovableClock extends Clock {
        volatile Instant now = NOW;

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
