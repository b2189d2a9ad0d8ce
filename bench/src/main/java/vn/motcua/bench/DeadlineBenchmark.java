package vn.motcua.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import vn.motcua.api.procedure.ClockPolicy;
import vn.motcua.api.procedure.TimeLimit;
import vn.motcua.calendar.ClockStop;
import vn.motcua.calendar.Deadline;
import vn.motcua.calendar.DeadlineRequest;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.internal.ConfiguredWorkingCalendar;

/**
 * Deadline computations per second on one thread, through the same calendar the engine and the HTTP layer use
 * (shipped official schedules 2024–2026, default hours). Requests are a fixed-seed mix of working-day, working-hour
 * and same-day limits received at any time of 2024–2026 (nights, weekends, Tết included); every tenth has a closed
 * clock stop. Run: {@code java -jar bench/target/benchmarks.jar Deadline -f 1 -wi 3 -i 5}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class DeadlineBenchmark {

    private static final int REQUESTS = 4096;
    private static final String UNIT = "000.00.21.H26";

    private WorkingCalendar calendar;
    private DeadlineRequest[] requests;
    private Instant[] instants;
    private int next;

    @Setup
    public void setUp() {
        calendar = ConfiguredWorkingCalendar.shipped(Clock.systemUTC());
        Random random = new Random(20261129);
        long from = LocalDateTime.parse("2024-01-01T00:00").toEpochSecond(ZoneOffset.ofHours(7));
        long to = LocalDateTime.parse("2026-12-01T00:00").toEpochSecond(ZoneOffset.ofHours(7));
        requests = new DeadlineRequest[REQUESTS];
        instants = new Instant[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            Instant receivedAt = Instant.ofEpochSecond(from + (long) (random.nextDouble() * (to - from)));
            TimeLimit limit = switch (random.nextInt(3)) {
                case 0 -> TimeLimit.workingDays(1 + random.nextInt(20));
                case 1 -> TimeLimit.workingHours(1 + random.nextInt(112));
                default -> new TimeLimit(TimeLimit.Unit.SAME_DAY, random.nextInt(3));
            };
            List<ClockStop> stops = i % 10 == 0
                    ? List.of(new ClockStop(receivedAt.plus(Duration.ofHours(5)), receivedAt.plus(Duration.ofDays(3)), "Yêu cầu bổ sung", "NĐ 118/2025"))
                    : List.of();
            requests[i] = new DeadlineRequest(UNIT, receivedAt, limit, stops, i % 20 == 0 ? ClockPolicy.RESUME : ClockPolicy.RESTART);
            instants[i] = receivedAt;
        }
    }

    private int index() {
        int i = next;
        next = (i + 1) & (REQUESTS - 1);
        return i;
    }

    /** The due instant only: what the engine stores and indexes for each dossier and step. */
    @Benchmark
    public Optional<Instant> dueAt() {
        return calendar.dueAt(requests[index()]);
    }

    /** The due instant with its Vietnamese explanation: what the appointment endpoint returns. */
    @Benchmark
    public Deadline deadlineWithExplanation() {
        return calendar.deadline(requests[index()]);
    }

    /** Plain working-time addition of 3 working days. */
    @Benchmark
    public Instant addWorkingTime() {
        return calendar.addWorkingTime(UNIT, instants[index()], Duration.ofHours(24));
    }

    /** The due-soon threshold instant (1 working day before), computed when a deadline is stored. */
    @Benchmark
    public Instant dueSoonFrom() {
        return calendar.dueSoonFrom(UNIT, instants[index()]);
    }
}
