package vn.motcua.engine;

import static org.junit.jupiter.api.Assertions.*;
import static vn.motcua.engine.DossierAction.*;
import static vn.motcua.engine.EngineFixture.*;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.api.procedure.Channel;
import vn.motcua.api.procedure.ClockPolicy;
import vn.motcua.api.procedure.Role;
import vn.motcua.api.procedure.TimeLimit;
import vn.motcua.calendar.ClockStop;
import vn.motcua.calendar.DeadlineRequest;
import vn.motcua.calendar.Timeliness;
import vn.motcua.storage.TestDatabases;
import vn.motcua.storage.internal.DatabaseSettings;
import vn.motcua.storage.internal.JdbiDossierStore;

/** Every path of the lifecycle, against H2 and PostgreSQL. */
class DossierLifecycleTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void onlineDossierGoesThroughThreeStepsIncludingAnotherUnitAndIsReturned(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            SubmitResult s = f.submitOnline(null);
            assertEquals("H26.00004-261130-0001", s.code());
            assertEquals(DossierStatus.SUBMITTED, s.status());
            assertNull(s.appointmentAt(), "no appointment before the counter's check");
            assertEquals(List.of(s.code()), f.engine.queue(WARD, Role.ONE_STOP_OFFICER, QueueFilter.all(), EngineFixture.member(WARD, Role.ONE_STOP_OFFICER)).stream().map(DossierSummary::code).toList());

            f.clock.advance(Duration.ofMinutes(30));
            Instant receivedAt = f.clock.instant();
            ActionResult accepted = f.act(s.code(), ACCEPT, officer());
            assertEquals(DossierStatus.PROCESSING, accepted.to());
            assertEquals("tham-dinh", accepted.step());
            DossierView v = f.engine.find(s.code(), EngineFixture.CITY).orElseThrow();
            Instant expectedAppointment = f.calendar.dueAt(DeadlineRequest.of(WARD, receivedAt, TimeLimit.workingDays(15))).orElseThrow();
            assertEquals(expectedAppointment, v.appointmentAt(), "appointment comes from the working calendar");
            assertEquals(f.calendar.dueAt(DeadlineRequest.of(WARD, receivedAt, TimeLimit.workingHours(40))).orElseThrow(), v.stepDueAt());

            f.clock.advance(Duration.ofHours(2));
            ActionResult forwarded = f.act(s.code(), FORWARD, specialist());
            assertEquals("xac-minh", forwarded.step());
            assertEquals(Timeliness.EARLY, forwarded.timing());
            assertEquals(List.of(s.code()), f.engine.queue(SXD, Role.SPECIALIST, QueueFilter.all(), EngineFixture.member(SXD, Role.SPECIALIST)).stream().map(DossierSummary::code).toList(),
                    "an inter-agency step puts the dossier in the other unit's queue");
            assertTrue(f.engine.queue(WARD, Role.SPECIALIST, QueueFilter.all(), EngineFixture.member(WARD, Role.SPECIALIST)).isEmpty());
            assertThrows(ActorNotPermittedException.class, () -> f.act(s.code(), FORWARD, specialist()), "the ward's specialist cannot act for SXD");

            f.clock.advance(Duration.ofDays(1));
            assertEquals("phe-duyet", f.act(s.code(), FORWARD, sxdSpecialist()).step());
            f.clock.advance(Duration.ofHours(1));
            ActionResult approved = f.act(s.code(), APPROVE, leader());
            assertEquals(DossierStatus.DECIDED, approved.to());
            assertEquals(DossierStatus.RESULT_READY, f.act(s.code(), RESULT_READY, officer()).to());
            assertEquals(DossierStatus.RETURNED, f.act(s.code(), RETURN_RESULT, officer()).to());

            DossierView done = f.engine.find(s.code(), EngineFixture.CITY).orElseThrow();
            assertEquals(Outcome.APPROVED, done.outcome());
            assertEquals(List.of("submit", "accept", "forward", "forward", "approve", "result-ready", "return-result"),
                    done.events().stream().map(EventView::action).toList());
            assertEquals(3, done.handovers().size());
            assertEquals(List.of(WARD, SXD, WARD), done.handovers().stream().map(Handover::unitCode).toList());
            assertTrue(done.handovers().stream().allMatch(h -> h.timing() != null && h.dueAt() != null && h.startedAt() != null));
            assertEquals("ONLINE", done.events().get(6).payload().get("resultChannel"));
            assertTrue(f.engine.verifyHistory(s.code(), EngineFixture.CITY).intact());
            assertEquals(1L, f.engine.countByStatus().get(DossierStatus.RETURNED));
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void counterDossierIsReceivedAtOnceAndOnlineOneMayNotBe(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            SubmitResult s = f.submitAtCounter();
            assertEquals(DossierStatus.PROCESSING, s.status());
            assertNotNull(s.appointmentAt());
            assertEquals(2, s.version());
            assertThrows(ActorNotPermittedException.class, () -> f.engine.submit(new SubmitCommand(PROCEDURE, WARD,
                    Channel.COUNTER, Channel.COUNTER, applicant(), form(), List.of(), Actor.citizen(), true, null)));
            assertThrows(ActorNotPermittedException.class, () -> f.engine.submit(new SubmitCommand(PROCEDURE, WARD,
                    Channel.ONLINE, Channel.ONLINE, applicant(), form(), List.of(), Actor.citizen(), true, null)));
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void receptionGuidanceThenSupplementByTheApplicantThenRefusal(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            String code = f.submitOnline(null).code();
            InvalidSubmissionException noNote = assertThrows(InvalidSubmissionException.class,
                    () -> f.act(code, REQUEST_SUPPLEMENT, officer()));
            assertEquals("note", noNote.errors().get(0).field());
            f.engine.act(code, ActionCommand.of(REQUEST_SUPPLEMENT, officer()).withNote("Thiếu bản vẽ mặt bằng"));
            DossierView waiting = f.engine.find(code, EngineFixture.CITY).orElseThrow();
            assertEquals(DossierStatus.AWAITING_SUPPLEMENT, waiting.status());
            assertNull(waiting.receivedAt(), "not received: the clock has not started");
            assertThrows(DossierNotFoundException.class, () -> f.engine.act(code,
                    ActionCommand.of(SUPPLEMENT_RECEIVED, Actor.citizen()).withSecondFactor("0999999999")),
                    "a wrong second factor answers like an unknown code");
            assertEquals(DossierStatus.SUBMITTED, f.engine.act(code,
                    ActionCommand.of(SUPPLEMENT_RECEIVED, Actor.citizen()).withSecondFactor("+84 912 345 678")).to());
            f.engine.act(code, ActionCommand.of(REFUSE, officer()).withNote("Không thuộc thẩm quyền"));
            ActionNotAllowedException e = assertThrows(ActionNotAllowedException.class, () -> f.act(code, ACCEPT, officer()));
            assertEquals(Set.of(), e.allowed());
            assertEquals(DossierStatus.REFUSED, e.status());
            assertTrue(f.engine.verifyHistory(code, EngineFixture.CITY).intact());
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void actionNotAllowedNamesTheAllowedActions(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            String code = f.submitOnline(null).code();
            ActionNotAllowedException e = assertThrows(ActionNotAllowedException.class, () -> f.act(code, APPROVE, leader()));
            assertEquals(Set.of(ACCEPT, REQUEST_SUPPLEMENT, REFUSE, WITHDRAW), e.allowed());
            assertTrue(e.getMessage().contains("accept"), e.getMessage());
            f.act(code, ACCEPT, officer());
            ActionNotAllowedException atStep = assertThrows(ActionNotAllowedException.class, () -> f.act(code, SEND_BACK, specialist()));
            assertEquals(Set.of(FORWARD, REQUEST_SUPPLEMENT, REJECT, ISSUE_APOLOGY, WITHDRAW), atStep.allowed());
            assertThrows(ActorNotPermittedException.class, () -> f.act(code, FORWARD, leader()), "wrong role");
            assertThrows(DossierNotFoundException.class, () -> f.act("H26.00004-261130-9999", ACCEPT, officer()));
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void supplementDuringProcessingStopsTheClockAndRestartsIt(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            String code = f.submitAtCounter().code();
            Instant receivedAt = f.clock.instant();
            Instant original = f.engine.find(code, EngineFixture.CITY).orElseThrow().appointmentAt();
            f.clock.advance(Duration.ofDays(2));
            Instant stoppedAt = f.clock.instant();
            f.engine.act(code, ActionCommand.of(REQUEST_SUPPLEMENT, specialist()).withNote("Bổ sung giấy tờ đất"));
            DossierView stopped = f.engine.find(code, EngineFixture.CITY).orElseThrow();
            assertEquals(DossierStatus.SUPPLEMENT_REQUESTED, stopped.status());
            assertTrue(stopped.clockStopped());
            assertEquals(1, stopped.clockStops().size());
            assertTrue(stopped.clockStops().get(0).isOpen());
            assertNull(f.engine.explainDeadline(code, EngineFixture.CITY).appointment().due(), "suspended while the stop is open");

            f.clock.advance(Duration.ofDays(7));
            Instant resumedAt = f.clock.instant();
            ActionResult resumed = f.act(code, SUPPLEMENT_RECEIVED, officer());
            assertEquals(DossierStatus.PROCESSING, resumed.to());
            assertEquals("tham-dinh", resumed.step());
            DossierView v = f.engine.find(code, EngineFixture.CITY).orElseThrow();
            List<ClockStop> ledger = List.of(new ClockStop(stoppedAt, resumedAt, "Bổ sung giấy tờ đất", v.clockStops().get(0).rule()));
            Instant restart = f.calendar.dueAt(new DeadlineRequest(WARD, receivedAt, TimeLimit.workingDays(15), ledger, ClockPolicy.RESTART)).orElseThrow();
            assertEquals(restart, v.appointmentAt());
            assertTrue(v.appointmentAt().isAfter(original));
            assertFalse(v.clockStops().get(0).isOpen());
            DeadlineReport report = f.engine.explainDeadline(code, EngineFixture.CITY);
            assertEquals(restart, report.appointment().due());
            assertFalse(report.appointment().explanation().isEmpty());
            assertNotNull(report.step());
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void resumePolicyCountsOnlyWhatWasLeft(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            f.offered = EngineFixture.procedure("building-permit-resume.yaml");
            String code = f.submitAtCounter().code();
            Instant receivedAt = f.clock.instant();
            f.clock.advance(Duration.ofDays(2));
            Instant stoppedAt = f.clock.instant();
            f.engine.act(code, ActionCommand.of(REQUEST_SUPPLEMENT, specialist()).withNote("Bổ sung"));
            f.clock.advance(Duration.ofDays(7));
            Instant resumedAt = f.clock.instant();
            f.act(code, SUPPLEMENT_RECEIVED, officer());
            List<ClockStop> ledger = List.of(new ClockStop(stoppedAt, resumedAt, "Bổ sung", "r"));
            Instant resume = f.calendar.dueAt(new DeadlineRequest(WARD, receivedAt, TimeLimit.workingDays(15), ledger, ClockPolicy.RESUME)).orElseThrow();
            Instant restart = f.calendar.dueAt(new DeadlineRequest(WARD, receivedAt, TimeLimit.workingDays(15), ledger, ClockPolicy.RESTART)).orElseThrow();
            assertEquals(resume, f.engine.find(code, EngineFixture.CITY).orElseThrow().appointmentAt());
            assertTrue(resume.isBefore(restart));
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void apologyWithNewAppointmentOnlyOnce(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            String code = f.submitAtCounter().code();
            Instant appointment = f.engine.find(code, EngineFixture.CITY).orElseThrow().appointmentAt();
            assertThrows(InvalidSubmissionException.class, () -> f.engine.act(code, ActionCommand.of(ISSUE_APOLOGY, leader())
                    .withNote("Chờ ý kiến Sở").withNewAppointment(appointment.minus(Duration.ofDays(1)))));
            Instant later = f.calendar.addWorkingTime(WARD, appointment, Duration.ofHours(24)); // three working days on
            assertThrows(ActorNotPermittedException.class, () -> f.engine.act(code, ActionCommand.of(ISSUE_APOLOGY, specialist())
                    .withNote("Chờ ý kiến Sở").withNewAppointment(later)));
            f.engine.act(code, ActionCommand.of(ISSUE_APOLOGY, leader()).withNote("Chờ ý kiến Sở").withNewAppointment(later));
            assertEquals(later, f.engine.find(code, EngineFixture.CITY).orElseThrow().newAppointmentAt());
            ActionNotAllowedException again = assertThrows(ActionNotAllowedException.class, () -> f.engine.act(code,
                    ActionCommand.of(ISSUE_APOLOGY, leader()).withNote("Lần hai").withNewAppointment(later.plus(Duration.ofDays(1)))));
            assertNotNull(again.rule(), "the refusal cites the once-only rule");
            assertTrue(again.getMessage().contains("một lần"), again.getMessage());
            assertEquals(appointment, f.engine.find(code, EngineFixture.CITY).orElseThrow().appointmentAt(), "the original appointment is kept for classification");
        }
    }

    /**
     * Issue 13: withdrawing with a wrong second factor answered 403 while an unknown code answered 404, so codes could
     * be enumerated; and on a finished dossier the state check answered before the factor was looked at.
     */
    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void aWrongSecondFactorAnswersExactlyLikeAnUnknownCodeWhateverTheState(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            String code = f.submitOnline(null).code();
            DossierNotFoundException unknown = assertThrows(DossierNotFoundException.class, () -> f.engine.act("H26.00004-261130-9999",
                    ActionCommand.of(WITHDRAW, Actor.citizen()).withSecondFactor("0912345678")));
            DossierNotFoundException wrong = assertThrows(DossierNotFoundException.class, () -> f.engine.act(code,
                    ActionCommand.of(WITHDRAW, Actor.citizen()).withSecondFactor("0999999999")));
            assertEquals(unknown.getClass(), wrong.getClass());
            f.engine.act(code, ActionCommand.of(WITHDRAW, Actor.citizen()).withSecondFactor("0912345678"));
            assertThrows(DossierNotFoundException.class, () -> f.engine.act(code,
                    ActionCommand.of(WITHDRAW, Actor.citizen()).withSecondFactor("0999999999")),
                    "not 409: a guess must not learn that the dossier exists and is withdrawn");
            assertThrows(ActionNotAllowedException.class, () -> f.engine.act(code,
                    ActionCommand.of(WITHDRAW, Actor.citizen()).withSecondFactor("0912345678")), "the applicant learns the state");
        }
    }

    /** Issue 16: one person holding officer and leader roles alone received and approved a dossier. */
    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void theAccountThatAcceptedADossierCannotApproveIt(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            Actor atCounter = Actor.staff("hai-vai", Role.ONE_STOP_OFFICER, WARD);
            Actor asLeader = Actor.staff("hai-vai", Role.LEADER, WARD);
            String code = f.submitOnline(null).code();
            f.act(code, ACCEPT, atCounter);
            f.act(code, FORWARD, specialist());
            f.act(code, FORWARD, sxdSpecialist());
            ActorNotPermittedException refused = assertThrows(ActorNotPermittedException.class, () -> f.act(code, APPROVE, asLeader));
            assertTrue(refused.getMessage().contains("phân tách nhiệm vụ"), refused.getMessage());
            assertEquals(DossierStatus.DECIDED, f.act(code, APPROVE, leader()).to(), "another leader approves");

            // Received at the counter in the same call as the submission: the same rule.
            String counter = f.engine.submit(new SubmitCommand(PROCEDURE, WARD, Channel.COUNTER, Channel.COUNTER, applicant(), form(),
                    List.of(), atCounter, true, null)).code();
            f.act(counter, FORWARD, specialist());
            f.act(counter, FORWARD, sxdSpecialist());
            assertThrows(ActorNotPermittedException.class, () -> f.act(counter, APPROVE, asLeader));
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void separationOfDutiesCanBeSwitchedOff(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db.open(dir), new MutableClock(MONDAY_9AM), false)) {
            String code = f.submitOnline(null).code();
            f.act(code, ACCEPT, Actor.staff("hai-vai", Role.ONE_STOP_OFFICER, WARD));
            f.act(code, FORWARD, specialist());
            f.act(code, FORWARD, sxdSpecialist());
            assertEquals(DossierStatus.DECIDED, f.act(code, APPROVE, Actor.staff("hai-vai", Role.LEADER, WARD)).to());
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void rejectionNeedsAReasonAndWithdrawalStopsTheDossier(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            String rejected = f.submitAtCounter().code();
            assertThrows(InvalidSubmissionException.class, () -> f.act(rejected, REJECT, specialist()));
            f.engine.act(rejected, ActionCommand.of(REJECT, specialist()).withNote("Không phù hợp quy hoạch"));
            assertEquals(Outcome.REJECTED, f.engine.find(rejected, EngineFixture.CITY).orElseThrow().outcome());
            assertEquals(DossierStatus.DECIDED, f.engine.find(rejected, EngineFixture.CITY).orElseThrow().status());

            String withdrawn = f.submitOnline(null).code();
            ActionResult w = f.engine.act(withdrawn, ActionCommand.of(WITHDRAW, Actor.citizen()).withSecondFactor("001090012345"));
            assertEquals(DossierStatus.WITHDRAWN, w.to());
            assertEquals(Boolean.TRUE, f.engine.find(withdrawn, EngineFixture.CITY).orElseThrow().events().get(1).payload().get("stopNotice"));
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void lookupNeedsTheSecondFactorAndHidesInternalNotes(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            String code = f.submitAtCounter().code();
            f.engine.act(code, ActionCommand.of(FORWARD, specialist()).withInternalNote("Hồ sơ của người quen lãnh đạo"));
            f.engine.act(code, ActionCommand.of(FORWARD, sxdSpecialist()).withNote("Đã xác minh"));
            CitizenView v = f.engine.lookup(code, "0912345678").orElseThrow();
            assertEquals(code, v.code());
            assertEquals(v, f.engine.lookup(code, "001090012345").orElseThrow());
            assertTrue(v.timeline().stream().noneMatch(t -> "Hồ sơ của người quen lãnh đạo".equals(t.note())));
            assertTrue(v.timeline().stream().anyMatch(t -> "Đã xác minh".equals(t.note())));
            assertEquals(f.engine.lookup(code, "0987654321"), f.engine.lookup("H26.00004-261130-7777", "0912345678"));
            assertTrue(f.engine.lookup(code, "0987654321").isEmpty());
            assertTrue(f.engine.lookup(code, "").isEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void invalidSubmissionReportsEveryErrorAndStoresNothing(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            InvalidSubmissionException e = assertThrows(InvalidSubmissionException.class, () -> f.engine.submit(new SubmitCommand(
                    PROCEDURE, WARD, Channel.ONLINE, Channel.ONLINE, new Applicant("", "12", "123", null, null),
                    Map.of("soDinhDanh", "abc"), List.of(new Upload("banVe", "x.pdf", "application/pdf", "not a pdf".getBytes())),
                    Actor.citizen(), false, null)));
            List<String> fields = e.errors().stream().map(vn.motcua.api.hook.FieldError::field).toList();
            assertTrue(fields.containsAll(List.of("hoTen", "soDinhDanh", "diaChiCongTrinh", "banVe", "applicant.name",
                    "applicant.phone", "applicant.citizenId")), fields.toString());
            assertTrue(f.engine.countByStatus().values().stream().allMatch(n -> n == 0));
            assertEquals("H26.00004-261130-0001", f.submitOnline(null).code(), "no code was used up");
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void attachmentsAreStoredUnderGeneratedNamesWithChecksums(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            byte[] pdf = "%PDF-1.7 bản vẽ".getBytes();
            SubmitResult s = f.engine.submit(new SubmitCommand(PROCEDURE, WARD, Channel.ONLINE, Channel.ONLINE, applicant(), form(),
                    List.of(new Upload("banVe", "../../etc/passwd.pdf", "application/pdf", pdf)), Actor.citizen(), false, null));
            DossierView v = f.engine.find(s.code(), EngineFixture.CITY).orElseThrow();
            assertEquals(1, v.attachments().size());
            AttachmentView a = v.attachments().get(0);
            assertEquals("../../etc/passwd.pdf", a.originalName(), "kept as metadata only");
            assertEquals(pdf.length, a.sizeBytes());
            try (java.io.InputStream in = f.store.files().open(a.id())) {
                assertArrayEquals(pdf, in.readAllBytes(), "the stored content is what was sent");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            if (f.store.databaseProduct().contains("PostgreSQL")) {
                // several nodes: in the database, not in this node's folder (decision 1416)
                assertFalse(java.nio.file.Files.exists(dir.resolve("attachments").resolve(a.id())));
            } else {
                assertTrue(java.nio.file.Files.exists(f.store.files().path(a.id())));
                assertEquals(f.store.files().path(a.id()).getParent(), dir.resolve("attachments"));
            }
            assertThrows(InvalidSubmissionException.class, () -> f.engine.submit(new SubmitCommand(PROCEDURE, WARD, Channel.ONLINE,
                    Channel.ONLINE, applicant(), form(), List.of(new Upload("banVe", "a.pdf", "application/pdf", new byte[2_000_000])),
                    Actor.citizen(), false, null)), "over the field's size limit");
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void idempotencyKeysNeverCreateASecondDossierOrApplyAnActionTwice(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            SubmitResult first = f.submitOnline("k-1");
            SubmitResult again = f.submitOnline("k-1");
            assertEquals(first.code(), again.code());
            assertTrue(again.replayed());
            assertEquals(1L, f.engine.countByStatus().get(DossierStatus.SUBMITTED));

            ActionCommand accept = ActionCommand.of(ACCEPT, officer()).withIdempotencyKey("a-1");
            ActionResult a1 = f.engine.act(first.code(), accept);
            ActionResult a2 = f.engine.act(first.code(), accept);
            assertEquals(a1.version(), a2.version());
            assertTrue(a2.replayed());
            assertEquals(2, f.engine.find(first.code(), EngineFixture.CITY).orElseThrow().events().size());
            assertThrows(IdempotencyKeyReusedException.class, () -> f.engine.act(first.code(),
                    ActionCommand.of(FORWARD, specialist()).withIdempotencyKey("a-1")));
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void dossiersFinishUnderTheVersionTheyWereReceivedUnder(TestDatabases db) {
        DatabaseSettings settings = db.settings(dir);
        String code;
        try (EngineFixture f = new EngineFixture(JdbiDossierStore.open(settings, dir), new MutableClock(MONDAY_9AM))) {
            code = f.submitAtCounter().code();
            f.offered = EngineFixture.procedure("building-permit-resume.yaml"); // the bundle was updated
            assertEquals("2025.2", f.engine.find(f.submitAtCounter().code(), EngineFixture.CITY).orElseThrow().procedureVersion());
        }
        // A fresh engine (empty cache) on the same database: the old dossier's definition comes from the database.
        try (EngineFixture f = new EngineFixture(JdbiDossierStore.open(settings, dir), new MutableClock(MONDAY_9AM.plus(Duration.ofHours(1))))) {
            f.offered = EngineFixture.procedure("building-permit-resume.yaml");
            DossierView v = f.engine.find(code, EngineFixture.CITY).orElseThrow();
            assertEquals("2025.1", v.procedureVersion());
            assertEquals(ClockPolicy.RESTART, v.clockPolicy());
            assertEquals(EngineFixture.procedure("building-permit.yaml").descriptorHash(), v.descriptorHash());
            f.act(code, FORWARD, specialist());
            f.act(code, FORWARD, sxdSpecialist());
            assertEquals(DossierStatus.DECIDED, f.act(code, APPROVE, leader()).to());
            assertEquals("H26.00004-261130-0003", f.submitOnline(null).code(), "the daily sequence continues after a restart");
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void editedOrDeletedEventsAreDetected(TestDatabases db) throws Exception {
        DatabaseSettings settings = db.settings(dir);
        try (EngineFixture f = new EngineFixture(JdbiDossierStore.open(settings, dir), new MutableClock(MONDAY_9AM))) {
            String a = f.submitAtCounter().code();
            f.act(a, FORWARD, specialist());
            String b = f.submitAtCounter().code();
            f.act(b, FORWARD, specialist());
            assertTrue(f.engine.verifyHistory(a, EngineFixture.CITY).intact());
            try (Connection c = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
                 Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE events SET note = 'sửa' WHERE dossier_code = '" + a + "' AND seq = 2");
                st.executeUpdate("DELETE FROM events WHERE dossier_code = '" + b + "' AND seq = 3");
            }
            HistoryVerification edited = f.engine.verifyHistory(a, EngineFixture.CITY);
            assertFalse(edited.intact());
            assertTrue(edited.problems().stream().anyMatch(p -> p.startsWith("event 2")), edited.problems().toString());
            HistoryVerification deleted = f.engine.verifyHistory(b, EngineFixture.CITY);
            assertFalse(deleted.intact());
            assertEquals(2, deleted.events());
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void dueSoonAndOverdueAlertsAreClaimedOnce(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            String code = f.submitAtCounter().code();
            assertTrue(f.engine.claimDueAlerts(10).isEmpty());
            DossierView v = f.engine.find(code, EngineFixture.CITY).orElseThrow();
            f.clock.set(f.calendar.dueSoonFrom(WARD, v.stepDueAt()));
            List<DueAlert> soon = f.engine.claimDueAlerts(10);
            assertEquals(List.of(new DueAlert(code, DueAlert.Kind.DUE_SOON, WARD, "SPECIALIST", v.stepDueAt())), soon);
            assertTrue(f.engine.claimDueAlerts(10).isEmpty(), "claimed once");
            assertEquals(DossierSummary.Urgency.DUE_SOON, f.engine.queue(WARD, Role.SPECIALIST, QueueFilter.all(), EngineFixture.member(WARD, Role.SPECIALIST)).get(0).urgency());
            f.clock.set(v.stepDueAt().plusSeconds(1));
            assertEquals(DueAlert.Kind.OVERDUE, f.engine.claimDueAlerts(10).get(0).kind());
            assertTrue(f.engine.claimDueAlerts(10).isEmpty());
            assertEquals(Timeliness.LATE, f.act(code, FORWARD, specialist()).timing());
        }
    }
}
