package vn.motcua.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.engine.DossierAction.ACCEPT;
import static vn.motcua.engine.DossierAction.APPROVE;
import static vn.motcua.engine.DossierAction.FORWARD;
import static vn.motcua.engine.DossierAction.RESULT_READY;
import static vn.motcua.engine.DossierAction.RETURN_RESULT;
import static vn.motcua.engine.EngineFixture.WARD;
import static vn.motcua.engine.EngineFixture.leader;
import static vn.motcua.engine.EngineFixture.member;
import static vn.motcua.engine.EngineFixture.officer;
import static vn.motcua.engine.EngineFixture.specialist;
import static vn.motcua.engine.EngineFixture.sxdSpecialist;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.api.hook.FieldError;
import vn.motcua.documents.ReceiptSlip;
import vn.motcua.documents.Slip;
import vn.motcua.engine.citizen.EvaluationRefusedException;
import vn.motcua.engine.citizen.FeedbackCommand;
import vn.motcua.engine.citizen.FeedbackView;
import vn.motcua.engine.citizen.Grant;
import vn.motcua.engine.citizen.GrantRequiredException;
import vn.motcua.engine.citizen.Ratings;
import vn.motcua.engine.citizen.SlipKind;
import vn.motcua.engine.feedback.FeedbackRefusedException;
import vn.motcua.engine.internal.StoredCitizenDesk;
import vn.motcua.engine.internal.StoredFeedbackDesk;
import vn.motcua.storage.internal.JdbiFeedbackDeskStore;
import vn.motcua.runtime.units.Unit;
import vn.motcua.storage.TestDatabases;

/** The citizen desk over a real engine and store: grants, slips, rating once, feedback. */
class CitizenDeskTest {

    @TempDir
    Path dir;

    private final List<Slip> rendered = new ArrayList<>();

    private StoredCitizenDesk desk(EngineFixture f) {
        StoredCitizenDesk.Catalogue catalogue = new StoredCitizenDesk.Catalogue() {
            @Override
            public String officerName(String accountId) {
                return "Cán bộ " + accountId;
            }

            @Override
            public Optional<Unit> unit(String code) {
                return Optional.of(new Unit(code, "phuong", vn.motcua.api.procedure.UnitLevel.COMMUNE, "Phường Ba Đình",
                        "H26." + code, false, "01"));
            }

            @Override
            public Optional<vn.motcua.api.procedure.ProcedureDefinition> procedure(String code, String version) {
                return code.equals(EngineFixture.PROCEDURE) ? Optional.of(f.offered.definition()) : Optional.empty();
            }
        };
        return new StoredCitizenDesk(f.engine, f.store.citizenStore(), f.store.citizenAccessStore(), feedbackDesk(f), catalogue, () -> slip -> {
            rendered.add(slip);
            return "%PDF".getBytes(StandardCharsets.US_ASCII);
        }, f.clock);
    }

    /** The staff side over the same store and calendar, with the shipped default of 10 working days. */
    static StoredFeedbackDesk feedbackDesk(EngineFixture f) {
        return new StoredFeedbackDesk(new JdbiFeedbackDeskStore(f.store), f.calendar, code -> !code.equals("99999"), 10, f.clock);
    }

    private static Ratings good() {
        return new Ratings(3, 3, 2, 3, 3, 1, 1, "Cảm ơn cán bộ");
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void aGrantOpensOneDossierAndTheResultIsRatedOnce(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            StoredCitizenDesk desk = desk(f);
            SubmitResult s = f.submitOnline(null);
            assertTrue(desk.open(s.code(), "0999999999").isEmpty(), "a wrong factor opens nothing");
            Grant g = desk.open(s.code(), "0912345678").orElseThrow();
            assertEquals(s.code(), desk.view(g.token(), s.code()).orElseThrow().code());
            assertTrue(desk.view(g.token(), "H26.00004-261130-9999").isEmpty(), "a grant opens only its dossier");
            assertTrue(desk.view("forged", s.code()).isEmpty());
            assertTrue(desk.slip(g.token(), s.code(), SlipKind.RECEIPT).isEmpty(), "no receipt before reception");
            assertThrows(EvaluationRefusedException.class, () -> desk.evaluate(g.token(), s.code(), good()));

            f.act(s.code(), ACCEPT, officer());
            assertArrayEquals("%PDF".getBytes(StandardCharsets.US_ASCII), desk.slip(g.token(), s.code(), SlipKind.RECEIPT).orElseThrow());
            ReceiptSlip receipt = (ReceiptSlip) rendered.get(0);
            assertEquals(s.code(), receipt.dossierCode());
            assertEquals("Nguyễn Văn An", receipt.applicant().name());
            assertEquals("Cán bộ motcua01", receipt.receiverName(), "slips print the officer's name, not the login id");
            assertEquals(f.engine.find(s.code(), EngineFixture.CITY).orElseThrow().appointmentAt(), receipt.appointment());

            f.act(s.code(), FORWARD, specialist());
            f.act(s.code(), FORWARD, sxdSpecialist());
            f.act(s.code(), APPROVE, leader());
            f.act(s.code(), RESULT_READY, officer());
            f.act(s.code(), RETURN_RESULT, officer());

            InvalidSubmissionException invalid = assertThrows(InvalidSubmissionException.class,
                    () -> desk.evaluate(g.token(), s.code(), new Ratings(null, null, 9, 3, 3, 0, 1, null)));
            assertEquals(List.of("overall", "timeliness"), invalid.errors().stream().map(FieldError::field).toList());
            assertEquals(3, desk.evaluate(g.token(), s.code(), good()).ratings().overall());
            EvaluationRefusedException again = assertThrows(EvaluationRefusedException.class,
                    () -> desk.evaluate(g.token(), s.code(), new Ratings(1, 1, 1, 1, 1, 5, 2, "đổi ý")));
            assertEquals(EvaluationRefusedException.Reason.ALREADY_EVALUATED, again.reason());
            assertEquals("Cảm ơn cán bộ", desk.evaluation(g.token(), s.code()).orElseThrow().ratings().comment());

            desk.close(g.token());
            assertThrows(GrantRequiredException.class, () -> desk.evaluation(g.token(), s.code()));
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void grantsExpire(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            StoredCitizenDesk desk = desk(f);
            SubmitResult s = f.submitOnline(null);
            Grant g = desk.open(s.code(), "001090012345").orElseThrow();
            f.clock.advance(Duration.ofMinutes(21));
            assertTrue(desk.view(g.token(), s.code()).isEmpty(), "grants live 20 minutes");
            // Guessing is throttled by client and dossier in SecondFactorAttempts (SecondFactorThrottleTest): a cap
            // per code alone let a stranger lock the applicant out.
            for (int i = 0; i < 10; i++) {
                desk.open(s.code(), "09000000" + (10 + i));
            }
            assertTrue(desk.open(s.code(), "0912345678").isPresent(), "the desk itself does not lock the applicant out");
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void aSenderWhoAskedIsToldByEmailAndSmsWhenTheFeedbackIsAnsweredAndNobodyElseIs(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            StoredCitizenDesk desk = desk(f);
            SubmitResult s = f.submitOnline(null);
            InvalidSubmissionException noMail = assertThrows(InvalidSubmissionException.class, () -> desk.sendFeedback(
                    new FeedbackCommand("DOSSIER", null, null, s.code(), "Nguyễn Văn An", "0912345678", "Chưa tiếp nhận",
                            "khong-phai-thu", java.util.Set.of(SubmitCommand.Notify.EMAIL))));
            assertEquals(List.of("email"), noMail.errors().stream().map(FieldError::field).toList());

            FeedbackView asked = desk.sendFeedback(new FeedbackCommand("DOSSIER", null, null, s.code(), "Nguyễn Văn An",
                    "0912345678", "Hồ sơ chưa được tiếp nhận", "an@example.vn",
                    java.util.Set.of(SubmitCommand.Notify.EMAIL, SubmitCommand.Notify.SMS)));
            FeedbackView quiet = desk.sendFeedback(new FeedbackCommand("DOSSIER", null, null, s.code(), "Nguyễn Văn An",
                    "0912345678", "Một phản ánh khác"));
            java.util.function.Supplier<List<vn.motcua.storage.OutboxRecord>> messages = () -> f.store.inTransaction(
                    tx -> tx.outbox().ofDossier(s.code())).stream().filter(m -> m.template().equals("feedback-answered")).toList();
            assertEquals(List.of(), messages.get(), "nothing before the answer");

            desk.answerFeedback(quiet.reference(), "Đã xử lý", "motcua01").orElseThrow();
            assertEquals(List.of(), messages.get(), "no message to a sender who did not ask");

            desk.answerFeedback(asked.reference(), "Hồ sơ đã được tiếp nhận ngày 30/11", "motcua01").orElseThrow();
            List<vn.motcua.storage.OutboxRecord> sent = messages.get();
            assertEquals(2, sent.size(), sent.toString());
            vn.motcua.storage.OutboxRecord mail = sent.stream().filter(m -> m.channel().equals("EMAIL")).findFirst().orElseThrow();
            vn.motcua.storage.OutboxRecord sms = sent.stream().filter(m -> m.channel().equals("SMS")).findFirst().orElseThrow();
            assertEquals("an@example.vn", mail.recipient());
            assertEquals("0912345678", sms.recipient());
            assertEquals("Phản ánh, kiến nghị " + asked.reference() + " đã được trả lời", mail.subject());
            for (vn.motcua.storage.OutboxRecord m : sent) {
                assertTrue(m.body().contains(asked.reference()), m.body());
                assertFalse(m.body().contains("Nguyễn Văn An") || m.body().contains("30/11"), "no name, no answer text: " + m.body());
            }
            assertTrue(sms.body().length() <= 160 && sms.body().chars().allMatch(ch -> ch < 128), sms.body());
            assertFalse(desk.answerFeedback(asked.reference(), "lần hai", "motcua01").isPresent());
            assertEquals(2, messages.get().size(), "answered once, told once");
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void feedbackIsTrackedWithItsReferenceAndPhoneAndAnsweredOnce(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            StoredCitizenDesk desk = desk(f);
            InvalidSubmissionException bad = assertThrows(InvalidSubmissionException.class, () -> desk.sendFeedback(
                    new FeedbackCommand("DOSSIER", null, null, "H26.00004-261130-0001", "", "12345", " ")));
            assertEquals(List.of("senderName", "phone", "content", "dossierCode"),
                    bad.errors().stream().map(FieldError::field).toList());

            SubmitResult s = f.submitOnline(null);
            FeedbackView sent = desk.sendFeedback(new FeedbackCommand("dossier", null, null, s.code(), "Nguyễn Văn An",
                    "+84912345678", "Hồ sơ <script>alert(1)</script> chưa được tiếp nhận"));
            assertTrue(sent.reference().matches("PA-261130-[A-Z2-9]{6}"), sent.reference());
            assertEquals(EngineFixture.WARD, sent.unitCode());
            assertEquals("OPEN", sent.status());
            assertTrue(desk.trackFeedback(sent.reference(), "0999999999").isEmpty());
            assertEquals(sent, desk.trackFeedback(sent.reference().toLowerCase(), "0912345678").orElseThrow());
            // Received Monday 30/11/2026 09:00; 10 working days = 80 working hours → Monday 14/12 09:00 (no holiday between).
            assertEquals(java.time.Instant.parse("2026-12-14T02:00:00Z"), sent.dueAt());

            FeedbackView answered = desk.answerFeedback(sent.reference(), "Đã tiếp nhận ngày 30/11", "motcua01").orElseThrow();
            assertEquals("ANSWERED", answered.status());
            assertFalse(desk.answerFeedback(sent.reference(), "lần hai", "motcua01").isPresent());
            assertEquals("Đã tiếp nhận ngày 30/11", desk.trackFeedback(sent.reference(), "0912345678").orElseThrow().answer());

            assertTrue(desk.rateFeedbackAnswer(sent.reference(), "0999999999", 3).isEmpty(), "only the sender rates");
            InvalidSubmissionException range = assertThrows(InvalidSubmissionException.class,
                    () -> desk.rateFeedbackAnswer(sent.reference(), "0912345678", 4));
            assertEquals("rating", range.errors().get(0).field());
            assertEquals(2, desk.rateFeedbackAnswer(sent.reference(), "0912345678", 2).orElseThrow().answerRating());
            FeedbackRefusedException twice = assertThrows(FeedbackRefusedException.class,
                    () -> desk.rateFeedbackAnswer(sent.reference(), "0912345678", 1));
            assertEquals(FeedbackRefusedException.Reason.CHANGED, twice.reason());
            assertEquals(2, desk.trackFeedback(sent.reference(), "0912345678").orElseThrow().answerRating());
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void aCounterLinkRatesOnceWithoutACodeAndExpires(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            StoredCitizenDesk desk = desk(f);
            String code = f.submitAtCounter().code();
            vn.motcua.engine.StaffPrincipal clerk = member(WARD, vn.motcua.api.procedure.Role.ONE_STOP_OFFICER);
            assertEquals(EvaluationRefusedException.Reason.NOT_RETURNED,
                    assertThrows(EvaluationRefusedException.class, () -> desk.openCounterRating(code, clerk)).reason());
            f.act(code, FORWARD, specialist());
            f.act(code, FORWARD, sxdSpecialist());
            f.act(code, APPROVE, leader());
            f.act(code, RESULT_READY, officer());
            f.act(code, RETURN_RESULT, officer());

            // The engine decides who opens it (decision 1310): not another unit's officer, not the ward's specialist.
            assertThrows(vn.motcua.engine.DossierNotFoundException.class,
                    () -> desk.openCounterRating(code, member("00070", vn.motcua.api.procedure.Role.ONE_STOP_OFFICER)));
            assertThrows(vn.motcua.engine.StaffAccessRefusedException.class,
                    () -> desk.openCounterRating(code, member(WARD, vn.motcua.api.procedure.Role.SPECIALIST)));
            assertTrue(desk.slipForStaff(code, SlipKind.RECEIPT, member("00070", vn.motcua.api.procedure.Role.LEADER)).isEmpty(),
                    "no slip for an officer who may not see the dossier");
            assertTrue(desk.slipForStaff(code, SlipKind.RECEIPT, clerk).isPresent(), "the ward's clerk prints it");
            Grant expired = desk.openCounterRating(code, clerk);
            f.clock.advance(Duration.ofMinutes(11));
            assertTrue(desk.counterRatingDossier(expired.token()).isEmpty(), "a link lives ten minutes");

            Grant link = desk.openCounterRating(code, clerk);
            assertEquals(code, desk.counterRatingDossier(link.token()).orElseThrow());
            assertThrows(InvalidSubmissionException.class, () -> desk.evaluateAtCounter(link.token(), new Ratings(null, null, 2, 2, 2, 1, 1, null)));
            assertEquals(code, desk.counterRatingDossier(link.token()).orElseThrow(), "a rating with errors leaves the link usable");
            assertEquals(3, desk.evaluateAtCounter(link.token(), good()).ratings().overall());
            assertTrue(desk.counterRatingDossier(link.token()).isEmpty(), "used once");
            assertThrows(GrantRequiredException.class, () -> desk.evaluateAtCounter(link.token(), good()));
            assertEquals(EvaluationRefusedException.Reason.ALREADY_EVALUATED,
                    assertThrows(EvaluationRefusedException.class, () -> desk.openCounterRating(code, clerk)).reason());
            assertEquals(3, f.store.citizenStore().evaluation(code).orElseThrow().overall());
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void openFeedbackCannotBeRatedYet(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            StoredCitizenDesk desk = desk(f);
            FeedbackView sent = desk.sendFeedback(new FeedbackCommand("UNIT", EngineFixture.WARD, null, null, "Lê Văn C",
                    "0912345678", "Thiếu chỗ để xe"));
            FeedbackRefusedException early = assertThrows(FeedbackRefusedException.class,
                    () -> desk.rateFeedbackAnswer(sent.reference(), "0912345678", 3));
            assertEquals(FeedbackRefusedException.Reason.NOT_ANSWERED, early.reason());
        }
    }

    /** Issue 11: the deciding officer attaches the electronic result; its hash is in the history; the applicant downloads it once ready. */
    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void theElectronicResultIsHashedIntoTheHistoryAndTheApplicantDownloadsItOnceReady(TestDatabases db) throws Exception {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            StoredCitizenDesk desk = desk(f);
            SubmitResult s = f.submitOnline(null);
            Grant g = desk.open(s.code(), "0912345678").orElseThrow();
            f.act(s.code(), ACCEPT, officer());
            f.act(s.code(), FORWARD, specialist());
            f.act(s.code(), FORWARD, sxdSpecialist());
            byte[] pdf = "%PDF-1.7 Giấy phép xây dựng số 12/GPXD".getBytes(StandardCharsets.UTF_8);

            InvalidSubmissionException notPdf = assertThrows(InvalidSubmissionException.class, () -> f.engine.act(s.code(),
                    ActionCommand.of(APPROVE, leader()).withUploads(List.of(new Upload(AttachmentFile.RESULT_FIELD, "gp.html", "text/html",
                            "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))))));
            assertEquals(AttachmentFile.RESULT_FIELD, notPdf.errors().get(0).field());
            assertThrows(InvalidSubmissionException.class, () -> f.engine.act(s.code(), ActionCommand.of(APPROVE, leader())
                    .withUploads(List.of(new Upload("banVe", "x.pdf", "application/pdf", pdf)))), "only the result field with a decision");

            f.engine.act(s.code(), ActionCommand.of(APPROVE, leader())
                    .withUploads(List.of(new Upload(AttachmentFile.RESULT_FIELD, "Giấy phép xây dựng.pdf", "application/pdf", pdf))));
            DossierView v = f.engine.find(s.code(), EngineFixture.CITY).orElseThrow();
            AttachmentView stored = v.attachments().stream().filter(a -> a.field().equals(AttachmentFile.RESULT_FIELD)).findFirst().orElseThrow();
            EventView approve = v.events().stream().filter(e -> e.action().equals("approve")).findFirst().orElseThrow();
            List<?> files = (List<?>) approve.payload().get("resultFiles");
            assertEquals(stored.sha256(), ((Map<?, ?>) files.get(0)).get("sha256"), "the result's hash is in the history");
            assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf)), stored.sha256());
            assertTrue(f.engine.verifyHistory(s.code(), EngineFixture.CITY).intact());

            assertTrue(desk.result(g.token(), s.code()).isEmpty(), "decided, not yet ready for the applicant");
            f.act(s.code(), RESULT_READY, officer());
            AttachmentFile result = desk.result(g.token(), s.code()).orElseThrow();
            assertArrayEquals(pdf, result.content());
            assertEquals("application/pdf", result.servedMediaType());
            assertThrows(GrantRequiredException.class, () -> desk.result("forged", s.code()));
        }
    }

    /** The applicant's slips now include the supplement request, refusal and stop notice, not only receipt and apology. */
    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void theApplicantDownloadsTheRefusalAndStopNoticeSlips(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            StoredCitizenDesk desk = desk(f);
            SubmitResult refused = f.submitOnline(null);
            Grant g = desk.open(refused.code(), "0912345678").orElseThrow();
            assertTrue(desk.slip(g.token(), refused.code(), SlipKind.REFUSAL).isEmpty(), "not refused yet");
            f.engine.act(refused.code(), ActionCommand.of(DossierAction.REFUSE, officer()).withNote("Không thuộc thẩm quyền của phường."));
            assertTrue(desk.slip(g.token(), refused.code(), SlipKind.REFUSAL).isPresent());

            SubmitResult stopped = f.submitOnline(null);
            Grant g2 = desk.open(stopped.code(), "0912345678").orElseThrow();
            f.act(stopped.code(), ACCEPT, officer());
            f.engine.act(stopped.code(), ActionCommand.of(DossierAction.WITHDRAW, Actor.citizen()).withSecondFactor("0912345678"));
            assertTrue(desk.slip(g2.token(), stopped.code(), SlipKind.STOP_NOTICE).isPresent());
        }
    }
}
