package vn.motcua.engine;

import vn.motcua.api.procedure.Role;

import static org.junit.jupiter.api.Assertions.*;
import static vn.motcua.engine.DossierAction.*;
import static vn.motcua.engine.EngineFixture.*;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.api.procedure.Channel;
import vn.motcua.storage.TestDatabases;

/**
 * Legal and data rules of issue 13, each found broken by trying the product: the apology's new appointment, the
 * supplement requested once, the inter-agency officer's view after a supplement, and a postal result's address.
 */
class CorrectnessRulesTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @TempDir
    Path dir;

    private static Instant local(String at) {
        return LocalDateTime.parse(at).atZone(HANOI).toInstant();
    }

    private static String fieldCode(InvalidSubmissionException e, String field) {
        return e.errors().stream().filter(x -> x.field().equals(field)).findFirst().orElseThrow().code();
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void apologyRefusesANewAppointmentInThePastOnASundayOrOnAHoliday(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            String code = f.submitAtCounter().code();
            Instant appointment = f.engine.find(code, EngineFixture.CITY).orElseThrow().appointmentAt();
            f.clock.advance(Duration.ofDays(20)); // Sunday 20/12/2026 09:00, the day before the appointment
            ActionCommand apology = ActionCommand.of(ISSUE_APOLOGY, leader()).withNote("Chờ ý kiến Sở");

            InvalidSubmissionException past = assertThrows(InvalidSubmissionException.class,
                    () -> f.engine.act(code, apology.withNewAppointment(f.clock.instant().minus(Duration.ofHours(1)))));
            assertEquals("future", fieldCode(past, "newAppointment"));
            Instant sunday = local("2026-12-27T10:00");
            InvalidSubmissionException onSunday = assertThrows(InvalidSubmissionException.class,
                    () -> f.engine.act(code, apology.withNewAppointment(sunday)));
            assertEquals("working_time", fieldCode(onSunday, "newAppointment"));
            InvalidSubmissionException newYear = assertThrows(InvalidSubmissionException.class,
                    () -> f.engine.act(code, apology.withNewAppointment(local("2027-01-01T09:00"))));
            assertEquals("working_time", fieldCode(newYear, "newAppointment"), "1/1 is a holiday (Labour Code Art. 112)");
            assertTrue(newYear.errors().get(0).message().contains("Gợi ý"), "the refusal proposes a date");
            InvalidSubmissionException night = assertThrows(InvalidSubmissionException.class,
                    () -> f.engine.act(code, apology.withNewAppointment(local("2026-12-29T21:00"))));
            assertEquals("working_time", fieldCode(night, "newAppointment"));
            assertNull(f.engine.find(code, EngineFixture.CITY).orElseThrow().newAppointmentAt(), "nothing was written: the apology can still be issued");

            Instant proposed = f.engine.proposeNewAppointment(code, EngineFixture.CITY).orElseThrow();
            assertTrue(proposed.isAfter(f.clock.instant()) && proposed.isAfter(appointment), proposed.toString());
            assertTrue(f.calendar.workingTimeBetween(WARD, proposed.minusSeconds(1), proposed).compareTo(java.time.Duration.ZERO) > 0,
                    "the proposal is working time of the ward: " + proposed);
            f.engine.act(code, apology.withNewAppointment(proposed));
            assertEquals(proposed, f.engine.find(code, EngineFixture.CITY).orElseThrow().newAppointmentAt());
            assertTrue(f.engine.proposeNewAppointment(code, EngineFixture.CITY).isEmpty(), "no second apology, so nothing to propose");
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void proposedNewAppointmentCountsTheRemainingStepsWithTheWorkingCalendar(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            String code = f.submitAtCounter().code();
            // At the first step (40 h), with the 24 h SXD step and the 16 h signature still ahead: 80 working hours.
            Instant proposed = f.engine.proposeNewAppointment(code, EngineFixture.CITY).orElseThrow();
            Instant appointment = f.engine.find(code, EngineFixture.CITY).orElseThrow().appointmentAt();
            Instant dayAfterAppointment = f.calendar.addWorkingTime(WARD, appointment, Duration.ofHours(8));
            Instant fromWork = f.calendar.addWorkingTime(WARD, f.clock.instant(), Duration.ofHours(80));
            assertEquals(fromWork.isAfter(dayAfterAppointment) ? fromWork : dayAfterAppointment, proposed);
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void secondSupplementRequestIsRefusedCitingTheOnceRule(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            String code = f.submitAtCounter().code();
            f.engine.act(code, ActionCommand.of(REQUEST_SUPPLEMENT, specialist()).withNote("Bổ sung giấy tờ đất"));
            f.act(code, SUPPLEMENT_RECEIVED, officer());
            assertFalse(f.engine.find(code, EngineFixture.CITY).orElseThrow().allowedActions().contains(REQUEST_SUPPLEMENT),
                    "the form does not offer a second request");
            ActionNotAllowedException again = assertThrows(ActionNotAllowedException.class, () -> f.engine.act(code,
                    ActionCommand.of(REQUEST_SUPPLEMENT, specialist()).withNote("Bổ sung bản vẽ")));
            assertNotNull(again.rule());
            assertTrue(again.rule().contains("một lần") && again.rule().contains("61/2018"), again.rule());
            assertTrue(again.allowed().contains(FORWARD));
            assertFalse(again.allowed().contains(REQUEST_SUPPLEMENT));
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void supplementMayBeRequestedAgainAfterAnotherAgencySendsTheDossierBack(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            String code = f.submitAtCounter().code();
            f.engine.act(code, ActionCommand.of(REQUEST_SUPPLEMENT, specialist()).withNote("Bổ sung giấy tờ đất"));
            f.act(code, SUPPLEMENT_RECEIVED, officer());
            f.act(code, FORWARD, specialist());
            f.engine.act(code, ActionCommand.of(SEND_BACK, sxdSpecialist()).withNote("Thiếu thuyết minh kết cấu móng"));
            assertTrue(f.engine.find(code, EngineFixture.CITY).orElseThrow().allowedActions().contains(REQUEST_SUPPLEMENT));
            assertEquals(DossierStatus.SUPPLEMENT_REQUESTED, f.engine.act(code,
                    ActionCommand.of(REQUEST_SUPPLEMENT, specialist()).withNote("Thuyết minh kết cấu móng")).to());
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void interAgencyOfficerWhoRequestsASupplementStillSeesTheDossier(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            String code = f.submitAtCounter().code();
            f.act(code, FORWARD, specialist());
            f.engine.act(code, ActionCommand.of(REQUEST_SUPPLEMENT, sxdSpecialist()).withNote("Bổ sung thuyết minh"));
            DossierView v = f.engine.find(code, EngineFixture.CITY).orElseThrow();
            assertEquals(WARD, v.currentUnit(), "the one-stop section of the ward receives the supplement");
            assertTrue(f.engine.find(code, EngineFixture.member(SXD, Role.SPECIALIST)).isPresent(),
                    "SXD holds the step it asked the supplement for");
            assertTrue(f.engine.find(code, EngineFixture.member("00082", Role.SPECIALIST)).isEmpty(),
                    "a unit that never held it still does not see it");
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void postalResultWithoutAnAddressIsRefused(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            Applicant noAddress = new Applicant("Nguyễn Văn An", "001090012345", "0912345678", null, " ");
            InvalidSubmissionException e = assertThrows(InvalidSubmissionException.class, () -> f.engine.submit(
                    new SubmitCommand(PROCEDURE, WARD, Channel.ONLINE, Channel.POSTAL, noAddress, form(), List.of(),
                            Actor.citizen(), false, null)));
            assertEquals("required_for_postal", fieldCode(e, "applicant.address"));
            assertTrue(f.engine.countByStatus().values().stream().allMatch(n -> n == 0), "nothing stored");
            assertNotNull(f.engine.submit(new SubmitCommand(PROCEDURE, WARD, Channel.ONLINE, Channel.POSTAL, applicant(),
                    form(), List.of(), Actor.citizen(), false, null)).code());
        }
    }
}
