package vn.motcua.engine;

import static org.junit.jupiter.api.Assertions.*;
import static vn.motcua.engine.DossierAction.*;
import static vn.motcua.engine.EngineFixture.*;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.api.procedure.ClockPolicy;
import vn.motcua.api.procedure.TimeLimit;
import vn.motcua.calendar.DeadlineRequest;
import vn.motcua.storage.TestDatabases;

/**
 * The "extend" action (gia hạn): the legal extension a descriptor declares in {@code disclosure.timeLimitExtension},
 * granted once, with a reason, by a leader, up to the declared working days, counted by the working calendar; the
 * dossier is then classed against the extended appointment (issue 12, decision 1211).
 */
class TimeLimitExtensionTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @TempDir
    Path dir;

    private static EngineFixture withExtension(TestDatabases db, Path dir) {
        EngineFixture f = new EngineFixture(db, dir);
        f.offered = procedure("building-permit-extension.yaml");
        return f;
    }

    private static ActionCommand extend(String reason) {
        return ActionCommand.of(EXTEND, leader()).withNote(reason);
    }

    private static String fieldCode(InvalidSubmissionException e) {
        return e.errors().stream().filter(x -> x.field().equals("newAppointment")).findFirst().orElseThrow().code();
    }

    private Instant plusWorkingDays(EngineFixture f, Instant from, int days) {
        return f.calendar.dueAt(new DeadlineRequest(WARD, from, TimeLimit.workingDays(days), List.of(), ClockPolicy.RESTART))
                .orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void extendMovesTheAppointmentByTheDeclaredWorkingDaysAndIsRecorded(TestDatabases db) {
        try (EngineFixture f = withExtension(db, dir)) {
            String code = f.submitAtCounter().code();
            DossierView before = f.engine.find(code, EngineFixture.CITY).orElseThrow();
            assertTrue(before.allowedActions().contains(EXTEND), before.allowedActions().toString());

            f.engine.act(code, extend("Cần xác minh thêm hiện trạng công trình"));

            DossierView after = f.engine.find(code, EngineFixture.CITY).orElseThrow();
            LocalDateTime was = before.appointmentAt().atZone(HANOI).toLocalDateTime();
            LocalDateTime now = after.appointmentAt().atZone(HANOI).toLocalDateTime();
            // 5 working days from a weekday in December 2026 (no holiday): the same time one calendar week later.
            assertEquals(was.plusDays(7), now, "was " + was + ", now " + now);
            assertNotEquals(DayOfWeek.SATURDAY, now.getDayOfWeek());
            assertNull(after.newAppointmentAt(), "an extension is not an apology");
            EventView e = after.events().get(after.events().size() - 1);
            assertEquals("extend", e.action());
            assertEquals("Cần xác minh thêm hiện trạng công trình", e.note());
            assertEquals(before.appointmentAt().toString(), e.payload().get("previousAppointment"));
            assertEquals(after.appointmentAt().toString(), e.payload().get("appointment"));
            assertEquals("Điều 102 Luật Xây dựng 2014 (giả định cho kiểm thử)", e.payload().get("legalBasis"));
            assertFalse(after.allowedActions().contains(EXTEND), "once only");
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void aSecondExtensionIsRefusedNamingTheRule(TestDatabases db) {
        try (EngineFixture f = withExtension(db, dir)) {
            String code = f.submitAtCounter().code();
            f.engine.act(code, extend("Cần xác minh"));
            Instant extended = f.engine.find(code, EngineFixture.CITY).orElseThrow().appointmentAt();
            ActionNotAllowedException e = assertThrows(ActionNotAllowedException.class,
                    () -> f.engine.act(code, extend("Xác minh lần hai")));
            assertTrue(e.rule().contains("một lần"), e.rule());
            assertFalse(e.allowed().contains(EXTEND));
            assertEquals(extended, f.engine.find(code, EngineFixture.CITY).orElseThrow().appointmentAt());
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void anAppointmentBeyondTheExtensionOrOnAHolidayOrWithoutAReasonIsRefused(TestDatabases db) {
        try (EngineFixture f = withExtension(db, dir)) {
            String code = f.submitAtCounter().code();
            Instant appointment = f.engine.find(code, EngineFixture.CITY).orElseThrow().appointmentAt();
            Instant furthest = plusWorkingDays(f, appointment, 5);

            InvalidSubmissionException beyond = assertThrows(InvalidSubmissionException.class,
                    () -> f.engine.act(code, extend("Cần xác minh").withNewAppointment(plusWorkingDays(f, appointment, 6))));
            assertEquals("beyond_extension", fieldCode(beyond));
            assertTrue(beyond.errors().get(0).message().contains("tối đa 5 ngày làm việc"), beyond.errors().toString());
            InvalidSubmissionException earlier = assertThrows(InvalidSubmissionException.class,
                    () -> f.engine.act(code, extend("Cần xác minh").withNewAppointment(appointment.minus(Duration.ofHours(1)))));
            assertEquals("after", fieldCode(earlier));
            Instant saturday = furthest.atZone(HANOI).with(java.time.temporal.TemporalAdjusters.previous(DayOfWeek.SATURDAY))
                    .toInstant();
            InvalidSubmissionException weekend = assertThrows(InvalidSubmissionException.class,
                    () -> f.engine.act(code, extend("Cần xác minh").withNewAppointment(saturday)));
            assertEquals("working_time", fieldCode(weekend));
            InvalidSubmissionException noReason = assertThrows(InvalidSubmissionException.class,
                    () -> f.engine.act(code, ActionCommand.of(EXTEND, leader())));
            assertEquals("note", noReason.errors().get(0).field());
            assertEquals(appointment, f.engine.find(code, EngineFixture.CITY).orElseThrow().appointmentAt(), "nothing was written");

            Instant threeDays = plusWorkingDays(f, appointment, 3);
            f.engine.act(code, extend("Cần xác minh").withNewAppointment(threeDays));
            assertEquals(threeDays, f.engine.find(code, EngineFixture.CITY).orElseThrow().appointmentAt(), "less than the whole extension");
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void onlyALeaderExtendsAndOnlyWhenTheProcedureDeclaresAnExtension(TestDatabases db) {
        try (EngineFixture f = withExtension(db, dir)) {
            String code = f.submitAtCounter().code();
            assertThrows(ActorNotPermittedException.class,
                    () -> f.engine.act(code, ActionCommand.of(EXTEND, specialist()).withNote("Cần xác minh")));
        }
        try (EngineFixture f = new EngineFixture(db, dir.resolve("plain"))) {
            String code = f.submitAtCounter().code();
            assertFalse(f.engine.find(code, EngineFixture.CITY).orElseThrow().allowedActions().contains(EXTEND));
            assertThrows(ActionNotAllowedException.class, () -> f.engine.act(code, extend("Cần xác minh")));
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void theDossierIsClassedAgainstTheExtendedAppointment(TestDatabases db) {
        try (EngineFixture f = withExtension(db, dir)) {
            String code = f.submitAtCounter().code();
            Instant original = f.engine.find(code, EngineFixture.CITY).orElseThrow().appointmentAt();
            f.engine.act(code, extend("Cần xác minh thêm hiện trạng công trình"));
            f.act(code, FORWARD, specialist());
            f.act(code, FORWARD, sxdSpecialist());
            // Two working days after the original appointment: late against it, on time against the extended one.
            f.clock.set(plusWorkingDays(f, original, 2));
            f.act(code, APPROVE, leader());
            EventView decision = f.engine.find(code, EngineFixture.CITY).orElseThrow().events().stream()
                    .filter(e -> e.action().equals("approve")).findFirst().orElseThrow();
            assertNotEquals("LATE", decision.payload().get("dossierTiming"), decision.payload().toString());
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void theExtensionSurvivesAClockThatRestartsAfterASupplement(TestDatabases db) {
        try (EngineFixture f = withExtension(db, dir)) {
            String code = f.submitAtCounter().code();
            f.engine.act(code, extend("Cần xác minh"));
            f.engine.act(code, ActionCommand.of(REQUEST_SUPPLEMENT, specialist()).withNote("Thiếu bản vẽ mặt bằng"));
            f.clock.advance(Duration.ofDays(1));
            f.act(code, SUPPLEMENT_RECEIVED, officer());
            DossierView d = f.engine.find(code, EngineFixture.CITY).orElseThrow();
            Instant restarted = f.calendar.dueAt(new DeadlineRequest(WARD, d.receivedAt(), TimeLimit.workingDays(15),
                    d.clockStops(), ClockPolicy.RESTART)).orElseThrow();
            assertEquals(plusWorkingDays(f, restarted, 5), d.appointmentAt(),
                    "the restarted limit is extended by the granted working time again");
        }
    }
}
