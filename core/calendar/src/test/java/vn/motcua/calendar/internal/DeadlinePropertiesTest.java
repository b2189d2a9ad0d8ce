package vn.motcua.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.motcua.api.procedure.TimeLimit;
import vn.motcua.calendar.DeadlineRequest;
import vn.motcua.calendar.YearSchedule;

/** Properties over many random inputs with a fixed seed, so a failure is reproducible. */
class DeadlinePropertiesTest {

    private static final int RUNS = 20_000;
    private static final long FROM = Cases.local("2024-01-01T00:00").getEpochSecond();
    private static final long TO = Cases.local("2027-06-30T00:00").getEpochSecond(); // 2027 is derived
    private final ConfiguredWorkingCalendar calendar = Cases.calendar();

    private static Instant randomInstant(Random random) {
        return Instant.ofEpochSecond(FROM + (long) (random.nextDouble() * (TO - FROM)), random.nextInt(1_000_000_000));
    }

    private static TimeLimit randomLimit(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> TimeLimit.workingDays(1 + random.nextInt(30));
            case 1 -> TimeLimit.workingHours(1 + random.nextInt(120));
            default -> new TimeLimit(TimeLimit.Unit.SAME_DAY, random.nextInt(3));
        };
    }

    private Instant due(ConfiguredWorkingCalendar calendar, Instant receivedAt, TimeLimit limit) {
        return calendar.dueAt(DeadlineRequest.of(Cases.UNIT, receivedAt, limit)).orElseThrow();
    }

    @Test
    void aLaterReceiptNeverGetsAnEarlierDeadline() {
        Random random = new Random(20261129);
        for (int i = 0; i < RUNS; i++) {
            TimeLimit limit = randomLimit(random);
            Instant first = randomInstant(random);
            // Mostly close pairs (same day or next), where mistakes would show.
            Instant second = first.plusSeconds(random.nextInt(3) == 0 ? random.nextInt(30 * 86_400) : random.nextInt(36_000));
            Instant dueFirst = due(calendar, first, limit);
            Instant dueSecond = due(calendar, second, limit);
            assertFalse(dueSecond.isBefore(dueFirst), limit + ": " + first + " -> " + dueFirst + " but " + second + " -> " + dueSecond);
        }
    }

    @Test
    void workingTimeFromReceiptToDeadlineEqualsTheLimit() {
        Random random = new Random(7);
        for (int i = 0; i < RUNS; i++) {
            TimeLimit limit = random.nextBoolean() ? TimeLimit.workingDays(1 + random.nextInt(30)) : TimeLimit.workingHours(1 + random.nextInt(120));
            Instant receivedAt = randomInstant(random);
            Instant due = due(calendar, receivedAt, limit);
            assertEquals(Duration.ofHours(limit.workingHours()), calendar.workingTimeBetween(Cases.UNIT, receivedAt, due),
                    limit + " from " + receivedAt + " to " + due);
        }
    }

    @Test
    void subtractingWorkingTimeLeavesExactlyThatMuchBeforeTheDeadline() {
        Random random = new Random(11);
        for (int i = 0; i < RUNS; i++) {
            Instant due = randomInstant(random);
            Duration amount = Duration.ofMinutes(1 + random.nextInt(8 * 60 * 10));
            Instant from = calendar.subtractWorkingTime(Cases.UNIT, due, amount);
            assertEquals(amount, calendar.workingTimeBetween(Cases.UNIT, from, due), amount + " before " + due);
        }
    }

    @Test
    void addingAHolidayNeverBringsADeadlineEarlier() {
        Random random = new Random(42);
        for (int round = 0; round < 40; round++) {
            int year = 2024 + random.nextInt(4);
            ConfiguredWorkingCalendar withHoliday = Cases.calendar();
            YearSchedule schedule = withHoliday.schedule(year);
            List<YearSchedule.Day> off = new ArrayList<>(schedule.nonWorkingDays());
            LocalDate extra = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
            List<YearSchedule.Day> worked = schedule.workingDays().stream().filter(d -> !d.date().equals(extra)).toList();
            off.add(new YearSchedule.Day(extra, "Ngày nghỉ thêm (kiểm thử)"));
            withHoliday.replaceSchedule(new YearSchedule(year, true, off, worked, "test"));
            for (int i = 0; i < RUNS / 40; i++) {
                TimeLimit limit = randomLimit(random);
                Instant receivedAt = Cases.local(year + "-01-01T00:00").plusSeconds((long) (random.nextDouble() * 360 * 86_400));
                Instant before = due(calendar, receivedAt, limit);
                Instant after = due(withHoliday, receivedAt, limit);
                assertFalse(after.isBefore(before), "holiday " + extra + ", " + limit + " from " + receivedAt + ": " + before + " -> " + after);
            }
        }
    }

    @Test
    void shippedCopyInsideTheBundleEqualsTheConfigFolder() {
        ConfiguredWorkingCalendar shipped = ConfiguredWorkingCalendar.shipped(Clock.systemUTC());
        for (int year = 2024; year <= 2026; year++) {
            assertEquals(calendar.schedule(year).nonWorkingDays(), shipped.schedule(year).nonWorkingDays());
            assertEquals(calendar.schedule(year).workingDays(), shipped.schedule(year).workingDays());
        }
        assertEquals(calendar.workingHours(Cases.UNIT), shipped.workingHours(Cases.UNIT));
    }

    @Test
    void asiaHoChiMinhIsUtcPlusSevenOverTheSupportedRange() {
        var rules = java.time.ZoneId.of("Asia/Ho_Chi_Minh").getRules();
        Random random = new Random(3);
        long from = Cases.local("1976-01-01T00:00").getEpochSecond();
        long to = Cases.local("2199-12-31T00:00").getEpochSecond();
        for (int i = 0; i < 10_000; i++) {
            Instant at = Instant.ofEpochSecond(from + (long) (random.nextDouble() * (to - from)));
            assertEquals(Cases.VIETNAM, rules.getOffset(at), at.toString());
        }
    }
}
